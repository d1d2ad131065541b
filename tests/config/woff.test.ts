// The pages' font is served as WOFF: each table of the TrueType file, zlib-compressed, and
// nothing else changed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { toWoff } from '../../src/lib/brand/woff.ts';

const TTF = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
);

test('every table comes back byte for byte, and the file is much smaller', () => {
  const sfnt = fs.readFileSync(TTF);
  const woff = Buffer.from(toWoff(sfnt));
  assert.equal(woff.toString('latin1', 0, 4), 'wOFF');
  assert.equal(woff.readUInt32BE(8), woff.length);
  const numTables = sfnt.readUInt16BE(4);
  assert.equal(woff.readUInt16BE(12), numTables);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const entry = 44 + i * 20;
    assert.equal(woff.readUInt32BE(entry), sfnt.readUInt32BE(record), 'tag');
    const original = sfnt.subarray(
      sfnt.readUInt32BE(record + 8),
      sfnt.readUInt32BE(record + 8) + sfnt.readUInt32BE(record + 12),
    );
    const offset = woff.readUInt32BE(entry + 4);
    const stored = woff.subarray(offset, offset + woff.readUInt32BE(entry + 8));
    const table = stored.length < original.length ? inflateSync(stored) : stored;
    assert.ok(table.equals(original), `table ${i}`);
  }
  assert.ok(woff.length < sfnt.length * 0.5, `${woff.length} bytes for ${sfnt.length}`);
  const font = fontkit.create(woff);
  assert.ok('layout' in font && font.familyName === 'Source Sans 3');
});

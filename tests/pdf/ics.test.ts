/** The deadline calendar file: RFC 5545 as read by node-ical, in the offer's time zone, with reminders. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ical, { type VEvent } from 'node-ical';
import { escapeIcsText, foldIcsLine, getDeadlineIcs, hasDeadlineEvent } from '../../src/lib/ics.ts';
import { makeOffer, NOW, SITE } from './helpers.ts';

function parseEvent(text: string): VEvent {
  const events = Object.values(ical.sync.parseICS(text)).filter(
    (c): c is VEvent => c?.type === 'VEVENT',
  );
  assert.equal(events.length, 1);
  return events[0]!;
}

test('Nouméa: the last day runs 00:00–24:00 local time, i.e. 13:00 UTC the day before to 13:00 UTC', () => {
  const offer = makeOffer('2025-01-noumea', { title: 'Chargé·e de communication' }, '<p>x</p>');
  assert.equal(offer.timeZone, 'Pacific/Noumea');
  const text = getDeadlineIcs(offer, { site: SITE, now: NOW });
  assert.ok(text);
  assert.match(text, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(text, /\r\nDTSTART;TZID=Pacific\/Noumea:20250221T000000\r\n/);
  assert.match(text, /\r\nDTEND;TZID=Pacific\/Noumea:20250222T000000\r\n/);
  assert.match(text, /\r\nBEGIN:VTIMEZONE\r\nTZID:Pacific\/Noumea\r\n/);
  // DTSTAMP is the build's now, in UTC (RFC 5545 §3.8.7.2); UID is stable.
  assert.match(text, /\r\nDTSTAMP:20250210T120000Z\r\n/);
  assert.match(text, /\r\nUID:2025-01-noumea-date-limite@offres\.example\.org\r\n/);

  const event = parseEvent(text);
  assert.equal(event.start.toISOString(), '2025-02-20T13:00:00.000Z');
  assert.equal(event.end?.toISOString(), '2025-02-21T13:00:00.000Z');
  assert.equal(event.start.tz, 'Pacific/Noumea');
  assert.equal(
    event.summary,
    'Date limite de candidature : Chargé·e de communication (Climat & Énergie « citoyens »)',
  );
  assert.match(
    text,
    /\r\nURL;VALUE=URI:https:\/\/offres\.example\.org\/offres\/2025-01-noumea\/\r\n/,
  );
  // Unfolded by the parser: long lines are folded at 75 octets in the file.
  assert.match(JSON.stringify(event.description), /21 février 2025 inclus/);
});

test('two reminders relative to the start of the last day: two days before at 9:00, and 9:00 that day', () => {
  const offer = makeOffer('2025-01-noumea', {}, '<p>x</p>');
  const text = getDeadlineIcs(offer, { site: SITE, now: NOW }) ?? '';
  const alarms = text.split('BEGIN:VALARM').slice(1);
  assert.equal(alarms.length, 2);
  assert.match(alarms[0]!, /TRIGGER;RELATED=START:-P1DT15H\r\n/);
  assert.match(alarms[1]!, /TRIGGER;RELATED=START:PT9H\r\n/);
  for (const alarm of alarms) assert.match(alarm, /ACTION:DISPLAY\r\n(?:.*\r\n)*DESCRIPTION:/);
});

test('Paris in summer: DST-aware VTIMEZONE, the day ends at 22:00 UTC', () => {
  const offer = makeOffer(
    '2025-06-paris',
    {
      location: { city: 'Paris', postalCode: '75010' },
      published: '2025-06-01',
      deadline: '2025-07-14',
    },
    '<p>x</p>',
    new Date('2025-06-10T12:00:00Z'),
  );
  const event = parseEvent(
    getDeadlineIcs(offer, { site: SITE, now: new Date('2025-06-10T12:00:00Z') }) ?? '',
  );
  assert.equal(event.start.tz, 'Europe/Paris');
  assert.equal(event.start.toISOString(), '2025-07-13T22:00:00.000Z');
  assert.equal(event.end?.toISOString(), '2025-07-14T22:00:00.000Z');
});

test('same offer, same build time: same bytes', () => {
  const offer = makeOffer('2025-01-noumea', {}, '<p>x</p>');
  assert.equal(
    getDeadlineIcs(offer, { site: SITE, now: NOW }),
    getDeadlineIcs(offer, { site: SITE, now: NOW }),
  );
});

test('only open offers with a date limit get a calendar file', () => {
  assert.equal(hasDeadlineEvent(makeOffer('a', {}, '')), true);
  assert.equal(hasDeadlineEvent(makeOffer('b', { deadline: undefined }, '')), false);
  assert.equal(hasDeadlineEvent(makeOffer('c', {}, '', new Date('2025-03-01T00:00:00Z'))), false);
});

test('text values: backslash, semicolon, comma and line breaks escaped', () => {
  assert.equal(escapeIcsText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  // In the file: a title with a comma stays one value, and the parser gets it back whole.
  const offer = makeOffer('2025-01-virgule', { title: 'Chargé·e, mission; « élus »' }, '<p>x</p>');
  const text = getDeadlineIcs(offer, { site: SITE, now: NOW }) ?? '';
  assert.match(text, /\r\nNAME:Offres — date limite : Chargé·e\\, mission\\; « élus »\r\n/);
  const summary = parseEvent(text).summary;
  assert.ok(typeof summary === 'string');
  assert.match(summary, /^Date limite de candidature : Chargé·e, mission; « élus »/);
});

test('lines fold at 75 octets of UTF-8, never inside a character', () => {
  const encoder = new TextEncoder();
  for (const line of [
    'x'.repeat(74),
    'x'.repeat(200),
    `DESCRIPTION:${'é'.repeat(80)}`,
    `SUMMARY:${'a€'.repeat(40)}🙂${'b'.repeat(70)}`,
  ]) {
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    // Unfolding (dropping CRLF + space) gives the line back.
    assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
    parts.forEach((part, i) => {
      if (i > 0) assert.equal(part[0], ' ');
      assert.ok(encoder.encode(part).length <= 75, `${JSON.stringify(part)} is over 75 octets`);
      assert.ok(!part.includes('\ufffd'));
    });
    if (encoder.encode(line).length > 74) assert.ok(parts.length > 1);
    else assert.equal(folded, line);
  }
  // Every line of a real file is within the limit.
  const text = getDeadlineIcs(makeOffer('2025-01-noumea', {}, '<p>x</p>'), {
    site: SITE,
    now: NOW,
  });
  for (const line of (text ?? '').split('\r\n')) assert.ok(encoder.encode(line).length <= 75);
});

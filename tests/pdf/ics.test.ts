/**
 * The deadline calendar file (ical-generator): RFC 5545 as read by node-ical, in the offer's
 * time zone, with reminders, text escaped and lines folded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ical, { type VEvent } from 'node-ical';
import { getDeadlineIcs, hasDeadlineEvent } from '../../src/lib/ics.ts';
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

test('same offer, same build time: same bytes, whatever the machine’s time zone', () => {
  const offer = makeOffer('2025-01-noumea', {}, '<p>x</p>');
  const expected = getDeadlineIcs(offer, { site: SITE, now: NOW });
  const zone = process.env['TZ'];
  try {
    // Santiago starts summer time at midnight: a local-time Date would skip 00:00 there.
    for (const tz of ['America/Santiago', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env['TZ'] = tz;
      assert.equal(getDeadlineIcs(offer, { site: SITE, now: NOW }), expected, tz);
      const spring = makeOffer(
        '2025-09-x',
        { published: '2025-09-01', deadline: '2025-09-07' },
        '',
        new Date('2025-09-02T00:00:00Z'),
      );
      const text = getDeadlineIcs(spring, { site: SITE, now: NOW }) ?? '';
      assert.match(text, /\r\nDTSTART;TZID=Pacific\/Noumea:20250907T000000\r\n/, tz);
      assert.match(text, /\r\nDTSTAMP:20250210T120000Z\r\n/, tz);
    }
  } finally {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  }
});

test('only open offers with a date limit get a calendar file', () => {
  assert.equal(hasDeadlineEvent(makeOffer('a', {}, '')), true);
  assert.equal(hasDeadlineEvent(makeOffer('b', { deadline: undefined }, '')), false);
  assert.equal(hasDeadlineEvent(makeOffer('c', {}, '', new Date('2025-03-01T00:00:00Z'))), false);
});

test('text values: backslash, semicolon, comma and line breaks escaped, and read back whole', () => {
  const title = 'Chargé·e, mission; « élus » \\ C:\\';
  const instructions = 'Envoyez CV, lettre;\npuis appelez.';
  const offer = makeOffer(
    '2025-01-virgule',
    { title, apply: { email: 'a@example.org', instructions } },
    '<p>x</p>',
  );
  const text = getDeadlineIcs(offer, { site: SITE, now: NOW }) ?? '';
  assert.match(
    text,
    /\r\nNAME:Offres — date limite : Chargé·e\\, mission\\; « élus » \\\\ C:\\\\\r\n/,
  );
  const event = parseEvent(text);
  assert.ok(typeof event.summary === 'string');
  assert.equal(
    event.summary,
    `Date limite de candidature : ${title} (Climat & Énergie « citoyens »)`,
  );
  const description = typeof event.description === 'string' ? event.description : '';
  assert.ok(description.includes(`\n\n${instructions}\n`), JSON.stringify(description));
  assert.equal(event.location, 'Le Mont-Dore (98809), Nouvelle-Calédonie');
});

test('lines fold at 75 octets of UTF-8, never inside a character', () => {
  const encoder = new TextEncoder();
  const title = `Chargé·e ${'é'.repeat(20)}🙂${'a€'.repeat(12)}🙂${'b'.repeat(20)}🙂 fin`;
  const offer = makeOffer('2025-01-long', { title }, '<p>x</p>');
  const text = getDeadlineIcs(offer, { site: SITE, now: NOW }) ?? '';
  const lines = text.split('\r\n');
  assert.ok(lines.filter((line) => line.startsWith(' ')).length > 5, 'nothing was folded');
  for (const line of lines) {
    assert.ok(encoder.encode(line).length <= 75, `${JSON.stringify(line)} is over 75 octets`);
    // A surrogate pair split across lines would not be well-formed on either line.
    assert.ok(line.isWellFormed(), JSON.stringify(line));
  }
  // Unfolding (dropping CRLF + space) gives the values back.
  assert.equal(
    parseEvent(text).summary,
    `Date limite de candidature : ${title} (Climat & Énergie « citoyens »)`,
  );
  assert.ok(
    text.replace(/\r\n /g, '').includes(`\r\nX-WR-CALNAME:Offres — date limite : ${title}\r\n`),
  );
});

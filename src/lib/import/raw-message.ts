/**
 * The envelope around an offer: an e-mail (forwarded or not), a social-network post. What is
 * kept is the original message — its subject, its date, its author — without the forwarder's
 * headers, greetings and signature. Plain text in, plain text out: no I/O.
 */
import { findFrenchDates } from './french-dates.ts';

export interface Message {
  body: string;
  /** The original message's subject, as written (« Offre CDI - … »). */
  subject?: string;
  /** The original message's date or the post's date, "YYYY-MM-DD". */
  date?: string;
  /** Who posted it: a social-network page's name. */
  author?: string;
  /** The original e-mail's sender, as its display name (« Association X »): a hint only. */
  sender?: string;
}

/** Lines that open a forwarded or quoted message, in French and English mail clients. */
const FORWARD =
  /^[ \t>]*(?:-{3,}\s*(?:Forwarded message|Message transféré|Message d['’]origine|Original Message)\s*-{3,}|D[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])\s*:?)[ \t]*$/gimu;
const HEADER =
  /^(?:De|From|Envoy[ée]|Sent|Date|[ÀA]|To|Cc|Objet|Subject|R[ée]pondre [àa]|Reply-To)\s*:/iu;

const MONTHS_EN: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

export function readMessage(raw: string): Message {
  const text = unquote(raw);
  const forwards = [...text.matchAll(FORWARD)];
  const last = forwards.at(-1);
  const original = last ? text.slice(last.index + last[0].length).replace(/^\s*\n/, '') : text;
  const lines = original.split('\n');
  if (!lines.slice(0, 3).some((l) => HEADER.test(l.trim()))) return readPost(original);

  const message: Message = { body: '' };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') break;
    const m = /^([^:]+?)\s*:\s*(.*)$/u.exec(line);
    if (!m || !HEADER.test(line)) break;
    const [, key = '', value = ''] = m;
    if (/^(?:Objet|Subject)$/i.test(key)) message.subject = value;
    const sender = /^(?:De|From)$/i.test(key)
      ? /^"?([^"<@]{3,80}?)"?\s*</.exec(value)?.[1]
      : undefined;
    if (sender) message.sender = sender.trim();
    const date = /^(?:Date|Envoy[ée]|Sent)$/iu.test(key) ? headerDate(value) : undefined;
    if (date) message.date = date;
  }
  message.body = withoutSignature(lines.slice(i).join('\n'));
  return message;
}

/** A message quoted whole (« > » before most lines) is read without its quote marks. */
function unquote(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const quoted = lines.filter((l) => /^\s*>/.test(l)).length;
  return quoted > lines.length / 2 ? text.replace(/^[ \t]*>[ \t]?/gm, '') : text;
}

/** « Tue, 1 Dec 2026 09:12:44 +0100 », « lun. 30 nov. 2026 à 18:05 », « vendredi 20 novembre 2026 17:02 ». */
function headerDate(value: string): string | undefined {
  const english = /\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b/.exec(value);
  const month = english && MONTHS_EN[(english[2] ?? '').toLowerCase()];
  if (english && month) return `${english[3]}-${month}-${(english[1] ?? '').padStart(2, '0')}`;
  return findFrenchDates(value).find((d) => d.hasYear)?.iso;
}

/** Everything from the signature separator « -- » on, and the closing formula's block. */
function withoutSignature(body: string): string {
  const cut = body.search(/^--[ \t]*$/m);
  return (cut >= 0 ? body.slice(0, cut) : body).trimEnd();
}

/** « 12 novembre 2026 à 18:32 · » */
const POST_STAMP = /^\s*\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?\s+(?:à|at)\s+\d{1,2}[:h]\d{2}\s*·/u;
/** « 3 j · Modifié · », « 2 sem. · » : no date to take, but the line above is still the author. */
const RELATIVE_STAMP = /^\s*\d{1,2}\s*(?:min|h|j|sem|mois|an|d|w|mo|y)\.?\s*·/u;

/** A social-network post: its page name, then its time stamp. */
function readPost(text: string): Message {
  const lines = text.split('\n');
  const stamp = lines.slice(0, 4).findIndex((l) => POST_STAMP.test(l) || RELATIVE_STAMP.test(l));
  if (stamp < 0) return { body: text };
  const date = findFrenchDates(lines[stamp] ?? '').find((d) => d.hasYear)?.iso;
  const author = lines
    .slice(0, stamp)
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  const message: Message = { body: lines.slice(stamp + 1).join('\n') };
  if (date) message.date = date;
  if (author) message.author = author;
  return message;
}

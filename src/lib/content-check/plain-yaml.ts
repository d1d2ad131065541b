/**
 * A fast reader for the plain YAML that editors and `npm run new`/`import` write: `key: value`
 * lines, nested blocks indented with spaces, `- item` lists, one-line `[a, b]` lists and
 * `{ k: v }` maps, quoted strings with JSON-style escapes, comments. Parsing front matter with
 * the `yaml` package costs ~0.8 ms a file, most of the content check at 10,000 offers; this
 * costs a few microseconds.
 *
 * It is a shortcut, never a second opinion: it gives up (returns undefined) on anything else —
 * anchors, aliases, tags, block scalars, multi-line values, tabs, duplicate keys, dates that do
 * not exist, numbers or dates written unusually, values it cannot classify with certainty — and
 * the caller then uses parseYamlData (yaml-data.ts), which reports problems with line numbers.
 * What it accepts, it reads exactly as parseYamlData does (same values, same key order), and as
 * js-yaml does (Astro's own front matter parser), which the offers loader relies on.
 * tests/editor/plain-yaml.test.ts compares the three.
 */

/**
 * Characters that make a file unusual enough for the full parser: tabs, CR, controls, BOM,
 * line separators, non-characters, and surrogates (checked again when present: emoji are fine).
 */
const UNUSUAL_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\u2028\u2029\uFFFE\uFFFF]/;
const UNUSUAL_CHARS_EXACT =
  // eslint-disable-next-line no-control-regex
  /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A mapping key: a plain identifier, nothing YAML could read as anything but a string. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/;
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_]*): +/;
/** Keys that are not plain strings in YAML, or that a plain object cannot hold as data. */
const SPECIAL_KEYS = new Set([
  '__proto__',
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
]);

const NULLS = new Set(['null', 'Null', 'NULL', '~']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
/** Integers and decimals as people write them (no sign, no leading zero, no exponent). */
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const STARTS_WITH_LETTER = /^\p{L}/u;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Returned by every step that meets something outside the plain subset. */
const UNUSUAL = Symbol('unusual');
type Unusual = typeof UNUSUAL;
type Value = string | number | boolean | null | Date | Value[] | { [key: string]: Value };

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
}

/** The mapping in `source`, or undefined when it is not plain YAML (then use parseYamlData). */
export function readPlainYaml(source: string): Record<string, unknown> | undefined {
  if (UNUSUAL_CHARS.test(source) && UNUSUAL_CHARS_EXACT.test(source)) return undefined;
  const lines: Line[] = [];
  for (const line of source.split('\n')) {
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    // Blank lines and comments, at any indentation, hold no data.
    if (indent === line.length || line.charCodeAt(indent) === 35) continue;
    lines.push({ indent, text: line.slice(indent) });
  }
  if (lines.length === 0) return {};
  if (lines[0]?.indent !== 0) return undefined;
  const reader = new BlockReader(lines);
  const data = reader.map(0);
  return data === UNUSUAL || !reader.done() ? undefined : data;
}

class BlockReader {
  readonly #lines: Line[];
  #next = 0;

  constructor(lines: Line[]) {
    this.#lines = lines;
  }

  done(): boolean {
    return this.#next === this.#lines.length;
  }

  /** A block mapping whose keys are indented by `indent`. */
  map(indent: number): Record<string, Value> | Unusual {
    const map: Record<string, Value> = {};
    for (let line = this.#lines[this.#next]; line; line = this.#lines[this.#next]) {
      if (line.indent < indent) break;
      if (line.indent > indent) return UNUSUAL;
      const match = KEY_LINE.exec(line.text);
      const key = match?.[1];
      if (key === undefined || SPECIAL_KEYS.has(key) || Object.hasOwn(map, key)) return UNUSUAL;
      this.#next++;
      const rest = match?.[2] ?? '';
      let value: Value | Unusual;
      if (rest === '' || rest.startsWith('#')) {
        // Nothing after the colon: a nested block, a list, or null.
        const below = this.#lines[this.#next];
        if (below && below.indent > indent)
          value = isListItem(below.text) ? this.list(below.indent) : this.map(below.indent);
        else if (below && below.indent === indent && isListItem(below.text))
          value = this.list(indent);
        else value = null;
      } else {
        value = readInline(rest);
        // A deeper line after a value continues it (a multi-line scalar): not plain.
        if ((this.#lines[this.#next]?.indent ?? -1) > indent) return UNUSUAL;
      }
      if (value === UNUSUAL) return UNUSUAL;
      map[key] = value;
    }
    return map;
  }

  /** A block list of one-line values whose dashes are indented by `indent`. */
  list(indent: number): Value[] | Unusual {
    const list: Value[] = [];
    for (let line = this.#lines[this.#next]; line; line = this.#lines[this.#next]) {
      if (line.indent !== indent || !isListItem(line.text)) break;
      const item = line.text.slice(1).replace(/^ +/, '');
      if (item === '' || item.startsWith('#')) return UNUSUAL;
      const value = readInline(item);
      this.#next++;
      if (value === UNUSUAL || (this.#lines[this.#next]?.indent ?? -1) > indent) return UNUSUAL;
      list.push(value);
    }
    return list;
  }
}

function isListItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** The value after `key: ` or `- `, up to the end of the line and its comment. */
function readInline(text: string): Value | Unusual {
  const first = text[0];
  if (first === '"' || first === "'" || first === '[' || first === '{') {
    const read =
      first === '"'
        ? readDoubleQuoted(text, 0)
        : first === "'"
          ? readSingleQuoted(text, 0)
          : first === '['
            ? readFlowList(text)
            : readFlowMap(text);
    return read !== UNUSUAL && isLineEnd(text, read.end) ? read.value : UNUSUAL;
  }
  // A plain scalar ends at a comment (« # » after a space) or at the end of the line.
  const comment = text.indexOf(' #');
  const plain = (comment === -1 ? text : text.slice(0, comment)).replace(/ +$/, '');
  if (plain.includes(': ') || plain.endsWith(':')) return UNUSUAL;
  return resolvePlain(plain);
}

/** Only spaces, or spaces and a comment, from `index` to the end of the line. */
function isLineEnd(text: string, index: number): boolean {
  let i = index;
  while (text.charCodeAt(i) === 32) i++;
  return i === text.length || (i > index && text.charCodeAt(i) === 35);
}

/**
 * What a plain scalar means in YAML's core schema with timestamps (and in js-yaml's default
 * schema, which agrees on all of these): null, booleans, simple numbers, calendar dates, and
 * strings that start with a letter and are none of these. Anything else is left to the full
 * parser (signs, octal, hexadecimal, exponents, .inf, times, 2025-1-5, 2025-02-30…).
 */
function resolvePlain(text: string): Value | Unusual {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (INTEGER.test(text) || DECIMAL.test(text)) return Number(text);
    const date = DATE.exec(text);
    if (!date) return UNUSUAL;
    const value = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    // 2025-02-30 would silently become 2 March, and years before 100 are read as 19xx.
    return value.toISOString().slice(0, 10) === text ? value : UNUSUAL;
  }
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return letter || STARTS_WITH_LETTER.test(text) ? text : UNUSUAL;
}

interface Read<T> {
  value: T;
  /** Index just after what was read. */
  end: number;
}

function readDoubleQuoted(text: string, start: number): Read<string> | Unusual {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '"') return { value, end: i + 1 };
    if (char !== '\\') {
      value += char;
      continue;
    }
    const escape = text[++i] ?? '';
    const simple = ESCAPES[escape];
    if (simple !== undefined) value += simple;
    else if (escape === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 1, i + 5))) {
      value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else return UNUSUAL;
  }
  // Not closed on this line: a multi-line string.
  return UNUSUAL;
}

function readSingleQuoted(text: string, start: number): Read<string> | Unusual {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf("'", from);
    if (quote === -1) return UNUSUAL;
    value += text.slice(from, quote);
    if (text[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

/**
 * An item of a one-line `[…]` or `{…}`: a quoted string, or a plain scalar without any of the
 * characters that change meaning inside brackets (a URL with its colon goes to the full parser).
 */
function readFlowItem(text: string, start: number): Read<Value> | Unusual {
  const first = text[start];
  if (first === '"') return readDoubleQuoted(text, start);
  if (first === "'") return readSingleQuoted(text, start);
  let end = start;
  while (end < text.length && !',]}'.includes(text[end] as string)) end++;
  const plain = text.slice(start, end).replace(/ +$/, '');
  if (plain === '' || /[:#[{"']/.test(plain)) return UNUSUAL;
  const value = resolvePlain(plain);
  return value === UNUSUAL ? UNUSUAL : { value, end };
}

function skipSpaces(text: string, index: number): number {
  while (text.charCodeAt(index) === 32) index++;
  return index;
}

function readFlowList(text: string): Read<Value[]> | Unusual {
  const list: Value[] = [];
  let i = skipSpaces(text, 1);
  if (text[i] === ']') return { value: list, end: i + 1 };
  for (;;) {
    const item = readFlowItem(text, i);
    if (item === UNUSUAL) return UNUSUAL;
    list.push(item.value);
    i = skipSpaces(text, item.end);
    if (text[i] === ']') return { value: list, end: i + 1 };
    if (text[i] !== ',') return UNUSUAL;
    i = skipSpaces(text, i + 1);
  }
}

function readFlowMap(text: string): Read<Record<string, Value>> | Unusual {
  const map: Record<string, Value> = {};
  let i = skipSpaces(text, 1);
  if (text[i] === '}') return { value: map, end: i + 1 };
  for (;;) {
    const key = FLOW_KEY.exec(text.slice(i));
    const name = key?.[1];
    if (!key || name === undefined || SPECIAL_KEYS.has(name) || Object.hasOwn(map, name))
      return UNUSUAL;
    const item = readFlowItem(text, i + key[0].length);
    if (item === UNUSUAL) return UNUSUAL;
    map[name] = item.value;
    i = skipSpaces(text, item.end);
    if (text[i] === '}') return { value: map, end: i + 1 };
    if (text[i] !== ',') return UNUSUAL;
    i = skipSpaces(text, i + 1);
  }
}

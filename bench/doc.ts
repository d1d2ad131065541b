// Writes measured figures into docs/benchmarks.md between per-size markers, so a run of one
// size keeps the others' figures and the hand-written analysis around them.
import fs from 'node:fs';

const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';
const open = (n: number) => `<!-- bench:n=${n} -->`;
const close = (n: number) => `<!-- /bench:n=${n} -->`;

export function updateDoc(file: string, n: number, section: string): void {
  let text = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : `# Benchmarks\n\n${START}\n${END}\n`;
  if (!text.includes(START) || !text.includes(END))
    text = `${text.trimEnd()}\n\n${START}\n${END}\n`;
  const block = `${open(n)}\n${section.trim()}\n${close(n)}`;
  const from = text.indexOf(open(n));
  const to = text.indexOf(close(n));
  if (from >= 0 && to > from) {
    text = text.slice(0, from) + block + text.slice(to + close(n).length);
  } else {
    // Keep sizes in ascending order: insert before the first bigger one, or at the end.
    const bigger = [...text.matchAll(/<!-- bench:n=(\d+) -->/g)].find((m) => Number(m[1]) > n);
    const at = bigger?.index ?? text.indexOf(END);
    text = `${text.slice(0, at)}${block}\n\n${text.slice(at)}`;
  }
  fs.writeFileSync(file, text);
}

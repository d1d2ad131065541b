/** Questions in the terminal (node:readline/promises), each answer checked before moving on. */
import { createInterface, type Interface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';

/** Returns an error message in French, or undefined when the answer is fine. */
export type Check = (answer: string) => string | undefined;

export interface Prompter {
  ask(
    question: string,
    options?: { default?: string; optional?: boolean; check?: Check },
  ): Promise<string>;
  choose(question: string, choices: string[], options?: { allowOther?: string }): Promise<number>;
  close(): void;
}

export function createPrompter(
  rl: Interface = createInterface({ input: stdin, output: stdout }),
): Prompter {
  return {
    async ask(question, options = {}) {
      for (;;) {
        const hint = options.default
          ? ` [${options.default}]`
          : options.optional
            ? ' (facultatif, Entrée pour passer)'
            : '';
        const answer = (await rl.question(`${question}${hint} : `)).trim() || options.default || '';
        if (answer === '' && options.optional) return '';
        const error = answer === '' ? 'réponse obligatoire' : options.check?.(answer);
        if (!error) return answer;
        console.log(`  ✗ ${error}`);
      }
    },
    async choose(question, choices, options = {}) {
      console.log(question);
      choices.forEach((c, i) => console.log(`  ${i + 1}. ${c}`));
      if (options.allowOther) console.log(`  0. ${options.allowOther}`);
      for (;;) {
        const n = Number((await rl.question('Numéro : ')).trim());
        if (Number.isInteger(n) && n >= (options.allowOther ? 0 : 1) && n <= choices.length)
          return n - 1;
        console.log('  ✗ tapez un des numéros proposés');
      }
    },
    close: () => rl.close(),
  };
}

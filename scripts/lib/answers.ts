/**
 * Answers for `npm run new`, from flags or from questions: the same checks either way
 * (the schema's own field validators, so a French message comes straight from the schema).
 */
import type { z } from 'zod';
import { correctFrenchValue } from '../../src/lib/content-check/french-values.ts';
import type { Check, Prompter } from './prompt.ts';

/** The field each flag fills, for French answers (« temps plein », « brut », « 15/01/2027 »). */
const FIELD_OF_FLAG: Record<string, string> = {
  contract: 'contract',
  'working-time': 'workingTime',
  hours: 'hoursPerWeek',
  remote: 'remote',
  published: 'published',
  deadline: 'deadline',
  start: 'start',
  'duration-months': 'durationMonths',
  'salary-min': 'salary.min',
  'salary-max': 'salary.max',
  'salary-period': 'salary.period',
  'salary-basis': 'salary.basis',
  'salary-currency': 'salary.currency',
};

export type Flags = Record<string, string | boolean | string[] | undefined>;

/** A Check built from a zod field schema: its first French message, if any. */
export function checkWith(
  schema: z.ZodType,
  transform: (answer: string) => unknown = (a) => a,
): Check {
  return (answer) => {
    const result = schema.safeParse(transform(answer));
    return result.success ? undefined : result.error.issues[0]?.message;
  };
}

export const toNumber = (answer: string) =>
  answer.trim() === '' ? undefined : Number(answer.replace(',', '.'));
export const toList = (answer: string) => answer.split(/[\s,]+/).filter(Boolean);

/** Missing required answers in non-interactive mode, collected to be reported together. */
export class Answers {
  readonly missing: string[] = [];
  readonly errors: string[] = [];
  /** Every answer given so far, by flag name: what a resume file keeps. */
  readonly given: Record<string, string | string[]> = {};
  readonly flags: Flags;
  readonly prompter: Prompter | undefined;
  constructor(flags: Flags, prompter: Prompter | undefined) {
    this.flags = flags;
    this.prompter = prompter;
  }

  /** A flag's value (checked), or the answer to a question, or "" when optional and skipped. */
  async get(
    flag: string,
    question: string,
    options: { check?: Check; optional?: boolean; default?: string } = {},
  ): Promise<string> {
    const value = this.flags[flag];
    const given = Array.isArray(value)
      ? value.join(',')
      : typeof value === 'string'
        ? value
        : undefined;
    const { check } = options;
    // A French answer the schema spells otherwise is taken in the schema's words.
    const translate = (answer: string) => {
      if (!check?.(answer)) return answer;
      const corrected = correctFrenchValue(FIELD_OF_FLAG[flag] ?? flag, answer)?.value;
      return corrected !== undefined && !check(corrected) ? corrected : answer;
    };
    if (given !== undefined) {
      const value = translate(given);
      const error = check?.(value);
      if (error) this.errors.push(`--${flag} ${JSON.stringify(given)} : ${error}`);
      return this.record(flag, value);
    }
    if (this.prompter) {
      const answer = await this.prompter.ask(question, {
        ...options,
        ...(check ? { check: (a: string) => check(translate(a)) } : {}),
      });
      const value = translate(answer);
      if (value !== answer) console.log(`  ✓ ${value}`);
      return this.record(flag, value);
    }
    if (options.default !== undefined) return options.default;
    if (!options.optional) this.missing.push(`--${flag} (${question.toLowerCase()})`);
    return '';
  }

  /** Keeps an answer for the resume file; returns it. */
  record(flag: string, answer: string): string {
    if (answer !== '') this.given[flag] = answer;
    return answer;
  }

  /** Problems with the flags, in French; empty when everything is there. */
  report(): string[] {
    return [
      ...this.errors,
      ...(this.missing.length > 0
        ? [`options obligatoires manquantes : ${this.missing.join(', ')}`]
        : []),
    ];
  }
}

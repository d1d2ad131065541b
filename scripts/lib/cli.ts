/** Small helpers shared by the editor CLIs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parses flags, or prints a French usage error and returns undefined (exit code 2). */
export function parseFlags<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    return parseArgs({ ...config, args: config.args ?? process.argv.slice(2), strict: true });
  } catch (error) {
    console.error(`Option invalide : ${(error as Error).message}\n\n${usage}`);
    process.exitCode = 2;
    return undefined;
  }
}

/** True on CI runners (GitHub Actions sets CI=true): print annotations too. */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  const ci = env['CI'];
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** Today's date in Paris, "YYYY-MM-DD" (the editors' calendar). */
export function today(timeZone = 'Europe/Paris'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/**
 * Reads and validates the configuration file: `offres.config.ts` at the project's root, or the
 * file `OFFRES_CONFIG` names (a second portal, a test fixture). The build, the dev server and
 * the scripts run from the project's root, which is where both are looked up.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { z } from 'zod';
import { ConfigSchema, type OffresConfig } from './schema.ts';

export const CONFIG_ENV = 'OFFRES_CONFIG';
export const DEFAULT_CONFIG_FILE = 'offres.config.ts';

export class ConfigError extends Error {
  constructor(file: string, problems: string[]) {
    super(
      `Configuration invalide (${file}) :\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Corrigez ce fichier : chaque champ est décrit dans src/config/schema.ts.',
    );
    this.name = 'ConfigError';
  }
}

export function getConfigPath(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env[CONFIG_ENV] || DEFAULT_CONFIG_FILE);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.join('.') || '(racine)';
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((key) => `« ${key} »`).join(', ');
    return `${field} : champ inconnu ${names} ; vérifiez son orthographe dans src/config/schema.ts`;
  }
  return `${field} : ${issue.message}`;
}

/** A font path from the project's root (`./fonts/x.ttf`), or a file of an npm package. */
function resolveFontFile(file: string, root: string): string | undefined {
  const candidate = path.resolve(root, file);
  if (fs.existsSync(candidate)) return candidate;
  if (file.startsWith('.') || path.isAbsolute(file)) return undefined;
  try {
    return createRequire(path.join(root, 'package.json')).resolve(file);
  } catch {
    return undefined;
  }
}

const FACES = ['regular', 'italic', 'semibold', 'semiboldItalic'] as const;

/** Validates `raw` (the file's default export); font paths come back absolute. */
export function parseConfig(raw: unknown, file: string, root = process.cwd()): OffresConfig {
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(file, result.error.issues.map(describeIssue));
  const config = result.data;
  const problems: string[] = [];
  for (const face of FACES) {
    const resolved = resolveFontFile(config.font[face], root);
    if (resolved) config.font[face] = resolved;
    else
      problems.push(
        `font.${face} : fichier introuvable « ${config.font[face]} » ; donnez un chemin depuis la racine du projet (./polices/MaPolice-Regular.ttf) ou un fichier d'un paquet npm installé`,
      );
  }
  if (config.logo && !fs.existsSync(path.join(root, 'public', config.logo)))
    problems.push(`logo : fichier introuvable public${config.logo} ; placez le logo dans public/`);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

/**
 * Loads the configuration file (see getConfigPath). Synchronously, with `require()` of an ES
 * module (Node 22.12+): a top-level await here would make every module that reads the
 * configuration asynchronous, and the PDF worker threads crash the process when they are
 * terminated after loading such a module (Node 26).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): OffresConfig {
  const file = getConfigPath(env);
  if (!fs.existsSync(file))
    throw new ConfigError(file, [
      `fichier introuvable ; créez ${DEFAULT_CONFIG_FILE} à la racine du projet ou corrigez ${CONFIG_ENV}`,
    ]);
  const module = createRequire(import.meta.url)(file) as { default?: unknown };
  if (module.default === undefined)
    throw new ConfigError(file, [
      'pas d’export par défaut : écrivez « export default defineConfig({ … }) »',
    ]);
  return parseConfig(module.default, file);
}

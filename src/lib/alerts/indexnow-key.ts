/**
 * IndexNow's proof of ownership: the site serves `/<key>.txt` holding the key. Built only when
 * OFFRES_INDEXNOW_KEY is set (scripts/indexnow.ts pings with the same key after a deploy).
 */
export const INDEXNOW_KEY_PATTERN = /^[A-Za-z0-9-]{8,128}$/;

export function getIndexNowKeyPath(key: string): string {
  return `/${key}.txt`;
}

/** The configured key, or undefined; a malformed one stops the build with a French message. */
export function getIndexNowKey(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const key = env['OFFRES_INDEXNOW_KEY']?.trim();
  if (key === undefined || key === '') return undefined;
  if (!INDEXNOW_KEY_PATTERN.test(key))
    throw new Error(
      'OFFRES_INDEXNOW_KEY : la clé IndexNow doit compter 8 à 128 lettres, chiffres ou tirets',
    );
  return key;
}

/**
 * gray-matter (the content check's front-matter reader) keeps a Buffer copy of each text it
 * reads; a browser has no Buffer. The copy is never read back, so the text itself stands in.
 */
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= { from: (text: string) => text, isBuffer: () => false };

/**
 * Identifies the configuration, for the cache keys of what it shapes (pages, PDF sheets). Apart
 * from src/lib/site.ts, which browser scripts also load.
 */
import { createHash } from 'node:crypto';
import { CONFIG } from '../lib/site.ts';

export const CONFIG_DIGEST = createHash('sha256')
  .update(JSON.stringify(CONFIG))
  .digest('base64url');

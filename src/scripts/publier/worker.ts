/**
 * The publishing page's worker: loads the page's two data files, then answers the page's
 * messages with the importer and the content check (src/lib/publish/workbench.ts). Running
 * here keeps typing smooth on a phone, and keeps these modules out of other pages' scripts.
 */
import './shims.ts';
import { setGeoTables } from '../../lib/geo-data/browser.ts';
import type { CompactGeo } from '../../lib/geo-data/compact.ts';
import type { KnownOrganisation } from '../../lib/import/match-organisation.ts';
import { checkForm, importRaw, type Context } from '../../lib/publish/workbench.ts';
import type { Request, Response } from './protocol.ts';

let context: Context | undefined;
const reply = (message: Response) => postMessage(message);

async function load<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

addEventListener('message', (event: MessageEvent<Request>) => {
  const message = event.data;
  if (message.type === 'init') {
    void Promise.all([
      load<CompactGeo>(message.communes),
      load<KnownOrganisation[]>(message.organisations),
    ]).then(([communes, organisations]) => {
      setGeoTables(communes);
      context = { organisations, repository: message.repository, today: message.today };
      reply({ type: 'ready', organisations });
    });
  } else if (context && message.type === 'import') {
    reply({ type: 'imported', result: importRaw(message.raw, context) });
  } else if (context && message.type === 'check') {
    reply({ type: 'checked', result: checkForm(message.values, message.organisation, context) });
  }
});

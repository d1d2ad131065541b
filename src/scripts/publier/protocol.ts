/** Messages between the publishing page and its worker (types only: nothing is bundled). */
import type { KnownOrganisation } from '../../lib/import/match-organisation.ts';
import type { FormValues } from '../../lib/publish/form-values.ts';
import type { Repository } from '../../lib/publish/proposal.ts';
import type { Checked, Imported, NewOrganisation } from '../../lib/publish/workbench.ts';

export type Request =
  | { type: 'init'; communes: string; organisations: string; repository: Repository; today: string }
  | { type: 'import'; raw: string }
  | { type: 'check'; values: FormValues; organisation?: NewOrganisation | undefined };

export type Response =
  | { type: 'ready'; organisations: KnownOrganisation[] }
  | { type: 'imported'; result: Imported }
  | { type: 'checked'; result: Checked };

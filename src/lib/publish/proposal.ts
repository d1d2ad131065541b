/**
 * Where « Proposer cette offre » leads: GitHub's web editor for a new file, with the file
 * already written (`/new/<branch>?filename=…&value=…`). GitHub then makes the fork, the
 * branch and the pull request. Past MAX_URL_LENGTH browsers and GitHub cut the address:
 * the page offers copy and download instead.
 */
export const MAX_URL_LENGTH = 8000;

export interface Repository {
  url: string;
  branch: string;
}

/** The editor's address for `file` (e.g. content/offers/x.md), or undefined when too long. */
export function newFileUrl(repository: Repository, file: string, text: string): string | undefined {
  const base = repository.url.replace(/\/+$/, '');
  const branch = repository.branch.split('/').map(encodeURIComponent).join('/');
  const url = `${base}/new/${branch}?filename=${encodeURI(file)}&value=${encodeURIComponent(text)}`;
  return url.length <= MAX_URL_LENGTH ? url : undefined;
}

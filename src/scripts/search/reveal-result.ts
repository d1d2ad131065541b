/**
 * After « more », the visitor goes on where the first state's list stopped: the result at
 * `index` of Pagefind's list is brought into view (Pagefind fills a result in only once it is on
 * screen), then, if asked, its link takes the focus as soon as it is filled in.
 */
const GIVE_UP_MS = 10_000;

export function revealResult(results: HTMLElement, index: number, focus: boolean): void {
  const selector = `[data-pf-result-index="${index}"]`;
  results.querySelector(selector)?.scrollIntoView({ block: 'nearest' });
  if (!focus) return;
  const focusLink = (): boolean => {
    const link = results.querySelector<HTMLAnchorElement>(`${selector} a[href]`);
    link?.focus();
    return link !== null;
  };
  if (focusLink()) return;
  const observer = new MutationObserver(() => {
    if (focusLink()) observer.disconnect();
  });
  observer.observe(results, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), GIVE_UP_MS);
}

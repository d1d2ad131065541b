/**
 * The search box of `/recherche/`: a plain form in the page's HTML, so it is there, laid out and
 * ready for typing before any search code has loaded: results as you type (after a short
 * pause), Enter searches at once, Escape and « Effacer » clear the box, ↓ goes to the results.
 */
/** Pause after the last keystroke before searching. */
const DEBOUNCE_MS = 300;

export interface SearchBoxHost {
  /** The box's text changed (every keystroke). */
  edit(text: string): void;
  /** The visitor asked for this term (typed and paused, pressed Enter, or cleared the box). */
  search(term: string): void;
  /** The box got focus: the moment to start loading the search. */
  focus(): void;
  /** ↓ in the box: move to the first result, if any. */
  focusResults(): void;
}

export class SearchBox {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly #clear: HTMLButtonElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(form: HTMLFormElement, host: SearchBoxHost) {
    const input = form.querySelector('input');
    const clear = form.querySelector('button');
    if (!input || !clear) throw new Error('search box: missing input or button');
    this.form = form;
    this.input = input;
    this.#clear = clear;

    input.addEventListener('focus', () => host.focus());
    input.addEventListener('input', () => {
      this.#update();
      host.edit(input.value);
      this.#schedule(() => host.search(input.value));
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && input.value !== '') {
        event.preventDefault();
        this.#searchNow(host, '');
      } else if (event.key === 'ArrowDown') {
        event.preventDefault();
        host.focusResults();
      }
    });
    // Without our script the form would reload the page with ?q=, which also works.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#searchNow(host, input.value);
    });
    clear.addEventListener('click', () => {
      this.#searchNow(host, '');
      input.focus();
    });
    this.#update();
  }

  get value(): string {
    return this.input.value;
  }

  /** Shows a term the visitor did not type (from the URL or the history). */
  set value(term: string) {
    if (this.input.value.trim() === term) return;
    this.input.value = term;
    this.#update();
  }

  #searchNow(host: SearchBoxHost, term: string): void {
    clearTimeout(this.#timer);
    this.input.value = term;
    this.#update();
    host.edit(term);
    host.search(term);
  }

  #schedule(run: () => void): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(run, DEBOUNCE_MS);
  }

  /** « Effacer » only when there is something to clear. */
  #update(): void {
    this.#clear.hidden = this.input.value === '';
  }
}

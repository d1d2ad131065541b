/**
 * Shows the content check's problems on the publishing form: a summary whose links lead to
 * the fields, the message under each field, aria-invalid on the control. The messages are
 * those `npm run check` prints (message, then what is expected).
 */
import type { Problem } from '../../lib/content-check/problem.ts';
import { PUBLISH_TEXT } from '../../lib/publish/text.ts';

const T = PUBLISH_TEXT.check;

/** The control a problem is about: "contract[1]" → #f-contract, "salary" → its fieldset. */
function targetId(problem: Problem, prefix: string): string | undefined {
  if (!problem.field) return undefined;
  const path = problem.field.replace(/\[\d+\]/g, '');
  for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const id = `f-${prefix}${parts.join('-')}`;
    if (document.getElementById(id)) return id;
  }
  return undefined;
}

function sentence(problem: Problem): string {
  const message = problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  return problem.expected ? `${message}. ${T.expected} ${problem.expected}` : message;
}

export interface ProblemGroup {
  problems: Problem[];
  /** Id prefix of the fields: '' for the offer, 'org-' for a new organisation. */
  prefix: string;
}

export function showProblems(summary: HTMLElement, groups: ProblemGroup[]): void {
  for (const el of document.querySelectorAll<HTMLElement>('.publish .field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of document.querySelectorAll('.publish [aria-invalid]'))
    el.removeAttribute('aria-invalid');
  const all = groups.flatMap((g) =>
    g.problems.map((p) => ({ problem: p, id: targetId(p, g.prefix) })),
  );
  if (all.length === 0) {
    const ok = document.createElement('p');
    ok.textContent = T.ok;
    summary.replaceChildren(ok);
    return;
  }
  const heading = document.createElement('p');
  heading.textContent = T.problems(all.length);
  const list = document.createElement('ul');
  for (const { problem, id } of all) {
    const item = document.createElement('li');
    const text = sentence(problem);
    if (id) {
      const link = document.createElement('a');
      link.href = `#${id}`;
      link.textContent = text;
      item.append(link);
      const error = document.getElementById(`${id}-error`);
      if (error) {
        error.textContent = error.textContent ? `${error.textContent} ${text}` : text;
        error.hidden = false;
      }
      document.getElementById(id)?.setAttribute('aria-invalid', 'true');
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  summary.replaceChildren(heading, list);
}

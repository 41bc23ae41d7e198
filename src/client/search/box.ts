/**
 * The header search box on every page, kept tiny: "/" focuses it, the
 * first keystroke loads the results popup (and with it Pagefind), and a
 * page reached from a result highlights the words searched for. Without
 * JavaScript the box is a plain form that submits to /search/?q=.
 */
import { loadSearch } from './load.ts';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function wireSearchBox(): void {
  const root = document.querySelector<HTMLElement>('[data-site-search]');
  const input = root?.querySelector('input');
  if (!root || !input) return;
  document.addEventListener('keydown', (event) => {
    // Only while the box is shown: on a narrower screen the header has a link to the search page instead.
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !typing(event.target) && input.offsetParent !== null) {
      event.preventDefault();
      input.focus();
    }
  });
  let popup: Promise<unknown> | undefined;
  input.addEventListener('input', () => {
    if (popup) return;
    // Pagefind and its index load alongside the popup code rather than after it.
    void loadSearch(root.dataset['bundle'] ?? '/pagefind/');
    popup = import('./popup.ts').then((m) => m.attachPopup(root, input));
  });
  if (new URLSearchParams(location.search).has('highlight')) void import('./highlight.ts').then((m) => m.highlightMatches(root.dataset['bundle'] ?? '/pagefind/'));
}

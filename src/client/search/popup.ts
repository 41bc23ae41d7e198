/**
 * Results under the header search box, as the reader types: the first
 * results with their excerpts and a link to all of them. Arrow keys move
 * between results, Escape closes, and a live region says how many matched.
 */
import { loadSearch } from './load.ts';
import { rankedSearch, resultItem, type ResultData } from './pagefind.ts';

/** Resolves once the browser has painted what is in the DOM now: the task after the next frame. */
const afterPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

export async function attachPopup(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const popup = root.querySelector<HTMLElement>('[data-search-popup]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const { pagefind, ranking, aliases } = await loadSearch(root.dataset['bundle'] ?? '/pagefind/');
  const close = () => {
    popup.hidden = true;
  };
  const links = () => [...popup.querySelectorAll<HTMLAnchorElement>('a')];

  let searched = false;
  const run = async () => {
    const query = input.value.trim();
    if (query === '') return close();
    // After the first search, wait for a pause in typing; a newer keystroke makes this search moot.
    if (searched) await new Promise((resolve) => setTimeout(resolve, 60));
    searched = true;
    if (input.value.trim() !== query) return;
    const { found, ordered } = await rankedSearch(pagefind, ranking, query, {}, aliases);
    if (input.value.trim() !== query) return;
    const list = document.createElement('ol');
    const all = Object.assign(document.createElement('a'), {
      href: `${root.dataset['searchPage']}?q=${encodeURIComponent(query)}`,
      textContent: found.results.length === 0 ? 'No results: try the search page' : `All ${found.results.length} results`,
      className: 'search-all',
    });
    popup.replaceChildren(list, all);
    popup.hidden = false;
    status.textContent = `${found.results.length} result${found.results.length === 1 ? '' : 's'} for ${query}`;
    // The best result's fragment loads alone, so nothing competes with it, and is painted before the next five
    // are asked for (each fetch() costs the main thread a few ms); each then shows as soon as it and those above
    // it have arrived. A fragment that fails to load (the connection dropped) ends the list there; "All
    // results" still works.
    const [best, ...next] = ordered.slice(0, 6);
    const shown = (result: ResultData | undefined) => {
      if (!result || input.value.trim() !== query) return false;
      list.append(resultItem(result));
      return true;
    };
    if (!best || !shown(await best.data().catch(() => undefined))) return;
    // In a hidden tab there is no frame: the rest arrive when the reader comes back.
    await afterPaint();
    if (input.value.trim() !== query) return;
    const pending = next.map((r) => r.data());
    for (const data of pending) data.catch(() => undefined);
    for (const data of pending) if (!shown(await data.catch(() => undefined))) return;
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !popup.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') close();
  });
  popup.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else items[Math.min(next, items.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close();
  });
  await run();
}

/**
 * Enhances /search/: runs the ?q= query against the Pagefind index and lists
 * the results. Pagefind is imported only when there is something to search.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Appends Pagefind's excerpt, whose only markup is <mark>, without parsing HTML. */
function appendExcerpt(parent: HTMLElement, excerpt: string) {
  const parts = excerpt.split(/<\/?mark>/);
  parts.forEach((part, i) => {
    const text = document.createTextNode(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      parent.append(mark);
    } else parent.append(text);
  });
}

export async function runSearchPage(): Promise<void> {
  const results = document.getElementById('search-results');
  const input = document.getElementById('search-page-query') as HTMLInputElement | null;
  const fallback = document.getElementById('search-fallback');
  if (!results || !input) return;
  fallback?.querySelector('p')?.setAttribute('hidden', '');
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query === '') return;
  const bundle = results.dataset['bundle'] ?? '/pagefind/';
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: new URL('..', new URL(bundle, location.href)).pathname });
  const found = await pagefind.search(query);
  const top = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  const heading = document.createElement('h2');
  heading.textContent = `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${query}”`;
  const list = document.createElement('ol');
  for (const item of top) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, item.excerpt);
    li.append(link, excerpt);
    list.append(li);
  }
  results.replaceChildren(heading, list);
}

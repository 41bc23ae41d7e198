/**
 * The details panel: an event's date, summary, places, its sources (each
 * once, with every passage quoted from it) and related explainers, from
 * /data/events.json (fetched once, on the first selection). Loaded by the
 * chart only when a reader first selects an event. Built with DOM calls
 * only: data is always text.
 */
import { groupInOrder } from '../../shared/group.ts';
import { displayQuote } from '../../shared/quote-text.ts';
import type { TimelineText } from '../../shared/timeline/text.ts';

interface OpenEvent {
  id: string;
  url: string;
  title: string;
  date: string;
  precision: string;
  summary: string;
  places: { id: string; name?: string; url: string }[];
  sources: { id: string; page: string; title?: string; publisher?: string; quote: string | null; quoteUrl: string | null; anticipated: boolean }[];
  explainers: { title: string; url: string }[];
}

let loaded: Promise<Map<string, OpenEvent>> | undefined;

export function loadEvents(url: string): Promise<Map<string, OpenEvent>> {
  loaded ??= fetch(url)
    .then((response) => response.json() as Promise<{ events: OpenEvent[] }>)
    .then((data) => new Map(data.events.map((e) => [e.id, e])));
  return loaded;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}

function list(items: HTMLElement[], attrs: Record<string, string> = {}): HTMLUListElement {
  const ul = el('ul', undefined, attrs);
  for (const item of items) {
    const li = el('li');
    li.append(item);
    ul.append(li);
  }
  return ul;
}

/** An event's citations as its sources, each once and in first-cited order, with the passages quoted from it. */
export function bySource(sources: OpenEvent['sources']): (OpenEvent['sources'][number] & { quotes: { quote: string; url: string }[] })[] {
  return groupInOrder(sources, (citation) => citation.id).map(({ items: [first, ...rest] }) => {
    const citations = [first!, ...rest];
    const quotes = citations.flatMap((c) => (c.quote && c.quoteUrl ? [{ quote: c.quote, url: c.quoteUrl }] : []));
    return { ...first!, anticipated: citations.some((c) => c.anticipated), quotes: quotes.filter((q, i) => quotes.findIndex((o) => o.quote === q.quote) === i) };
  });
}

/** Fills `panel` for one event; `dateText` is the chart's wording of its date. */
export function renderDetails(panel: HTMLElement, event: OpenEvent, dateText: string, text: TimelineText, onClose: () => void): void {
  const close = el('button', text.close, { type: 'button', class: 'tl-close', 'aria-label': text.closeDetails });
  close.addEventListener('click', onClose);
  const heading = el('h3', event.title, { id: `${panel.id || panel.closest('[data-timeline]')?.id || 'timeline'}-details-title` });
  const parts: HTMLElement[] = [close, heading, el('p', dateText, { class: 'meta' }), el('p', event.summary)];
  if (event.places.length > 0) {
    const where = el('p', `${text.where} `);
    event.places.forEach((place, i) => where.append(i > 0 ? ', ' : '', el('a', place.name ?? place.id, { href: place.url })));
    parts.push(where);
  }
  const sources = bySource(event.sources);
  parts.push(el('h4', text.sources));
  parts.push(
    list(
      sources.map((source) => {
        const item = el('div');
        item.append(el('a', source.title ?? source.id, { href: source.page }), source.publisher ? ` (${source.publisher})` : '');
        if (source.anticipated) item.append(el('p', text.anticipated, { class: 'meta' }));
        for (const passage of source.quotes) {
          const quote = el('blockquote');
          // The open data keeps the words verbatim; they are shown as the page shows them.
          quote.append(el('p', `“${displayQuote(passage.quote)}”`), el('a', text.seePassage, { href: passage.url, class: 'meta' }));
          item.append(quote);
        }
        return item;
      }),
      { class: 'tl-sources' },
    ),
  );
  if (event.explainers.length > 0) {
    parts.push(el('h4', text.explainedIn));
    parts.push(list(event.explainers.map((e) => el('a', e.title, { href: e.url }))));
  }
  const more = el('p');
  more.append(el('a', text.openEvent, { href: event.url }));
  parts.push(more);
  panel.setAttribute('aria-labelledby', heading.id);
  panel.replaceChildren(...parts);
  panel.scrollTop = 0;
}

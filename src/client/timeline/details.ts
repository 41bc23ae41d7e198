/**
 * The details panel: an event's date, summary, places, sources with their
 * quotes and related explainers, from /data/events.json (fetched once, on
 * the first selection). Built with DOM calls only: data is always text.
 */
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

import type { TimelineText } from '../../shared/timeline/text.ts';

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

function list(items: HTMLElement[]): HTMLUListElement {
  const ul = el('ul');
  for (const item of items) {
    const li = el('li');
    li.append(item);
    ul.append(li);
  }
  return ul;
}

/** Fills `panel` for one event; `dateText` is the chart's wording of its date. */
export function renderDetails(panel: HTMLElement, event: OpenEvent, dateText: string, text: TimelineText, onClose: () => void): void {
  const close = el('button', text.close, { type: 'button', class: 'tl-close', 'aria-label': text.closeDetails });
  close.addEventListener('click', onClose);
  const heading = el('h3', event.title, { id: `${panel.id || 'details'}-title` });
  const parts: HTMLElement[] = [close, heading, el('p', dateText, { class: 'meta' }), el('p', event.summary)];
  if (event.places.length > 0) {
    const where = el('p', `${text.where} `);
    event.places.forEach((place, i) => where.append(i > 0 ? ', ' : '', el('a', place.name ?? place.id, { href: place.url })));
    parts.push(where);
  }
  parts.push(el('h4', text.sources));
  parts.push(
    list(
      event.sources.map((source) => {
        const item = el('div');
        item.append(el('a', source.title ?? source.id, { href: source.page }), source.publisher ? ` (${source.publisher})` : '');
        if (source.anticipated) item.append(el('p', text.anticipated, { class: 'meta' }));
        if (source.quote && source.quoteUrl) {
          const quote = el('blockquote');
          quote.append(el('p', `“${source.quote}”`), el('a', text.seePassage, { href: source.quoteUrl, class: 'meta' }));
          item.append(quote);
        }
        return item;
      }),
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
  panel.hidden = false;
}

/**
 * Explainer pages, enhanced: a citation marker opens its source's note as a
 * card beside it, a glossary term opens its definition, and the rail's "On
 * this page" marks the section being read. Without this script each marker
 * and term is a plain link (to the note, to the glossary) and nothing is lost.
 */

let open: { card: HTMLElement; trigger: HTMLElement } | undefined;
let cards = 0;

function close(restoreFocus = false): void {
  if (!open) return;
  open.trigger.setAttribute('aria-expanded', 'false');
  open.card.remove();
  if (restoreFocus) open.trigger.focus();
  open = undefined;
}

/** Shows `content` in a card under `trigger` (or over it, near the screen's foot), inside the page's flow right after it so Tab reaches its links next. */
function show(trigger: HTMLElement, className: string, content: Node[]): void {
  const same = open?.trigger === trigger;
  close();
  if (same) return;
  const card = document.createElement('div');
  card.className = className;
  card.id = `${className}-${(cards += 1)}`;
  card.append(...content);
  // After the marker's <sup>, not inside it: the <sup> keeps its number on one line (white-space: nowrap),
  // which the card would inherit.
  (trigger.closest('sup') ?? trigger).after(card);
  const box = trigger.getBoundingClientRect();
  const width = card.offsetWidth;
  // Within the screen, and within a scrolling step's text (<Steps>), whose map beside it is drawn over the text.
  const within = trigger.closest('[data-steps] .step')?.getBoundingClientRect() ?? { left: 0, right: document.documentElement.clientWidth };
  const left = Math.max(within.left + 8, Math.min(box.left + box.width / 2 - width / 2, within.right - width - 8));
  // left and top are in the viewport; the card is placed from its containing block, the page unless an
  // ancestor is positioned.
  const from = card.offsetParent instanceof HTMLElement && getComputedStyle(card.offsetParent).position !== 'static' ? card.offsetParent.getBoundingClientRect() : { left: -scrollX, top: -scrollY };
  card.style.left = `${left - from.left}px`;
  // Under the marker, unless it would run off the foot of the screen and fits whole above it.
  const height = card.offsetHeight;
  const screen = document.documentElement.clientHeight;
  const above = height + 6 > screen - box.bottom && height + 6 <= box.top;
  card.style.top = `${(above ? box.top - height - 6 : box.bottom + 6) - from.top}px`;
  trigger.setAttribute('aria-expanded', 'true');
  trigger.setAttribute('aria-controls', card.id);
  open = { card, trigger };
}

function citationCards(): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const marker = target.closest<HTMLAnchorElement>('a[data-cite]');
    if (marker && !(event as MouseEvent).metaKey && !(event as MouseEvent).ctrlKey) {
      const note = document.getElementById(`note-${marker.dataset['cite']}`);
      if (!note) return;
      event.preventDefault();
      const number = Object.assign(document.createElement('p'), { className: 'meta', textContent: `${marker.dataset['cite']}.` });
      show(marker, 'cite-card', [number, ...[...note.childNodes].map((n) => n.cloneNode(true))]);
      return;
    }
    const term = target.closest<HTMLAnchorElement>('a.term[data-term]');
    if (term && !(event as MouseEvent).metaKey && !(event as MouseEvent).ctrlKey) {
      const definitions = JSON.parse(document.getElementById('term-definitions')?.textContent ?? '{}') as Record<string, { name: string; text: string }>;
      const entry = definitions[term.dataset['term'] ?? ''];
      if (!entry) return;
      event.preventDefault();
      const name = Object.assign(document.createElement('strong'), { textContent: entry.name });
      const text = Object.assign(document.createElement('p'), { textContent: entry.text });
      const more = Object.assign(document.createElement('a'), { href: term.href, textContent: term.dataset['more'] ?? term.href });
      show(term, 'term-card', [name, text, more]);
      return;
    }
    if (open && !open.card.contains(target)) close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
}

/** Marks, in the rail, the last section whose heading has scrolled past the top third of the screen. */
function currentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-contents] a')];
  const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0 || !('IntersectionObserver' in window)) return;
  const mark = () => {
    const line = innerHeight / 3;
    let current = headings[0];
    for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
    for (const a of links) a.toggleAttribute('aria-current', a.hash === `#${current?.id}`);
    for (const a of links) if (a.hasAttribute('aria-current')) a.setAttribute('aria-current', 'true');
  };
  // The observer calls `mark` once for the headings as soon as it observes them, after the page's first layout;
  // calling it here as well would read positions before that layout and force it early (a 100 ms reflow on a
  // throttled phone, in Lighthouse).
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
  for (const heading of headings) observer.observe(heading);
  // The observer only hears of a heading that enters or leaves the top third: a jump past a whole section (End, a
  // link to an anchor, a fast fling) moves none in or out and would leave the mark behind. Scrolling also marks,
  // once a frame.
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
}

export function enhanceArticle(): void {
  citationCards();
  currentSection();
}

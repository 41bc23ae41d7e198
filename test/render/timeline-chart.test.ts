/** Container render test: the timeline figure for fixed data, as the server sends it. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import TimelineChart from '../../src/components/timeline/TimelineChart.astro';
import type { TimelineData } from '../../src/model/timeline-data.ts';

const data: TimelineData = {
  coverage: { from: '2024-01-01', to: '2024-12-31' },
  window: { from: '2024-01-01', to: '2024-12-31' },
  lanes: [
    { id: 'diplomacy', label: 'Diplomacy', colour: '#009e73' },
    { id: 'military', label: 'Military', colour: '#0072b2' },
  ],
  eras: [{ id: 'autumn', label: 'Autumn', start: '2024-09-01', end: '2024-11-30' }],
  events: [
    { id: 'talks', title: 'Talks <b>in</b> London', date: '2024-09-10', category: 'diplomacy', importance: 3, tags: ['talks'], dateText: '10 September 2024', href: '/timeline/talks/' },
    { id: 'offensive', title: 'Offensive', date: '2024-05', category: 'military', importance: 2, tags: [], dateText: 'May 2024 (date known to the month)', href: '/timeline/offensive/' },
  ],
};

test('the server renders every event as a linked mark with its date, escaped, and ships hidden controls', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(TimelineChart, {
    props: { data, idPrefix: 'tl', filters: true, eventsUrl: '/data/events.json', listHref: (id: string) => `/timeline/#event-${id}`, language: 'en-GB' },
  });
  expect(html).toContain('<a id="tl-talks" class="tl-mark" href="/timeline/talks/" data-event="talks"><title>10 September 2024: Talks &lt;b&gt;in&lt;/b&gt; London</title>');
  expect(html).toMatch(/<a id="tl-offensive" class="tl-mark"[^>]*><title>May 2024 \(date known to the month\): Offensive<\/title><rect class="tl-hit"[^>]*><\/rect><rect class="tl-bar tl-uncertain"/);
  expect(html).toContain('<text class="tl-era-label"');
  expect(html).toContain('<div class="tl-controls" hidden data-controls>');
  expect(html).toMatch(/<svg class="tl-svg" viewBox="0 0 838 \d+" width="100%" height="\d+" role="group" aria-label="Timeline of 2 events/);
  expect(html).not.toContain('<b>in</b>');
  // The data the client script reads cannot close its <script> element.
  expect(html).toContain('Talks \\u003cb>in\\u003c/b> London');
});

test('the server names each lane on the chart, writes the window line the script will write, and lays out the details panel', async () => {
  const container = await AstroContainer.create();
  const render = (filters: boolean) =>
    container.renderToString(TimelineChart, { props: { data, idPrefix: 'tl', filters, eventsUrl: '/data/events.json', listHref: (id: string) => `/timeline/#event-${id}`, language: 'en-GB' } });
  const html = await render(true);
  expect(html).toContain('<text class="tl-lane-name" x="6" y="68">Diplomacy</text>');
  expect(html).toContain('<p class="tl-window" data-window-text>Showing 1 January 2024 – 31 December 2024 · 2 events</p>');
  // Until the script runs (or without it) the panel says what a dot does then: it links to the event's page.
  expect(html).toContain('<section class="tl-details" data-details aria-label="Event details" tabindex="-1"><p class="tl-details-empty" data-enhanced="Select an event on the chart to see what happened and its sources.">Each dot on the chart is a link: to its event’s page, with what happened and its sources, or, for a numbered dot, to its events in the list.</p></section>');
  // Only readers without JavaScript see the note; nothing has to hide it.
  expect(html).toMatch(/<noscript><p class="tl-nojs">Zooming, filters and event details need JavaScript/);
  // The filters, and their script, come only with a timeline that has them.
  expect(html).toContain('TimelineFilters.astro?astro&type=script');
  expect(html).toContain('(<span data-count-category="diplomacy">1</span>)');
  const embedded = await render(false);
  expect(embedded).not.toContain('TimelineFilters');
  expect(embedded).not.toContain('tl-filters');
});

test('an event that is not confirmed is drawn open, dotted when claimed, says so in its tooltip, and the legend explains both', async () => {
  const container = await AstroContainer.create();
  const events = [
    { ...data.events[0]!, standing: 'reported' as const, standingText: 'Reported' },
    { ...data.events[1]!, date: '2024-05-02', dateText: '2 May 2024', standing: 'claimed' as const, standingText: 'Claimed by the river authority' },
  ];
  const html = await container.renderToString(TimelineChart, {
    props: { data: { ...data, events }, idPrefix: 'tl', filters: false, eventsUrl: '/data/events.json', listHref: (id: string) => `/timeline/#event-${id}`, language: 'en-GB' },
  });
  expect(html).toContain('<title>10 September 2024: Talks &lt;b&gt;in&lt;/b&gt; London (Reported)</title>');
  expect(html).toMatch(/<circle class="tl-dot tl-reported" [^>]*fill="#009e73" color="#009e73"/);
  expect(html).toContain('<title>2 May 2024: Offensive (Claimed by the river authority)</title>');
  expect(html).toMatch(/<circle class="tl-dot tl-claimed" [^>]*color="#0072b2"/);
  expect(html).toContain('Open: reported, not on the record');
  expect(html).toContain('Open and dotted: claimed by a party');
  // Confirmed events only: no key for what the chart does not show.
  const confirmed = await container.renderToString(TimelineChart, {
    props: { data, idPrefix: 'tl', filters: false, eventsUrl: '/data/events.json', listHref: (id: string) => `/timeline/#event-${id}`, language: 'en-GB' },
  });
  expect(confirmed).not.toContain('tl-key-standing');
});

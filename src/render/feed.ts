/**
 * The Atom feed (`/feed.xml`): every explainer and every correction, newest
 * first, so readers can follow what is new and what changed. Links are
 * absolute when SITE_URL is set, root-relative (resolved against the feed's
 * address) otherwise; ids are stable tag: URIs either way.
 */
import { UI } from '../shared/ui.ts';
import { correctionPath, newestFirst } from '../model/corrections.ts';
import type { Story } from '../content/story.ts';
import { paths, withBase } from '../shared/urls.ts';
import { escapeXml as escape } from '../shared/xml.ts';


interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  published: string;
  summary: string;
}

export function atomFeed(story: Story, base: string, site: string | undefined): string {
  const url = (path: string) => (site ? new URL(withBase(base, path), site).href : withBase(base, path));
  const authority = `${site ? new URL(site).host : 'explainer.invalid'},${story.site.coverage.start.slice(0, 4)}`;
  const entries: FeedEntry[] = [
    ...story.explainers.map(({ id, data }) => ({
      id: `tag:${authority}:explainers/${id}`,
      title: data.title,
      link: url(paths.explainer(id)),
      updated: data.updated ?? data.published,
      published: data.published,
      summary: data.summary,
    })),
    ...newestFirst(story.corrections).map(({ id, data }) => ({
      id: `tag:${authority}:corrections/${id}`,
      title: UI.feed.correctionTitle(data.target),
      link: url(correctionPath(data.target)),
      updated: data.date,
      published: data.date,
      summary: UI.feed.correctionSummary(data.change, data.reason),
    })),
  ].sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : a.updated < b.updated ? 1 : -1));
  const stamp = (day: string) => `${day}T00:00:00Z`;
  const updated = entries[0]?.updated ?? story.site.coverage.end;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(story.site.title)}</title>`,
    `  <subtitle>${escape(story.site.description)}</subtitle>`,
    `  <id>tag:${authority}:feed</id>`,
    `  <link rel="self" href="${escape(url('/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(url('/'))}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escape(story.site.title)}</name></author>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${escape(e.id)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(e.link)}"/>`,
      `    <published>${stamp(e.published)}</published>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <summary>${escape(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
}

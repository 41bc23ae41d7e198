/**
 * The ids an explainer page gives its own sections (the list of events,
 * the sources, corrections, "On this page"). A Markdown heading whose id
 * would be the same makes two elements share it, and links to the section
 * land on the wrong one: the content check says so.
 */
import type { Problem } from './problems.ts';

export const SECTION_IDS = {
  events: 'events',
  sources: 'sources',
  corrections: 'corrections-heading',
  contents: 'page-contents-title',
  contentsFold: 'contents-fold-title',
  contentsRail: 'contents-rail-title',
  keyPoints: 'key-points-title',
  readNext: 'read-next',
} as const;

const RESERVED = new Set<string>(Object.values(SECTION_IDS));

/** The id a heading gets, as GitHub and Astro make it: lower case, punctuation dropped, spaces as hyphens. */
export function headingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** Markdown headings in an MDX body (outside code blocks) whose id a page section already uses. */
export function sectionIdClashes(body: string, file: string, bodyLine = 1): Problem[] {
  const problems: Problem[] = [];
  let fenced = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    const id = heading?.[1] ? headingId(heading[1]) : undefined;
    if (id && RESERVED.has(id)) {
      problems.push({
        file,
        field: `heading on line ${bodyLine + i}`,
        message: `"${heading?.[1]}" would get the id "${id}", which the page already gives its own section`,
        fix: 'reword the heading, e.g. "Where this comes from" instead of "Sources".',
      });
    }
  });
  return problems;
}

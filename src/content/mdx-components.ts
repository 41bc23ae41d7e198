/**
 * Finds the story components used in an explainer's MDX body (`<Quote>`,
 * `<Cite>`, `<Term>`) with their line numbers, so their references and quotes
 * can be checked without compiling the MDX. Code blocks and inline code are
 * skipped: a `<Quote>` shown as an example is not a quote.
 */
import { closestName } from '../shared/closest-name.ts';
import type { Problem } from './problems.ts';

interface ComponentSpec {
  attributes: readonly string[];
  required?: string;
  children: boolean;
  /** Attributes that take a {…} value (numbers, true/false) rather than text. */
  expressions?: readonly string[];
  /** Its children are MDX (text, markup, other components), not plain words. */
  markup?: boolean;
}

export const STORY_COMPONENTS = {
  Quote: { attributes: ['source', 'by', 'person'], required: 'source', children: true },
  Cite: { attributes: ['source', 'quote'], required: 'source', children: false },
  Term: { attributes: ['id'], required: 'id', children: true },
  Timeline: { attributes: ['from', 'to', 'categories', 'tags', 'highlight', 'height', 'id', 'filters'], children: false, expressions: ['height', 'filters'] },
  StatusChart: { attributes: ['rules', 'title', 'id'], children: false },
  Map: { attributes: ['id', 'extent', 'layers', 'systems', 'origin', 'from', 'to', 'at', 'compare', 'place', 'event', 'distances', 'title'], children: false },
  Steps: { attributes: ['id', 'title', 'extent', 'layers', 'systems'], children: true, markup: true },
  Step: { attributes: ['title', 'at', 'place', 'event'], required: 'at', children: true, markup: true },
  Figures: { attributes: ['title'], children: false },
  Figure: { attributes: ['value', 'unit', 'qualifier', 'label', 'source', 'quote'], required: 'source', children: false },
  // With or without words of the explainer's own about the person.
  Person: { attributes: ['id'], required: 'id', children: false },
} as const satisfies Record<string, ComponentSpec>;

export type StoryComponentName = keyof typeof STORY_COMPONENTS;

export interface ComponentUse {
  name: StoryComponentName;
  line: number;
  attributes: Record<string, string>;
  /** The children, for `<Quote>` and `<Term>`: the words as written. */
  text: string;
  /** True when it stands alone on its line (only spaces around it): MDX then reads it as a block, not inline. */
  alone: boolean;
  /** Where it opens and (for one with children) closes in the body, to tell which component holds which. */
  start: number;
  end: number;
}

/** Replaces code (fenced blocks and inline spans) with spaces, keeping line numbers and offsets. */
export function blankCode(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return body
    // A fence may be indented (in a list item) and longer than three marks, holding a shorter one.
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}

const OPENING = new RegExp(`<(${Object.keys(STORY_COMPONENTS).join('|')})\\b([^>]*?)(\\/?)>`, 'g');
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\}))/g;

/** `firstLine` is the file line the body starts on, so reported lines match the editor's. */
export function findComponentUses(body: string, file: string, firstLine = 1): { uses: ComponentUse[]; problems: Problem[] } {
  const source = blankCode(body);
  const uses: ComponentUse[] = [];
  const problems: Problem[] = [];
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length + firstLine - 1;
  for (const match of source.matchAll(OPENING)) {
    const name = match[1] as StoryComponentName;
    const spec: ComponentSpec = STORY_COMPONENTS[name];
    const line = lineAt(match.index);
    const field = `<${name}> on line ${line}`;
    const attributes: Record<string, string> = {};
    for (const attr of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const key = attr[1] ?? '';
      if (attr[4] !== undefined && spec.expressions?.includes(key)) continue;
      if (attr[4] !== undefined) {
        problems.push({ file, field, message: `${key}={…} is an expression, which the check cannot verify`, fix: `write ${key}="…" with the value in quotes.` });
        continue;
      }
      if (!(spec.attributes as readonly string[]).includes(key)) {
        problems.push({ file, field, message: `has no attribute "${key}"`, fix: `use only: ${spec.attributes.join(', ')}.` });
        continue;
      }
      attributes[key] = attr[2] ?? attr[3] ?? '';
    }
    if (spec.required !== undefined && !(spec.required in attributes)) {
      const fix = name === 'Step' ? 'add at="YYYY-MM-DD": the day the map shows while the reader is on this step.' : `add ${spec.required}="…" naming the ${name === 'Term' ? 'glossary term' : name === 'Person' ? 'person in people/' : 'source'} by its id.`;
      problems.push({ file, field, message: `is missing ${spec.required}="…"`, fix });
      continue;
    }
    let text = '';
    if (match[3] !== '/') {
      const start = match.index + match[0].length;
      const close = source.indexOf(`</${name}>`, start);
      if (close < 0) {
        problems.push({ file, field, message: `is never closed`, fix: `end it with </${name}>, or write <${name} … /> if it has no text.` });
        continue;
      }
      text = body.slice(start, close).trim();
      if (spec.children && !spec.markup && /[<{}]/.test(text)) {
        problems.push({ file, field, message: 'contains markup or an expression', fix: `put only plain words between <${name}> and </${name}>.` });
        continue;
      }
    } else if (spec.children) {
      problems.push({ file, field, message: 'has no text', fix: `put the words between <${name} …> and </${name}>.` });
      continue;
    }
    const lineStart = source.lastIndexOf('\n', match.index - 1) + 1;
    const end = match.index + match[0].length + (match[3] === '/' ? 0 : text.length);
    const lineEnd = source.indexOf('\n', end);
    const after = match[3] === '/' ? source.slice(match.index + match[0].length, lineEnd < 0 ? undefined : lineEnd) : 'x';
    const closeEnd = match[3] === '/' ? match.index + match[0].length : source.indexOf(`</${name}>`, match.index) + name.length + 3;
    uses.push({ name, line, attributes, text, alone: source.slice(lineStart, match.index).trim() === '' && after.trim() === '', start: match.index, end: closeEnd });
  }
  return { uses, problems };
}

/**
 * The source a component cites, with the words it relies on and whose words they are: a `<Cite>` (its
 * `quote`), a `<Quote>` (its text, and `person`), a `<Figure>` (its `quote`); nothing for the others.
 */
export function citationOf(use: ComponentUse): { source: string; quote: string | undefined; speaker: string | undefined } | undefined {
  if (use.name === 'Quote') return { source: use.attributes['source'] ?? '', quote: use.text, speaker: use.attributes['person'] };
  if (use.name === 'Cite' || use.name === 'Figure') return { source: use.attributes['source'] ?? '', quote: use.attributes['quote'], speaker: undefined };
  return undefined;
}

/** The name that starts with the most of `name`'s letters, three at least ("Citation" → "Cite"). */
function longestSharedStart(name: string, names: readonly string[]): string | undefined {
  const shared = (other: string) => {
    let i = 0;
    while (i < name.length && name[i] === other[i]) i += 1;
    return i;
  };
  const best = [...names].sort((a, b) => shared(b) - shared(a))[0];
  return best !== undefined && shared(best) >= 3 ? best : undefined;
}

/**
 * What MDX reads as code where a writer meant text, found before the build so the check names the line
 * instead of the build failing with a stack trace: a tag that is no story component (`<Citation>` for
 * `<Cite>`), a "<" that starts no tag ("<30 per cent"), and braces, which MDX runs as JavaScript
 * ("## Heading {draft}"). Code spans and blocks are skipped; `{/* a comment *\/}` is MDX's own comment.
 */
export function findMdxPitfalls(body: string, file: string, firstLine = 1): Problem[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  // Escaped characters (\{, \<) are text, as the fixes below suggest writing them.
  const source = blankCode(body).replace(/\\[{}<>]/g, '  ');
  const found: { offset: number; problem: Problem }[] = [];
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length + firstLine - 1;
  const report = (offset: number, message: string, fix: string, field = `line ${lineAt(offset)}`) => found.push({ offset, problem: { file, field, message, fix } });
  const names = Object.keys(STORY_COMPONENTS);
  for (const m of source.matchAll(/<!--/g)) report(m.index, 'has an HTML comment, which MDX cannot read', 'write a comment as {/* … */}.');
  for (const m of source.matchAll(/<[A-Za-z][\w+.-]*:[^\s<>]*>/g)) report(m.index, `has the address ${m[0]}, which MDX cannot read between < and >`, 'write it as a link: [words](address).');
  for (const m of source.matchAll(/<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b(?:"[^"]*"|'[^']*'|[^<>"'/])*>/g)) {
    report(m.index, `has ${m[0]}, which MDX needs closed`, `write ${m[0].slice(0, -1).trimEnd()} /> instead.`);
  }
  // Tags, with their attribute values (quoted, or {…}), and fragments: blanked as they are read, so braces
  // and signs inside them (filters={false}, title="under <30") are not taken for text.
  let text = source.replace(/<!--[\s\S]*?-->|<[A-Za-z][\w+.-]*:[^\s<>]*>/g, blank);
  for (const tag of text.matchAll(/<\/?([A-Za-z][\w.-]*)((?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^<>"'{}])*)>|<\/?>/g)) {
    const name = tag[1];
    if (name !== undefined && /^[A-Z]/.test(name) && !names.includes(name)) {
      const meant = closestName(name, names) ?? longestSharedStart(name, names);
      report(
        tag.index,
        'is not a component this site knows, so the build would fail',
        `${meant ? `write <${meant}> if that is what you meant; ` : ''}the components are ${names.map((n) => `<${n}>`).join(', ')}.`,
        `<${name}> on line ${lineAt(tag.index)}`,
      );
    }
    text = text.slice(0, tag.index) + blank(tag[0]) + text.slice(tag.index + tag[0].length);
  }
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  // "a < b" is read as text; "<30" as the start of a tag.
  for (const bare of text.matchAll(/<(?![\sA-Za-z/!>])/g)) report(bare.index, 'has a "<" that starts no tag, which MDX cannot read', 'write \\< or &lt; for the sign, or the words "less than".');
  for (const code of text.matchAll(/\{[^{}]*\}|[{}]/g)) {
    report(
      code.index,
      `has "${code[0].length > 40 ? `${code[0].slice(0, 40)}…` : code[0]}", which MDX runs as code, so the build would fail`,
      'write \\{ and \\} for the braces themselves, or delete them (a heading\'s link id is made from its words).',
    );
  }
  return found.sort((a, b) => a.offset - b.offset).map((f) => f.problem);
}

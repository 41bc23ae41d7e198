/**
 * Problems found in content, and how they are told to a maintainer: every
 * problem names the file, the field, what is wrong and how to fix it, and all
 * of them are listed at once.
 */
import { formatPartialDate } from '../shared/dates.ts';

/**
 * What `npm run new` writes where a journalist must supply a value: the check refuses any field or
 * paragraph that still starts with it, so a placeholder can never be published.
 */
export const PLACEHOLDER = 'Replace this';

/** A date in a message: the check writes to maintainers in English, whatever the story's language. */
export const messageDate = (text: string): string => formatPartialDate(text, 'en');

export interface Problem {
  /** Path of the file, relative to the content folder: "events/2020-03-02-bridge-vote.yaml". */
  file: string;
  /** The field, as a path into the file: "sources[0].quote"; "(file)" for the whole file. */
  field: string;
  /** What is wrong, as a sentence fragment following the field name. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Formats a field path the way a maintainer reads YAML: `sources[0].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(file)' : out;
}

/** Stable order: by file, then by the order problems were found in it. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : a.index - b.index))
    .map(({ problem }) => problem);
}

/**
 * The report printed by `npm run check` and by a failed build.
 * `root` is the content folder as the maintainer knows it, e.g. "content";
 * `during` says what found the problems, and every caller must say it, so a
 * check (`npm run check`, the dev server) never speaks of a build it did not run.
 */
export function formatProblems(problems: readonly Problem[], root: string, during: 'build' | 'check'): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = [`Content check found ${count} in ${root}/.${during === 'build' ? ' Nothing was built.' : ''}`];
  let currentFile = '';
  for (const problem of sortProblems(problems)) {
    if (problem.file !== currentFile) {
      currentFile = problem.file;
      lines.push('', `${root}/${problem.file}`);
    }
    lines.push(`  ${problem.field}: ${problem.message}`, `    Fix: ${problem.fix}`);
  }
  lines.push('', 'Fix these, then run `npm run check` again (the content guide is content/README.md).');
  return lines.join('\n');
}

/** Thrown by the build when content has problems; the message is the full report. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], root: string) {
    super(formatProblems(problems, root, 'build'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

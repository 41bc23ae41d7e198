/**
 * `npm run lighthouse`: Lighthouse (mobile form factor, its default simulated
 * mobile throttling; categories performance, accessibility, best practices
 * and SEO) on a few pages of a built site served on localhost by the
 * project's static server, with the build's `_headers` (its CSP) as a host
 * that reads them would send them.
 *
 * Each page is measured RUNS times (default 3), each run in a freshly
 * launched Chromium with a fresh profile; the runs are interleaved (every
 * page once, then again) so a busy moment on the shared machine hits all
 * pages alike. Reported per page: the medians of the four scores, total
 * blocking time, cumulative layout shift, largest contentful paint and total
 * transfer size, the min–max of the performance score, and every audit that
 * failed, with the elements or resources concerned.
 *
 * Environment: DIST_DIR (default `dist`), BASE_PATH, PAGES (comma-separated
 * paths; default `/`, the first explainer, `/timeline/`, `/map/`), RUNS,
 * CHROME_PATH (default /usr/bin/chromium), TARGETS=off (report only; never
 * exit 1 for a missed target).
 *
 * Writes `.cache/lighthouse/results.json`, and for each page the Lighthouse
 * report (HTML and JSON) of the run with the median performance score.
 * Exits 1 if a page's medians miss a target (performance ≥ 0.95,
 * accessibility, best practices and SEO = 1, TBT ≤ 200 ms, CLS ≤ 0.02) or a
 * run fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { generateReport } from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumExecutable } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(process.env['DIST_DIR'] || 'dist');
const base = process.env['BASE_PATH'] || '/';
const runs = Math.max(1, Number(process.env['RUNS'] || 3));
const checkTargets = process.env['TARGETS'] !== 'off';
const out = resolve('.cache/lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

const TARGETS = {
  performance: 0.95,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
  tbtMs: 200,
  cls: 0.02,
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to measure: ${root} holds no built site. Run \`npm run build\` first (DIST_DIR names another folder).`);
  process.exit(1);
}

/** The first explainer, alphabetically, or none. */
function firstExplainer(): string | undefined {
  const dir = join(root, 'explainers');
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  return slug && `/explainers/${slug}/`;
}

const pages = process.env['PAGES']
  ? process.env['PAGES'].split(',').map((path) => path.trim()).filter(Boolean)
  : ['/', firstExplainer(), '/timeline/', '/map/'].filter((path): path is string => path !== undefined);
const fileName = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';

/** The headers `_headers` gives every page (its `/*` block), so the page runs under the CSP a host would send. */
function hostHeaders(): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === '/*');
  if (start < 0) return {};
  const headers: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!/^\s/.test(line) || !line.trim()) break;
    const [name, value] = line.trim().split(/:\s(.*)/s);
    if (name && value) headers[name] = value;
  }
  return headers;
}

// ---------- reading a Lighthouse result ----------

interface FailedAudit {
  id: string;
  category: Category;
  title: string;
  score: number | null;
  /** A weighted audit that lowers its category's score, or a performance diagnostic (weight 0). */
  weighted: boolean;
  displayValue?: string;
  explanation?: string;
  /** One line per element or resource, as Lighthouse lists them. */
  items: string[];
}

interface Run {
  scores: Record<Category, number | null>;
  tbtMs: number;
  cls: number;
  lcpMs: number;
  transferBytes: number;
  benchmarkIndex: number;
  seconds: number;
  failed: FailedAudit[];
  warnings: string[];
  lhr: Result;
}

type Detail = Record<string, unknown>;

/** One of Lighthouse's item values (a node, a URL, source location, number, text…) as text. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) || Math.abs(value) >= 100 ? String(Math.round(value)) : String(Number(value.toFixed(3)));
  if (typeof value !== 'object') return String(value);
  const v = value as Detail;
  switch (v['type']) {
    case 'node': {
      const selector = String(v['selector'] ?? v['path'] ?? '');
      const snippet = String(v['snippet'] ?? '');
      return [selector, snippet && snippet !== selector ? snippet : ''].filter(Boolean).join(' ');
    }
    case 'source-location':
      return `${String(v['url'])}:${Number(v['line']) + 1}:${Number(v['column']) + 1}`;
    case 'url':
    case 'code':
    case 'text':
      return String(v['value']);
    case 'numeric':
    case 'ms':
    case 'bytes':
      return valueText(v['value']);
    case 'link':
      return `${String(v['text'])} (${String(v['url'])})`;
    case 'subitems':
      return '';
    default:
      return JSON.stringify(value);
  }
}

/** The elements or resources a failed audit names, one line each. */
function itemLines(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const d = details as Detail;
  if (d['type'] === 'list') return (d['items'] as unknown[]).flatMap(itemLines);
  if (d['type'] === 'list-section') return itemLines(d['value']);
  // The checks of an insight: the ones that failed.
  if (d['type'] === 'checklist') {
    return Object.values(d['items'] as Record<string, { label: string; value: boolean }>).filter((check) => !check.value).map((check) => `failed check: ${check.label}`);
  }
  // A request chain: its longest path.
  if (d['type'] === 'network-tree') {
    const path: string[] = [];
    let level = d['chains'] as Record<string, Detail> | undefined;
    while (level && Object.keys(level).length) {
      const next: Detail = Object.values(level).find((link) => link['isLongest']) ?? Object.values(level)[0]!;
      path.push(`${String(next['url'])} (${Math.round(Number(next['navStartToEndTime']))} ms)`);
      level = next['children'] as Record<string, Detail> | undefined;
    }
    return path.length ? [`longest chain: ${path.join(' → ')}`] : [];
  }
  if (d['type'] === 'debugdata' || !Array.isArray(d['items'])) return [];
  return (d['items'] as Detail[]).map((item) => {
    const node = Object.values(item).find((v): v is Detail => typeof v === 'object' && v !== null && (v as Detail)['type'] === 'node');
    const fields = Object.entries(item)
      .filter(([key, v]) => v !== node && key !== 'subItems' && key !== 'entity' && valueText(v) !== '')
      .map(([key, v]) => `${key}: ${valueText(v)}`);
    const related = ((item['subItems'] as Detail | undefined)?.['items'] as Detail[] | undefined) ?? [];
    const relatedNodes = related.map((sub) => valueText(sub['relatedNode'] ?? sub)).filter(Boolean);
    return [
      node ? valueText(node) : '',
      ...fields,
      node?.['explanation'] ? String(node['explanation']).replace(/\s*\n\s*/g, ' ') : '',
      relatedNodes.length ? `related: ${relatedNodes.join(' | ')}` : '',
    ]
      .filter(Boolean)
      .join(' — ');
  });
}

/** This project's targets for two metrics are stricter than the 0.9 score Lighthouse colours green. */
const STRICTER: Record<string, { limit: number; elements: string }> = {
  'cumulative-layout-shift': { limit: TARGETS.cls, elements: 'layout-shifts' },
  'total-blocking-time': { limit: TARGETS.tbtMs, elements: 'long-tasks' },
};

function failedAudits(lhr: Result): FailedAudit[] {
  const failed: FailedAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const weighted = ref.weight > 0;
      const errored = audit.scoreDisplayMode === 'error';
      // Metrics pass at 0.9, as Lighthouse colours them, or this project's stricter target; any other
      // weighted audit must score 1.
      const stricter = STRICTER[ref.id];
      const passAt = ref.group === 'metrics' ? 0.9 : 1;
      const scored = audit.score !== null && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      const fails = errored || (scored && audit.score! < passAt) || (stricter !== undefined && (audit.numericValue ?? 0) > stricter.limit);
      // Unweighted: only the performance diagnostics and insights, which explain the performance score.
      if (!fails || (!weighted && (category !== 'performance' || ref.group === 'hidden'))) continue;
      // A metric's own details are debug data: name the elements from the audit that lists them.
      const details = stricter ? lhr.audits[stricter.elements]?.details : audit.details;
      failed.push({
        id: ref.id,
        category,
        title: audit.title,
        score: audit.score,
        weighted,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        ...(audit.explanation || audit.errorMessage ? { explanation: audit.explanation || audit.errorMessage } : {}),
        items: itemLines(details),
      });
    }
  }
  return failed;
}

async function measure(url: string): Promise<Run> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'lighthouse-chromium-'));
  const chrome = await launch({
    chromePath: chromiumExecutable(),
    // Only localhost resolves: nothing the page or the browser asks for can leave the machine.
    chromeFlags: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
    userDataDir,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    if (lhr.configSettings.formFactor !== 'mobile') throw new Error(`expected the mobile form factor, got ${lhr.configSettings.formFactor}`);
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`Lighthouse gave no value for ${id}`);
      return value;
    };
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Record<Category, number | null>,
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      lcpMs: numeric('largest-contentful-paint'),
      transferBytes: numeric('total-byte-weight'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      seconds: 0,
      failed: failedAudits(lhr),
      warnings: lhr.runWarnings.map(String),
      lhr,
    };
  } finally {
    chrome.kill();
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

// ---------- statistics and output ----------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const score = (value: number | null) => (value === null ? '–' : String(Math.round(value * 100)));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

// ---------- the runs ----------

// Compressed as every host compresses: Lighthouse measures what a reader downloads.
const server = await serveStatic({ root, base, headers: hostHeaders(), compress: true });
const results = new Map<string, Run[]>(pages.map((path) => [path, []]));
const errors: string[] = [];
const started = performance.now();
console.log(`Lighthouse on ${pages.length} page(s) of ${root} at ${server.url}, ${runs} run(s) each (mobile, simulated throttling)`);
try {
  for (let round = 1; round <= runs; round++) {
    for (const path of pages) {
      const url = server.url + path.replace(/^\//, '');
      const runStarted = performance.now();
      try {
        const run = await measure(url);
        run.seconds = (performance.now() - runStarted) / 1000;
        results.get(path)!.push(run);
        console.log(`  run ${round}/${runs} ${path}: performance ${score(run.scores.performance)}, ${run.seconds.toFixed(1)} s`);
      } catch (error) {
        const message = `${path} (run ${round}): ${error instanceof Error ? error.message : String(error)}`;
        errors.push(message);
        console.error(`  run ${round}/${runs} ${message}`);
      }
    }
  }
} finally {
  await server.close();
}
const totalSeconds = (performance.now() - started) / 1000;

await mkdir(out, { recursive: true });
const summaries = [];
for (const [path, list] of results) {
  if (list.length === 0) {
    summaries.push({ path, runs: 0, error: 'every run failed', pass: false, misses: ['no successful run'] });
    continue;
  }
  const med = (pick: (run: Run) => number | null) => {
    const values = list.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  const performances = list.map((run) => run.scores.performance ?? 0);
  const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, med((run) => run.scores[c])])) as Record<Category, number | null>;
  const medians = {
    scores: medianScores,
    tbtMs: med((run) => run.tbtMs)!,
    cls: med((run) => run.cls)!,
    lcpMs: med((run) => run.lcpMs)!,
    transferBytes: med((run) => run.transferBytes)!,
  };
  const misses: string[] = [];
  if ((medianScores.performance ?? 0) < TARGETS.performance) misses.push(`performance ${score(medianScores.performance)} < ${TARGETS.performance * 100}`);
  for (const c of ['accessibility', 'best-practices', 'seo'] as const) {
    if ((medianScores[c] ?? 0) < TARGETS[c]) misses.push(`${c} ${score(medianScores[c])} < ${TARGETS[c] * 100}`);
  }
  if (medians.tbtMs > TARGETS.tbtMs) misses.push(`TBT ${Math.round(medians.tbtMs)} ms > ${TARGETS.tbtMs} ms`);
  if (medians.cls > TARGETS.cls) misses.push(`CLS ${medians.cls.toFixed(3)} > ${TARGETS.cls}`);

  // Every audit that failed in any run, with the run count and the details of its first failure.
  const audits = new Map<string, FailedAudit & { failedRuns: number }>();
  for (const run of list) {
    for (const audit of run.failed) {
      const seen = audits.get(audit.id);
      if (seen) seen.failedRuns++;
      else audits.set(audit.id, { ...audit, failedRuns: 1 });
    }
  }
  // The run with the median performance score keeps its full report.
  const representative = [...list].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))[Math.floor((list.length - 1) / 2)]!;
  const name = fileName(path);
  await writeFile(join(out, `${name}.report.html`), generateReport(representative.lhr, 'html'));
  await writeFile(join(out, `${name}.report.json`), JSON.stringify(representative.lhr));
  summaries.push({
    path,
    url: representative.lhr.finalDisplayedUrl,
    runs: list.length,
    median: medians,
    performanceRange: [Math.min(...performances), Math.max(...performances)],
    pass: misses.length === 0,
    misses,
    failedAudits: [...audits.values()],
    warnings: [...new Set(list.flatMap((run) => run.warnings))],
    // SEO audits Lighthouse found nothing to check for (no robots.txt, no canonical link, no hreflang…).
    seoNotApplicable: (representative.lhr.categories['seo']?.auditRefs ?? []).filter((ref) => representative.lhr.audits[ref.id]?.scoreDisplayMode === 'notApplicable').map((ref) => ref.id),
    perRun: list.map(({ scores, tbtMs, cls, lcpMs, transferBytes, benchmarkIndex, seconds }) => ({ scores, tbtMs, cls, lcpMs, transferBytes, benchmarkIndex, seconds })),
    report: join(out, `${name}.report.html`),
  });
}

const allRuns = [...results.values()].flat();
const firstLhr = allRuns[0]?.lhr;
await writeFile(
  join(out, 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      dist: root,
      base,
      runsPerPage: runs,
      lighthouse: firstLhr?.lighthouseVersion,
      browser: firstLhr?.environment.hostUserAgent,
      formFactor: firstLhr?.configSettings.formFactor,
      throttling: firstLhr?.configSettings.throttling,
      throttlingMethod: firstLhr?.configSettings.throttlingMethod,
      benchmarkIndexMedian: allRuns.length ? median(allRuns.map((run) => run.benchmarkIndex)) : null,
      targets: TARGETS,
      targetsChecked: checkTargets,
      seconds: totalSeconds,
      secondsPerRun: allRuns.length ? median(allRuns.map((run) => run.seconds)) : null,
      errors,
      pages: summaries,
    },
    null,
    2,
  )}\n`,
);

// ---------- the report ----------

const header = ['page', 'perf (min–max)', 'a11y', 'best pr.', 'seo', 'TBT ms', 'CLS', 'LCP s', 'transfer KB', 'targets'];
const rows = summaries.map((s) =>
  'median' in s && s.median
    ? [
        s.path,
        `${score(s.median.scores.performance)} (${score(s.performanceRange[0]!)}–${score(s.performanceRange[1]!)})`,
        score(s.median.scores.accessibility),
        score(s.median.scores['best-practices']),
        score(s.median.scores.seo),
        String(Math.round(s.median.tbtMs)),
        s.median.cls.toFixed(3),
        (s.median.lcpMs / 1000).toFixed(2),
        (s.median.transferBytes / 1024).toFixed(1),
        s.pass ? 'met' : 'MISSED',
      ]
    : [s.path, '–', '–', '–', '–', '–', '–', '–', '–', 'ERROR'],
);
console.log(`\nMedians of ${runs} run(s) per page (scores ×100):\n`);
console.log(table([header, ...rows]));

for (const s of summaries) {
  const lines: string[] = [];
  if ('misses' in s && s.misses.length) lines.push(`  targets missed: ${s.misses.join('; ')}`);
  if ('failedAudits' in s) {
    for (const audit of s.failedAudits!) {
      // A diagnostic seen in one noisy run is left to results.json; a weighted audit is always shown.
      if (!audit.weighted && audit.failedRuns * 2 <= (s.runs ?? 0)) continue;
      const runsNote = audit.failedRuns < (s.runs ?? 0) ? ` (in ${audit.failedRuns} of ${s.runs} runs)` : '';
      const kind = audit.weighted ? audit.category : 'performance diagnostic';
      lines.push(`  ${audit.id} [${kind}, score ${audit.score ?? 'error'}]${runsNote}: ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
      if (audit.explanation) lines.push(`      ${audit.explanation.replace(/\s*\n\s*/g, ' ')}`);
      for (const item of audit.items.slice(0, 8)) lines.push(`      • ${item.length > 400 ? `${item.slice(0, 400)}…` : item}`);
      if (audit.items.length > 8) lines.push(`      … and ${audit.items.length - 8} more (see results.json)`);
    }
    for (const warning of s.warnings ?? []) lines.push(`  Lighthouse warning: ${warning}`);
  }
  if (lines.length) console.log(`\n${s.path}\n${lines.join('\n')}`);
}
for (const error of errors) console.error(`\nRun failed: ${error}`);
const notApplicable = new Map<string, string[]>();
for (const s of summaries) for (const id of ('seoNotApplicable' in s ? s.seoNotApplicable : []) ?? []) notApplicable.set(id, [...(notApplicable.get(id) ?? []), s.path]);
if (notApplicable.size) {
  const where = (paths: string[]) => (paths.length === summaries.length ? 'every page' : paths.join(', '));
  console.log(`\nSEO audits not applicable (nothing to check): ${[...notApplicable].map(([id, paths]) => `${id} (${where(paths)})`).join('; ')}`);
}

console.log(
  `\n${allRuns.length} run(s) in ${totalSeconds.toFixed(0)} s (median ${allRuns.length ? median(allRuns.map((r) => r.seconds)).toFixed(1) : '–'} s per run, Lighthouse CPU benchmark index ${allRuns.length ? Math.round(median(allRuns.map((r) => r.benchmarkIndex))) : '–'}).`,
);
console.log(`Results: ${join(out, 'results.json')}; full reports: ${join(out, '*.report.html')}`);

const missed = summaries.filter((s) => !s.pass);
if (errors.length) process.exitCode = 1;
if (missed.length) {
  if (checkTargets) {
    console.log(`\nTargets missed on ${missed.length} of ${summaries.length} page(s) (performance ≥ 95, accessibility, best practices and SEO 100, TBT ≤ 200 ms, CLS ≤ 0.02).`);
    process.exitCode = 1;
  } else {
    console.log(`\nTargets missed on ${missed.length} of ${summaries.length} page(s); TARGETS=off, so the exit code ignores them.`);
  }
} else if (!errors.length) {
  console.log('\nEvery page meets the targets.');
}

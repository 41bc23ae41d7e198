/**
 * `npm run bench`: how the build scales. Writes synthetic stories at 1×, 10×
 * and 100× the shipped content (50 / 500 / 5,000 events, 5 / 50 / 500
 * explainers, 30 / 300 / 3,000 places) into `.cache/bench/<n>x/content`,
 * builds each with `scripts/build.ts` from a cold Astro cache, and prints a
 * Markdown table: build time, peak memory, dist/ and Pagefind sizes, the page
 * weight of a typical event page, and where the time went.
 *
 * Peak memory is the build's process tree (build.ts, astro, the Pagefind
 * binary): the largest single process from `/usr/bin/time -v` (the kernel's
 * max RSS) when it is installed, and the tree's summed RSS, polled from
 * /proc every 100 ms. The larger of the two is checked against the target.
 *
 * Targets (2-core machine): 10× in at most 60 s, 100× in at most 2 GB, and
 * build time growing no worse than linearly; each is printed PASS or FAIL,
 * and the exit code is 1 if any fails. `SCALES=1,10` runs a subset. Each
 * build's full log, with elapsed times, is kept in `.cache/bench/<n>x/build.log`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { checkContent } from '../src/content/check.ts';
import { pageWeight } from './lib/page-weight.ts';
import { writeSyntheticStory } from './lib/synthetic-story.ts';

const root = resolve(import.meta.dirname, '..');
const SHIPPED = { events: 50, explainers: 5, places: 30 };
const scales = (process.env['SCALES'] || '1,10,100').split(',').map((s) => Number(s.trim())).filter((n) => n > 0).sort((a, b) => a - b);
const TARGET_10X_SECONDS = 60;
const TARGET_100X_MB = 2048;
const MB = 1024 * 1024;

/** GNU time, if installed and it understands -v (busybox's does not). */
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0 ? '/usr/bin/time' : undefined;

// ---------- process-tree memory, from /proc ----------

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the ppid is the second field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = tree.get(ppid) ?? [];
      list.push(Number(name));
      tree.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return tree;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** What a process of the build is, from its command line. */
function processLabel(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (args.some((a) => a.endsWith('astro.mjs'))) return 'astro build';
    if (args.some((a) => a.endsWith('build.ts'))) return 'scripts/build.ts';
    if (args.some((a) => a.includes('pagefind'))) return 'pagefind';
    return args[0]?.split('/').at(-1) || String(pid);
  } catch {
    return String(pid);
  }
}

/** Polls the tree under `pid`: the peak of its summed RSS, and each process's own peak (VmHWM). */
function watchMemory(pid: number) {
  const peak = { treeKb: 0, samples: 0, byProcess: new Map<string, number>() };
  const labels = new Map<number, string>();
  const sample = () => {
    const tree = children();
    const pids: number[] = [];
    const walk = (p: number) => {
      pids.push(p);
      for (const child of tree.get(p) ?? []) walk(child);
    };
    walk(pid);
    let sum = 0;
    for (const p of pids) {
      sum += statusKb(p, 'VmRSS');
      if (!labels.has(p)) labels.set(p, processLabel(p));
      const label = labels.get(p)!;
      peak.byProcess.set(label, Math.max(peak.byProcess.get(label) ?? 0, statusKb(p, 'VmHWM')));
    }
    peak.treeKb = Math.max(peak.treeKb, sum);
    peak.samples++;
  };
  const timer = setInterval(sample, 100);
  sample();
  return { peak, stop: () => clearInterval(timer) };
}

// ---------- sizes ----------

function bytesUnder(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/** The event page of median HTML size, as `timeline/<id>/index.html`. */
function typicalEventPage(dist: string): string {
  const pages = readdirSync(join(dist, 'timeline'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `timeline/${entry.name}/index.html`)
    .filter((file) => existsSync(join(dist, file)))
    .map((file) => ({ file, size: statSync(join(dist, file)).size }))
    .sort((a, b) => a.size - b.size || a.file.localeCompare(b.file));
  const middle = pages[Math.floor(pages.length / 2)];
  if (!middle) throw new Error(`no event pages in ${dist}/timeline`);
  return middle.file;
}

// ---------- one scale ----------

// Each pattern marks the start of a step in the build's log; a step runs until the next one seen.
// Astro logs its start-up in one burst, so everything before the bundle is one step.
const FIRST_STEP = 'start: content check ×2, Astro config, content sync, types';
const STEPS: { name: string; pattern: RegExp }[] = [
  { name: 'Vite bundle', pattern: /Building static entrypoints/ },
  { name: 'render pages', pattern: /generating static routes/ },
  { name: 'sitemap', pattern: /\[build\] ✓ Completed in/ },
  // The search-index integration runs the content check again, then Pagefind.
  { name: 'content check, Pagefind index', pattern: /\[@astrojs\/sitemap\]/ },
  { name: 'finish, swap dist/', pattern: /\[search-index\] indexed/ },
];

interface Result {
  scale: number;
  events: number;
  explainers: number;
  places: number;
  ok: boolean;
  seconds: number;
  checkSeconds: number;
  treeMb: number;
  processMb: number | undefined;
  /** Each process's own peak, polled: which one dominates. */
  byProcessMb: [string, number][];
  pages: number;
  distMb: number;
  pagefindMb: number;
  eventPage?: { file: string; kb: number; html: number; css: number; js: number };
  timelineKb?: number;
  steps: { name: string; seconds: number }[];
  /** Astro's render time per kind of page, from its "├─ /path/ (+12ms)" lines. */
  routes: Map<string, { pages: number; ms: number }>;
  /** 1-minute load average when the build ended: above ~2 on 2 cores, something else was running. */
  load: number;
}

/** "/timeline/<id>/index.html" → "/timeline/<id>/"; other pages keep their own path. */
function routeKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.at(-1) === 'index.html') parts.pop();
  if (parts.length >= 2 && ['timeline', 'explainers', 'sources'].includes(parts[0]!)) return `/${parts[0]}/<id>/`;
  if (parts[0] === 'data') return '/data/*';
  const last = parts.at(-1);
  return `/${parts.join('/')}${last && !last.includes('.') ? '/' : ''}`;
}

async function run(scale: number): Promise<Result> {
  const events = SHIPPED.events * scale;
  const explainers = SHIPPED.explainers * scale;
  const places = SHIPPED.places * scale;
  const here = join(root, '.cache', 'bench', `${scale}x`);
  const content = join(here, 'content');
  const dist = join(here, 'dist');
  const astroCache = join(here, 'astro');
  const logFile = join(here, 'build.log');

  console.log(`\n${scale}×: writing ${events} events, ${explainers} explainers, ${places} places into ${content}`);
  await writeSyntheticStory(content, { events, explainers, places });
  // One content check in this process, timed: every build runs it three times
  // (scripts/build.ts, the content-check integration, the search-index integration).
  const checkStart = performance.now();
  const { problems } = await checkContent(content);
  const checkSeconds = (performance.now() - checkStart) / 1000;
  if (problems.length > 0) throw new Error(`the synthetic story fails the content check:\n${problems.slice(0, 5).map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n')}`);

  // A cold build every time: no Astro cache, no previous dist/.
  await rm(astroCache, { recursive: true, force: true });
  await rm(dist, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: astroCache, SITE_URL: 'https://example.org', FORCE_COLOR: '0' };
  delete env['BASE_PATH'];
  delete env['OUT_DIR'];
  const timeFile = join(here, 'time-v.txt');
  await rm(timeFile, { force: true });
  const build = [process.execPath, join(root, 'scripts', 'build.ts')];
  const [command, ...args] = gnuTime ? [gnuTime, '-v', '-o', timeFile, ...build] : build;

  console.log(`${scale}×: building (log: ${logFile})`);
  const start = performance.now();
  const child = spawn(command!, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = watchMemory(child.pid!);
  const log = createWriteStream(logFile);
  const marks: { name: string; at: number }[] = [];
  const routes = new Map<string, { pages: number; ms: number }>();
  const onLine = (text: string) => {
    const line = stripVTControlCharacters(text);
    const at = (performance.now() - start) / 1000;
    log.write(`[+${at.toFixed(2)}s] ${line}\n`);
    const route = /[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (route) {
      const kind = routeKind(route[1]!);
      const entry = routes.get(kind) ?? { pages: 0, ms: 0 };
      entry.pages++;
      entry.ms += Number(route[2]) * (route[3] === 's' ? 1000 : 1);
      routes.set(kind, entry);
    }
    // Steps come in order: only the next one's pattern is looked for.
    const step = STEPS[marks.length];
    if (step?.pattern.test(line)) marks.push({ name: step.name, at });
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  const seconds = (performance.now() - start) / 1000;
  memory.stop();
  await new Promise((done) => log.end(done));

  let processMb: number | undefined;
  if (gnuTime && existsSync(timeFile)) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1];
    if (kb) processMb = Number(kb) / 1024;
  }
  const steps = [{ name: FIRST_STEP, seconds: marks[0]?.at ?? seconds }];
  marks.forEach((mark, i) => steps.push({ name: mark.name, seconds: (marks[i + 1]?.at ?? seconds) - mark.at }));

  const result: Result = {
    scale, events, explainers, places, ok: status === 0, seconds, checkSeconds,
    treeMb: memory.peak.treeKb / 1024, processMb,
    byProcessMb: [...memory.peak.byProcess].filter(([, kb]) => kb > 10 * 1024).map(([label, kb]) => [label, kb / 1024]),
    pages: 0, distMb: 0, pagefindMb: 0, steps, routes, load: loadavg()[0] ?? 0,
  };
  if (status !== 0) {
    console.log(`${scale}×: the build FAILED (exit ${status}) after ${seconds.toFixed(1)} s; see ${logFile}`);
    return result;
  }
  result.distMb = bytesUnder(dist) / MB;
  result.pagefindMb = bytesUnder(join(dist, 'pagefind')) / MB;
  result.pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const file = typicalEventPage(dist);
  const weight = pageWeight(dist, file, '/');
  result.eventPage = { file, kb: weight.total / 1024, html: weight.html, css: weight.css, js: weight.js };
  result.timelineKb = pageWeight(dist, 'timeline/index.html', '/').total / 1024;
  console.log(`${scale}×: built ${result.pages} pages in ${seconds.toFixed(1)} s`);
  return result;
}

// ---------- report ----------

const results: Result[] = [];
for (const scale of scales) results.push(await run(scale));

const fmt = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const peakMb = (r: Result) => Math.max(r.treeMb, r.processMb ?? 0);

console.log(`\nMachine: ${availableParallelism()} cores, Node ${process.version}; peak memory by ${gnuTime ? '/usr/bin/time -v (largest process) and ' : ''}/proc polling every 100 ms (process tree); load average after each build: ${results.map((r) => `${r.scale}× ${fmt(r.load, 2)}`).join(', ')}.\n`);
console.log('| scale | events | explainers | places | pages | build (s) | peak memory, tree (MB) | largest process (MB) | dist/ (MB) | dist/pagefind (MB) | event page, gzip HTML+CSS+JS (KB) | /timeline/, gzip (KB) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const page = r.eventPage ? `${fmt(r.eventPage.kb)} (${r.eventPage.html} + ${r.eventPage.css} + ${r.eventPage.js} B)` : '–';
  console.log(`| ${r.scale}× | ${r.events} | ${r.explainers} | ${r.places} | ${r.ok ? r.pages : 'FAILED'} | ${fmt(r.seconds)} | ${fmt(r.treeMb, 0)} | ${fmt(r.processMb, 0)} | ${fmt(r.distMb)} | ${fmt(r.pagefindMb)} | ${page} | ${fmt(r.timelineKb)} |`);
}

console.log('\nPeak memory of each process of the build (VmHWM, MB):\n');
for (const r of results) console.log(`- ${r.scale}×: ${r.byProcessMb.map(([label, mb]) => `${label} ${fmt(mb, 0)}`).join(', ')}`);

console.log('\nWhere the time went (s), from the build log\'s timing; "content check, once" is one run of checkContent, timed in this process (a build runs it three times: twice in the first step, once before Pagefind):\n');
const stepNames = [FIRST_STEP, ...STEPS.map((s) => s.name)];
console.log(`| step | ${results.map((r) => `${r.scale}×`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---:').join(' | ')} |`);
console.log(`| content check, once | ${results.map((r) => fmt(r.checkSeconds, 2)).join(' | ')} |`);
for (const name of stepNames) {
  console.log(`| ${name} | ${results.map((r) => fmt(r.steps.filter((s) => s.name === name).reduce((sum, s) => sum + s.seconds, 0), 2)).join(' | ')} |`);
}

// Render time by kind of page: a per-page time that grows with the story means
// each page does work proportional to the whole story, and the build is quadratic.
const kinds = [...new Set(results.flatMap((r) => [...r.routes.keys()]))]
  .map((kind) => ({ kind, ms: Math.max(...results.map((r) => r.routes.get(kind)?.ms ?? 0)) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 8);
console.log('\nAstro render time by kind of page (pages × ms per page = total s), the slowest kinds:\n');
console.log(`| page | ${results.map((r) => `${r.scale}×`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---:').join(' | ')} |`);
for (const { kind } of kinds) {
  const cells = results.map((r) => {
    const entry = r.routes.get(kind);
    return entry ? `${entry.pages} × ${fmt(entry.ms / entry.pages)} ms = ${fmt(entry.ms / 1000, 2)} s` : '–';
  });
  console.log(`| ${kind} | ${cells.join(' | ')} |`);
}

console.log('\nTargets:');
let failed = results.some((r) => !r.ok);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const ten = results.find((r) => r.scale === 10);
if (ten) {
  const ok = ten.ok && ten.seconds <= TARGET_10X_SECONDS;
  failed ||= !ok;
  console.log(`- ${verdict(ok)}: 10× builds in at most ${TARGET_10X_SECONDS} s (${fmt(ten.seconds)} s)`);
}
const hundred = results.find((r) => r.scale === 100);
if (hundred) {
  const ok = hundred.ok && peakMb(hundred) <= TARGET_100X_MB;
  failed ||= !ok;
  console.log(`- ${verdict(ok)}: 100× peaks at no more than ${TARGET_100X_MB} MB (${fmt(peakMb(hundred), 0)} MB)`);
}
const built = results.filter((r) => r.ok);
for (let i = 1; i < built.length; i++) {
  const a = built[i - 1]!;
  const b = built[i]!;
  const growth = b.seconds / a.seconds;
  const ok = growth <= b.scale / a.scale;
  failed ||= !ok;
  console.log(`- ${verdict(ok)}: ${a.scale}× → ${b.scale}× content, build time × ${fmt(growth, 2)} (linear would be × ${b.scale / a.scale})`);
}
// Fixed start-up costs hide a growing per-item cost in the ratio above; the cost of each
// added 1× of content between successive scales shows it. Allow 25% for noise.
for (let i = 2; i < built.length; i++) {
  const [a, b, c] = [built[i - 2]!, built[i - 1]!, built[i]!];
  const before = (b.seconds - a.seconds) / (b.scale - a.scale);
  const after = (c.seconds - b.seconds) / (c.scale - b.scale);
  const ok = after <= before * 1.25;
  failed ||= !ok;
  console.log(`- ${verdict(ok)}: cost of each added 1× of content: ${fmt(before, 2)} s between ${a.scale}× and ${b.scale}×, ${fmt(after, 2)} s between ${b.scale}× and ${c.scale}× (at most +25%)`);
}
if (failed) process.exitCode = 1;

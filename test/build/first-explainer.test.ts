/**
 * docs/first-explainer.md, followed as written. Its shell blocks run in
 * order, from a copy of the project, each `npm run <script>` as the script
 * package.json names, with the environment the page sets; each file it shows
 * (a fenced block with `file=<path>`) is written over the one its
 * `npm run new` command made; the output it shows (`output`) is compared with
 * what the command before it printed; and the one build it makes must give
 * the explainer's page. So the page cannot drift from the code: a command
 * that fails or that this test does not know, a file no command made, or
 * content the check refuses fails here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { PLACEHOLDER } from '../../src/content/problems.ts';
import { htmlFiles, read } from '../support/dist.ts';
import { projectCopy, ROOT } from '../support/sites.ts';
import { tempDir } from '../support/temp-dirs.ts';

const DOC = 'docs/first-explainer.md';
const doc = readFileSync(join(ROOT, DOC), 'utf8');
const packageScripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** Scripts the page starts but this test does not run: servers that run until stopped. */
const SERVERS = ['dev', 'preview'];

interface Block {
  lang: string;
  meta: string;
  text: string;
}

/** The page's fenced code blocks, in order. */
const blocks = (markdown: string): Block[] =>
  [...markdown.matchAll(/^```(\S*)[ \t]*([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({ lang: m[1] ?? '', meta: m[2] ?? '', text: m[3] ?? '' }));

interface Ran {
  line: string;
  script: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

interface Written {
  /** Relative to the story folder, as the page names it. */
  file: string;
  /** Whether the file was there to fill in (made by `npm run new`). */
  existed: boolean;
  /** Whether it still held placeholders when the page's version replaced it. */
  placeholders: boolean;
}

interface Walkthrough {
  project: string;
  env: Record<string, string>;
  ran: Ran[];
  serversNotRun: string[];
  written: Written[];
  outputs: { expected: string; actual: string }[];
}

/** Every variable a command could inherit from the shell running the tests, which the page sets itself. */
const OWN_VARIABLES = ['CONTENT_DIR', 'SITE_URL', 'BASE_PATH', 'DIST_DIR', 'OUT_DIR', 'ASTRO_ROOT', 'ASTRO_CACHE_DIR', 'BUILD_LOG'];

/** Splits `A=1 B=2 command args` into its variables and its words; the page keeps to plain words. */
function words(line: string): { vars: Record<string, string>; argv: string[] } {
  if (/["'`$\\|&;<>(){}*?]/.test(line)) throw new Error(`${DOC}: "${line}" needs a shell to run; keep the page's commands to plain words`);
  const argv = line.trim().split(/\s+/);
  const vars: Record<string, string> = {};
  while (argv.length > 0 && /^[A-Z_]+=/.test(argv[0]!)) {
    const [name, ...value] = argv.shift()!.split('=');
    vars[name!] = value.join('=');
  }
  return { vars, argv };
}

/** Follows the page in `project`, a copy of this one. */
async function follow(project: string, cache: string): Promise<Walkthrough> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OWN_VARIABLES.includes(name)));
  const walk: Walkthrough = { project, env: {}, ran: [], serversNotRun: [], written: [], outputs: [] };
  const inside = (path: string) => {
    const at = resolve(project, path);
    if (relative(project, at).startsWith('..')) throw new Error(`${DOC}: ${path} is outside the project`);
    return at;
  };

  for (const block of blocks(doc)) {
    if (block.lang === 'sh') {
      for (const line of block.text.split('\n').filter((l) => l.trim() !== '')) {
        const { vars, argv } = words(line);
        const [command, ...args] = argv;
        if (command === 'export') {
          Object.assign(walk.env, words(args.join(' ')).vars);
        } else if (command === 'rm') {
          for (const path of args.filter((a) => !a.startsWith('-'))) await rm(inside(path), { recursive: args.includes('-r') });
        } else if (command === 'npm' && args[0] === 'run' && args[1] !== undefined) {
          const script = args[1];
          if (SERVERS.includes(script)) {
            walk.serversNotRun.push(line);
            continue;
          }
          const file = /^node (scripts\/[\w-]+\.ts)$/.exec(packageScripts[script] ?? '')?.[1];
          if (file === undefined) throw new Error(`${DOC}: "${line}" runs npm run ${script}, which this test cannot follow (package.json: "${packageScripts[script]}")`);
          const rest = args.slice(2);
          const result = spawnSync(process.execPath, [join(ROOT, file), ...(rest[0] === '--' ? rest.slice(1) : rest)], {
            cwd: project,
            encoding: 'utf8',
            // The build runs from this copy of the project, with a cache of its own.
            env: { ...inherited, ...walk.env, ...vars, ASTRO_ROOT: project, ASTRO_CACHE_DIR: cache, FORCE_COLOR: '0', NO_COLOR: '1' },
          });
          walk.ran.push({ line, script, status: result.status, stdout: result.stdout, stderr: result.stderr });
        } else {
          throw new Error(`${DOC}: "${line}" is a command this test does not know how to follow`);
        }
      }
    } else if (block.meta.startsWith('file=')) {
      const file = block.meta.slice('file='.length);
      const path = inside(join(walk.env['CONTENT_DIR'] ?? 'content', file));
      const existed = existsSync(path);
      walk.written.push({ file, existed, placeholders: existed && readFileSync(path, 'utf8').includes(PLACEHOLDER) });
      if (existed) await writeFile(path, block.text);
    } else if (block.meta === 'output') {
      const timing = (text: string) => text.trim().replace(/\(\d+ ms\)/g, '(… ms)');
      walk.outputs.push({ expected: timing(block.text), actual: timing(walk.ran.at(-1)?.stdout ?? '') });
    }
  }
  return walk;
}

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** GitHub's id for a heading: lower case, punctuation dropped, spaces as hyphens. */
const headingId = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

let walk: Walkthrough;
let story: string;

beforeAll(async () => {
  const dir = await tempDir('first-explainer');
  walk = await follow(await projectCopy(join(dir, 'project')), join(dir, 'cache'));
  story = join(walk.project, walk.env['CONTENT_DIR'] ?? 'content');
}, 180_000);

describe('the first-explainer walkthrough, followed as written', () => {
  test('every command it shows runs and succeeds, and only the servers are left out', () => {
    const failed = walk.ran.filter((r) => r.status !== 0).map((r) => `${r.line}\n${r.stdout}${r.stderr}`);
    expect(failed).toEqual([]);
    expect(new Set(walk.ran.map((r) => r.script))).toEqual(new Set(['new', 'check', 'build']));
    expect(walk.serversNotRun.length).toBeGreaterThan(0);
    expect(walk.env['CONTENT_DIR']).toBe('stories/harwick');
  });

  test('each file it shows fills in one that npm run new made, and after it the story holds only those files', async () => {
    expect(walk.written.filter((w) => !w.existed).map((w) => w.file)).toEqual([]);
    expect(walk.written.filter((w) => w.file !== 'site.yaml' && !w.placeholders).map((w) => w.file)).toEqual([]);
    expect(await filesUnder(story)).toEqual(walk.written.map((w) => w.file).sort());
    expect(new Set(walk.written.map((w) => w.file.split('/')[0]))).toEqual(new Set(['site.yaml', 'sources', 'places', 'events', 'explainers']));
  });

  test('the check passes and prints what the walkthrough shows', async () => {
    expect(walk.outputs.length).toBeGreaterThan(0);
    for (const { expected, actual } of walk.outputs) expect(actual).toBe(expected);
    const { problems } = await checkContent(story);
    expect(problems).toEqual([]);
  });

  test('one source is stored in full and one as an excerpt', () => {
    const stored = (kind: string) => walk.written.filter((w) => w.file.startsWith('sources/') && read(story, w.file).includes(`\nstored: ${kind}\n`));
    expect(stored('full')).toHaveLength(1);
    expect(stored('excerpt')).toHaveLength(1);
  });

  test('the build gives the explainer a page with its quote, its citations, the timeline and the map', () => {
    const builds = walk.ran.filter((r) => r.script === 'build');
    expect(builds).toHaveLength(1);
    const dist = join(walk.project, 'dist');
    expect(htmlFiles(dist)).toContain('explainers/why-harwick-is-short-of-water/index.html');
    const page = read(dist, 'explainers/why-harwick-is-short-of-water/index.html');
    expect(page).toContain('<h1');
    expect(page).toContain('Why Harwick is short of water');
    expect(page).toMatch(/<blockquote[^>]*><p>“A ban is never welcome, but it is the surest way to keep the taps running through the summer”<\/p><\/blockquote>/);
    expect(page).toContain('href="/sources/harwick-gazette-2024-07-02-reservoir-third-full/#q-');
    expect(page).toContain('<figure class="timeline"');
    expect(page).toContain('data-map');
    expect(read(dist, 'index.html')).toContain("Harwick’s dry summer");
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  test('every link and every file of the repository it names exists', () => {
    const missing: string[] = [];
    for (const [, target] of doc.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split('#');
      const file = resolve(ROOT, dirname(DOC), path!);
      if (!existsSync(file)) missing.push(target!);
      else if (anchor && !readFileSync(file, 'utf8').split('\n').some((line) => /^#+ /.test(line) && headingId(line.replace(/^#+ /, '')) === anchor)) missing.push(target!);
    }
    for (const [, path] of doc.matchAll(/`((?:\.github|deploy|docs|scripts|src|test|content)\/[\w./-]+|[\w-]+\.(?:toml|json|mjs))`/g)) {
      if (!existsSync(join(ROOT, path!))) missing.push(path!);
    }
    expect(missing).toEqual([]);
  });
});

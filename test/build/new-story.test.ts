/**
 * `npm run new -- story <folder>`: a whole sample story in a new folder, which
 * passes the check and builds into a site straight away, and a folder that
 * already holds something is refused with a message saying what to do.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { PLACEHOLDER } from '../../src/content/problems.ts';
import { parseNewArgs, ScaffoldError } from '../../src/content/scaffold.ts';
import { scaffoldStory, storyFolderTaken } from '../../src/content/scaffold-story.ts';
import { htmlFiles, read } from '../support/dist.ts';
import { buildSite, projectCopy, ROOT } from '../support/sites.ts';
import { tempDir } from '../support/temp-dirs.ts';

/** Runs `npm run new` as a maintainer would, from the project. */
const runNew = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'new.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

describe('npm run new -- story', () => {
  test('writes a sample story into a new folder that passes the check and builds into a whole site at once', { timeout: 120_000 }, async () => {
    const folder = join(await tempDir('new-story'), 'stories', 'my-story');
    const run = runNew('story', folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`CONTENT_DIR=${folder} npm run check`);
    expect(run.stdout).toContain(`CONTENT_DIR=${folder} npm run dev`);
    expect(run.stdout).toContain('npm run build');
    expect(run.stdout).toContain('content/README.md');

    expect(await filesUnder(folder)).toEqual([
      'events/2024-05-roof-repairs-finished.yaml',
      'events/2024-06-01-library-reopens.yaml',
      'explainers/the-library-reopens.mdx',
      'places/sample-town.yaml',
      'site.yaml',
      'sources/sample-town-herald-2024-06-03-library-reopens.md',
    ]);
    const { problems, story } = await checkContent(folder);
    expect(problems).toEqual([]);
    expect(story!.site.categories).toHaveLength(1);
    expect(story!.events.flatMap((e) => e.data.sources.map((s) => s.source))).toEqual([
      'sample-town-herald-2024-06-03-library-reopens',
      'sample-town-herald-2024-06-03-library-reopens',
    ]);
    expect(story!.events.filter((e) => e.data.sources.some((s) => s.quote))).toHaveLength(2);
    const mdx = read(folder, 'explainers/the-library-reopens.mdx');
    for (const component of ['<Quote ', '<Timeline ', '<Map ']) expect(mdx).toContain(component);

    const dist = join(folder, '..', '..', 'dist');
    const built = await buildSite({ content: folder, base: '/' }, dist, join(dist, '..', 'cache'), await projectCopy(join(dist, '..', 'project')));
    expect(built.output).not.toContain('[ERROR]');
    expect(built.status).toBe(0);
    expect(htmlFiles(dist)).toEqual([
      '404.html',
      'about/index.html',
      'explainers/index.html',
      'explainers/the-library-reopens/index.html',
      'index.html',
      'map/index.html',
      'search/index.html',
      'sources/index.html',
      'sources/sample-town-herald-2024-06-03-library-reopens/index.html',
      'timeline/2024-05-roof-repairs-finished/index.html',
      'timeline/2024-06-01-library-reopens/index.html',
      'timeline/index.html',
    ]);
    const explainer = read(dist, 'explainers/the-library-reopens/index.html');
    expect(explainer).toContain('<figure class="timeline"');
    expect(explainer).toContain('data-map');
    expect(explainer).toMatch(/<blockquote[^>]*><p>“We have missed our readers, and the readers have missed their library”<\/p><\/blockquote>/);
    expect(read(dist, 'index.html')).toContain('Sample story: the town library reopens');
  });

  test('every file of the sample explains its fields and holds no placeholder; the same day gives the same files', () => {
    const files = scaffoldStory('2025-01-15');
    expect(files).toEqual(scaffoldStory('2025-01-15'));
    for (const { path, text } of files) {
      expect(text, path).toMatch(/^(?:---\n)?# Part of the sample story made by `npm run new -- story`/);
      const values = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));
      expect(values.filter((line) => line.includes(PLACEHOLDER)), path).toEqual([]);
      expect(text.split('\n').every((line) => !line.trimStart().startsWith('#') || line.length <= 80), `${path}: comments fit in 80 columns`).toBe(true);
    }
    expect(files.find((f) => f.path === 'site.yaml')?.text).toMatch(/^map:\n {2}# Optional: what the site's map shows/m);
  });

  test('an empty folder that exists is used', async () => {
    const folder = await tempDir('empty-story');
    const run = runNew('story', folder);
    expect(run.status).toBe(0);
    expect(await filesUnder(folder)).toContain('site.yaml');
  });

  test('a folder that exists and is not empty is refused, naming the fix, and nothing is written', async () => {
    expect(storyFolderTaken('stories/my-story').message).toMatchInlineSnapshot(`"stories/my-story already exists and is not empty, and a new story needs a folder of its own. Choose a new folder, e.g. npm run new -- story stories/my-story-2, or empty this one first. Nothing was written."`);
    const folder = await tempDir('taken-story');
    await mkdir(join(folder, 'events'));
    await writeFile(join(folder, 'notes.txt'), 'mine');
    const run = runNew('story', folder);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(storyFolderTaken(folder).message);
    expect(run.stdout).toBe('');
    expect(await filesUnder(folder)).toEqual(['notes.txt']);
  });

  test('the story command takes exactly one folder', () => {
    let message = '';
    try {
      parseNewArgs(['story']);
    } catch (error) {
      if (error instanceof ScaffoldError) message = error.message.split('\n')[0]!;
    }
    expect(message).toMatchInlineSnapshot(`"Say which new folder the story goes in, and nothing else, e.g. npm run new -- story stories/my-story."`);
    expect(parseNewArgs(['story', 'stories/my-story'])).toEqual({ kind: 'story', id: 'stories/my-story' });
  });
});

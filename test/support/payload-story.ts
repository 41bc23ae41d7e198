/**
 * The fixture story with an attack in every free-text field. Each field's
 * text (and each optional text field left out) gets a <script>, an onerror
 * handler and a javascript: link that name the field; every web address
 * carries one in its query; every stored source text ends with one, which
 * every quote then quotes. A build must show all of it as text.
 *
 * Fields are found from the schemas themselves, so a text field added later
 * is attacked too without touching this file.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'astro/zod';
import { KINDS } from '../../src/content/registry.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { splitFrontmatter } from '../../src/content/read.ts';
import { FIXTURE_STORY } from './story-fixture.ts';

/** What every field gets; `field` says where it came from, e.g. "events/2020-05-storm.yaml:summary". */
export const attack = (field: string) => `<script>alert("${field}")</script><img src=x onerror="alert('${field}')"><a href="javascript:alert('${field}')">${field}</a>`;

/** What every quote quotes: it ends every stored source text. */
export const QUOTED_ATTACK = attack('quoted');

type Schema = z.ZodType;
const at = (path: string, key: string) => (path.endsWith(':') ? `${path}${key}` : `${path}.${key}`);
const def = (schema: Schema) => (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
/** Text a reader sees, and web addresses: marked in src/schemas/common.ts, a mark every field made from them keeps. */
const isText = (schema: Schema) => z.globalRegistry.get(schema)?.['freeText'] === true;
const isUrl = (schema: Schema) => z.globalRegistry.get(schema)?.['webAddress'] === true;

/**
 * Optional text fields the check allows only alongside another value, so they are filled in only there:
 * who claims something, only on a claim.
 */
const ALLOWED_ONLY_WHEN: Record<string, (record: Record<string, unknown>) => boolean> = {
  claimedBy: (record) => record['standing'] === 'claimed',
};

/** Rewrites `value` (data checked by `schema`), recording each attacked field in `fields`. */
function inject(schema: Schema, value: unknown, path: string, fields: string[], parent: Record<string, unknown> = {}): unknown {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'default') {
    const inner = d['innerType'] as Schema;
    const key = path.split(/[.:]/).at(-1) ?? '';
    const allowed = ALLOWED_ONLY_WHEN[key]?.(parent) ?? true;
    // An optional text field left out is filled in, so every field is attacked.
    if (value === undefined && isText(inner) && allowed) return inject(inner, '', path, fields);
    return value === undefined ? value : inject(inner, value, path, fields);
  }
  if (isText(schema)) {
    fields.push(path);
    return path.endsWith('.quote') ? QUOTED_ATTACK : `${String(value)} ${attack(path)}`;
  }
  if (isUrl(schema)) return `${String(value)}?x="><script>alert('${path}')</script>&y=javascript:alert(1)`;
  if (d.type === 'object' && value && typeof value === 'object') {
    const shape = d['shape'] as Record<string, Schema>;
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(shape)
        .map(([key, field]) => [key, inject(field, record[key], at(path, key), fields, record)])
        .filter(([, v]) => v !== undefined),
    );
  }
  if (d.type === 'array' && Array.isArray(value)) return value.map((item, i) => inject(d['element'] as Schema, item, `${path}[${i}]`, fields));
  // What cannot hold free text: ids, codes, enums, numbers, dates (a preprocessing pipe), flags, boxes and shapes.
  if (['string', 'number', 'boolean', 'enum', 'literal', 'pipe', 'object', 'array', 'tuple', 'union'].includes(d.type)) return value;
  throw new Error(`payload story: a schema of type "${d.type}" at ${path} is new here; teach inject() to reach the text inside it.`);
}

/** Writes the attacked story into `dir`; returns the attacked fields, as "file:path". */
export async function writePayloadStory(dir: string): Promise<string[]> {
  await cp(FIXTURE_STORY, dir, { recursive: true });
  const fields: string[] = [];
  const site = parse(await readFile(join(dir, 'site.yaml'), 'utf8'));
  await writeFile(join(dir, 'site.yaml'), stringify(inject(siteSchema, site, 'site.yaml:', fields)));
  for (const [folder, { schema }] of Object.entries(KINDS)) {
    for (const name of (await readdir(join(dir, folder)).catch(() => [])).sort()) {
      const file = join(dir, folder, name);
      const source = await readFile(file, 'utf8');
      const parts = splitFrontmatter(source);
      const data = parse(parts ? parts.frontmatter : source);
      const attacked = stringify(inject(schema as Schema, data, `${folder}/${name}:`, fields));
      if (!parts) await writeFile(file, attacked);
      else {
        // Stored source texts end with the attack every quote quotes; explainer bodies are code (MDX), not data.
        const body = folder === 'sources' ? `${parts.body.trimEnd()}\n\n${attack(`${folder}/${name}:text`)}\n\n${QUOTED_ATTACK}\n` : parts.body;
        if (folder === 'sources') fields.push(`${folder}/${name}:text`);
        await writeFile(file, `---\n${attacked}---\n${body}`);
      }
    }
  }
  return fields;
}

/**
 * The story's reference entries: systems and glossary terms (their ranges
 * and definitions cite a source that is not a copy; a term never repeats a
 * system under the same name) and people (every post sourced, its dates in
 * order).
 */
import type { CheckContext } from './context.ts';

const key = (name: string) => name.trim().toLowerCase();

export function checkSystems(ctx: CheckContext): void {
  for (const { file, data } of ctx.story.systems) {
    ctx.citations(file, 'sources', data.sources);
    ctx.primary(file, 'sources', data.sources, 'the description');
    data.variants.forEach((variant, i) => {
      ctx.cite(file, `variants[${i}].source`, variant.source);
      ctx.primary(file, `variants[${i}].source`, [variant.source], `the range of ${variant.name}`);
    });
  }
}

export function checkGlossary(ctx: CheckContext): void {
  const systemNames = new Map<string, string>();
  for (const { id, data } of ctx.story.systems) for (const name of [data.name, ...data.aliases]) systemNames.set(key(name), id);
  for (const { file, data } of ctx.story.glossary) {
    ctx.citations(file, 'sources', data.sources);
    ctx.primary(file, 'sources', data.sources, 'the definition');
    const clash = [data.term, ...data.aliases].find((name) => systemNames.has(key(name)));
    if (clash !== undefined) {
      const system = systemNames.get(key(clash))!;
      ctx.report(
        file,
        'term',
        `"${clash}" is also system "${system}", so the glossary would list it twice with two definitions`,
        `delete this term and let <Term id="${system}"> link to the system (a <Term> may name a system), or give the term a name that is not the system's.`,
      );
    }
  }
}

export function checkPeople(ctx: CheckContext): void {
  for (const { file, data } of ctx.story.people) {
    data.roles.forEach((role, i) => {
      ctx.citations(file, `roles[${i}].sources`, role.sources);
      if (role.from !== undefined && role.to !== undefined) ctx.ordered(file, `roles[${i}].to`, role.from, role.to, 'from');
    });
  }
}

/**
 * Turns schema validation issues into maintainer-facing problems. Zod's own
 * wording ("Invalid input: expected string, received undefined") is replaced
 * by what to write instead, because that wording has changed between
 * releases and is not written for journalists.
 */
import { closestName } from '../shared/closest-name.ts';
import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problems.ts';

type Issue = z.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** The keys a strict object at `path` accepts, to suggest the right spelling. */
function knownKeys(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  const unwrap = (type: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let current = type;
    for (let guard = 0; current && guard < 10; guard++) {
      const def = current._zod.def as unknown as Record<string, z.core.$ZodType | undefined> & { type: string };
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def['innerType'];
      else if (def.type === 'pipe') current = def['out']?._zod.def.type === 'transform' ? def['in'] : def['out'];
      else break;
    }
    return current;
  };
  for (const key of path) {
    node = unwrap(node);
    const def = node?._zod.def as unknown as { type: string; element?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> };
    if (typeof key === 'number') node = def?.element;
    else node = def?.shape?.[String(key)];
  }
  const def = unwrap(node)?._zod.def as unknown as { shape?: Record<string, unknown> } | undefined;
  return Object.keys(def?.shape ?? {});
}

function toProblems(issue: Issue, file: string, schema: z.core.$ZodType): Problem[] {
  const field = fieldPath(issue.path);
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return [{ file, field, message: 'is missing', fix: `add "${String(last ?? field)}:" with ${expected}.` }];
      }
      return [{ file, field, message: `must be ${expected}, not ${describe(issue.input)}`, fix: `write ${expected} here.` }];
    }
    case 'unrecognized_keys': {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...issue.path, key]),
        message: 'is not a field this kind of entry has',
        fix: `${closestName(key, known) ? `write "${closestName(key, known)}" if that is what you meant, or remove it; ` : 'remove it or correct its spelling; '}the fields are: ${known.join(', ')}.`,
      }));
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (issue.input === undefined) return [{ file, field, message: 'is missing', fix: `add "${String(last ?? field)}:" with one of: ${options}.` }];
      return [{ file, field, message: `${describe(issue.input)} is not one of the allowed values`, fix: `use one of: ${options}.` }];
    }
    case 'too_small':
      if (issue.origin === 'array') {
        const entries = Number(issue.minimum) === 1 ? 'one entry' : `${String(issue.minimum)} entries`;
        return [{ file, field, message: issue.message, fix: `add at least ${entries} to the list.` }];
      }
      return [{ file, field, message: issue.message, fix: issue.origin === 'number' ? 'write a number inside that range.' : 'correct the value as described.' }];
    case 'too_big':
      return [{ file, field, message: issue.message, fix: issue.origin === 'number' ? 'write a number inside that range.' : issue.origin === 'array' ? 'shorten the list.' : 'correct the value as described.' }];
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix ?? 'correct the value as described.';
      return [{ file, field, message: issue.message, fix }];
    }
    default:
      return [{ file, field, message: issue.message, fix: 'correct the value as described.' }];
  }
}

/** Validates `data` against `schema`; returns the parsed value or the problems. */
export function validate<T extends z.core.$ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { ok: true; value: z.core.output<T> } | { ok: false; problems: Problem[] } {
  // reportInput lets a message quote the wrong value instead of calling it missing.
  const result = (schema as unknown as z.ZodType).safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as z.core.output<T> };
  return { ok: false, problems: result.error.issues.flatMap((issue) => toProblems(issue, file, schema)) };
}

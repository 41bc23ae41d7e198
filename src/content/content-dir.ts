/**
 * Which content folder to build. A new story is a new folder, chosen with the
 * CONTENT_DIR environment variable (default `content`), never a code change.
 */
import { isAbsolute, relative, resolve } from 'node:path';

export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): { path: string; label: string } {
  const given = env['CONTENT_DIR'] || 'content';
  const path = resolve(cwd, given);
  const label = isAbsolute(given) ? relative(cwd, path) || '.' : given.replace(/\/+$/, '');
  return { path, label };
}

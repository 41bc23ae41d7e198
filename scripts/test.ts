/**
 * `npm test`: every test, fastest feedback first. The unit tests run on
 * their own and report within seconds; then the component renders and the
 * site tests (which build the test sites first). Exits non-zero if any part
 * fails; extra arguments go to both Vitest runs (e.g. `-t "search"`).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const extra = process.argv.slice(2);
const run = (projects: string[]) =>
  spawnSync(process.execPath, [vitest, 'run', ...projects.flatMap((p) => ['--project', p]), ...(extra.length > 0 ? ['--passWithNoTests', ...extra] : [])], { stdio: 'inherit' }).status ?? 1;

const unit = run(['unit']);
const rest = run(['render', 'site']);
process.exit(unit || rest);

/**
 * `npm run preview` (and the last step of `npm start`, after a quiet build
 * that prints only "Built N pages in S s into dist/" and any warning):
 * serves `dist/` under BASE_PATH on localhost, as a static host would, and
 * prints the URL on one line.
 * PORT picks the port (default 4321).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(process.env['DIST_DIR'] || 'dist');
if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}
const server = await serveStatic({ root, base: process.env['BASE_PATH'] || '/', port: Number(process.env['PORT'] || 4321), host: '127.0.0.1', compress: true });
console.log(`Serving ${relative(process.cwd(), root) || root}/ at ${server.url} · Ctrl+C to stop`);

/**
 * `npm run preview` (and the last step of `npm start`): serves `dist/` under
 * BASE_PATH on localhost, as a static host would, and prints the URL.
 * PORT picks the port (default 4321).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(process.env['DIST_DIR'] || 'dist');
if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}
const server = await serveStatic({ root, base: process.env['BASE_PATH'] || '/', port: Number(process.env['PORT'] || 4321), host: '127.0.0.1' });
console.log(`Serving ${root} at ${server.url}\nPress Ctrl+C to stop.`);

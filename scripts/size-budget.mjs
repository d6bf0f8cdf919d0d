// Budget for the JavaScript the first screen loads: the entry chunk plus every
// chunk it imports statically (modulepreload), gzipped. Lazy screens are excluded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 130 * 1024;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]);
const files = [...new Set([...scripts, ...preloads])];
if (files.length === 0) {
  console.error('size budget: no entry script found in dist/index.html — was the app built?');
  process.exit(1);
}

let total = 0;
for (const file of files) {
  const bytes = gzipSync(readFileSync(join(dist, file.replace(/^\//, '')))).length;
  total += bytes;
  console.log(`  ${file}: ${(bytes / 1024).toFixed(1)} kB gzip`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `Initial JS: ${(total / 1024).toFixed(1)} kB gzip (budget ${(BUDGET_BYTES / 1024).toFixed(0)} kB) — ${verdict} budget`,
);
if (total > BUDGET_BYTES) process.exit(1);

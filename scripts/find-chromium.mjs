import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a usable Chromium lives: CHROME_PATH, /usr/bin/chromium, or `chromium` on PATH. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'chromium')),
  ].filter(Boolean);
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

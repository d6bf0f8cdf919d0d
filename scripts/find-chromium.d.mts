/** Where a usable Chromium lives: CHROME_PATH, /usr/bin/chromium, or `chromium` on PATH. */
export function findChromium(): string | undefined;

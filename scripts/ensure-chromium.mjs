// Makes sure the end-to-end tests have a Chromium to drive. On a fresh Debian
// machine running as root it installs Debian's package; elsewhere it says how.
import { execFileSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package for the end-to-end tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
    found = findChromium();
  }
}
if (!found) {
  console.error(
    'The end-to-end tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-liberation`)\n' +
      'or point CHROME_PATH at a Chromium or Chrome binary, then run `npm run test:e2e` again.',
  );
  process.exit(1);
}
console.log(`End-to-end tests will use ${found}`);

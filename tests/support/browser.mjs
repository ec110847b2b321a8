// Shared by the end-to-end tests and the benchmark: the static server for
// dist/ (static.mjs) and Debian's Chromium driven by playwright-core.

import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(repo, '.ci', 'package.json'));
const { chromium } = require('playwright-core');

export { serveDir } from './static.mjs';

/** Chromium as the machine provides it, headless, with no background traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

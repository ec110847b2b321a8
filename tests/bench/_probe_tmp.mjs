import path from 'node:path';
import { repo, serveDir, launchChromium } from '../support/browser.mjs';
const dist = path.resolve(process.env.KOLCALC_DIST ?? path.join(repo, 'dist'));
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const PROBE = `
(() => {
  window.__marks = [];
  const m = (n) => window.__marks.push([n, performance.now()]);
  const is = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...a) => { m('instStream start'); const r = await is(...a); m('instStream end'); return r; };
  const i = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...a) => { m('inst start'); const r = await i(...a); m('inst end'); return r; };
  addEventListener('kolcalc:mounted', () => m('mounted'));
  const fr = CanvasRenderingContext2D.prototype.fillRect;
  let firstDraw = true;
  CanvasRenderingContext2D.prototype.fillRect = function (...a) { if (firstDraw) { firstDraw = false; m('first fillRect'); setTimeout(() => m('after draw task')); } return fr.apply(this, a); };
  addEventListener('DOMContentLoaded', () => m('DCL'));
  new MutationObserver(() => { if (document.documentElement.hasAttribute('data-ready') && !window.__r) { window.__r = 1; m('ready'); } }).observe(document, { subtree: true, attributes: true });
})();`;
const server = await serveDir(dist, () => {}, { encodings: ['gzip'] });
const browser = await launchChromium();
const page_ = process.argv[2] ?? 'budget-mix';
for (let k = 0; k < 2; k++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${server.origin}/${page_}/`, { waitUntil: 'commit' });
  await page.waitForSelector('html[data-ready]', { timeout: 60000 });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => ({
    marks: window.__marks.map(([n, t]) => `${n} ${t.toFixed(0)}`),
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime.toFixed(0),
    nav: (({ responseStart, responseEnd, domInteractive }) => ({ responseStart, responseEnd, domInteractive }))(performance.getEntriesByType('navigation')[0]),
    res: performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop().slice(0, 40)} start ${e.startTime.toFixed(0)} resp ${e.responseStart.toFixed(0)} end ${e.responseEnd.toFixed(0)} size ${e.encodedBodySize}`),
  }));
  console.log(JSON.stringify(r, null, 1));
  await context.close();
}
await browser.close(); await server.close();

#!/usr/bin/env node
// End-to-end tests of embedding in real Chromium: a hub's page on another
// origin (tests/e2e/fixtures/embed-host.html) embeds three calculators, one
// sandboxed without same-origin, with the optional host script. Each frame
// shows the calculator alone and its height follows its content; forged
// height messages are ignored; without the script a frame keeps its height;
// the Embed button's snippet works when pasted into a page.
//
//   node tests/e2e/embed.mjs           (KOLCALC_DIST=… to serve another dist/)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from '../support/browser.mjs';
import {
  check, expect, expectEqual, until, base, newContext, open, ready, watch, runScenarios, SCREENS,
  dist, outDir,
} from '../support/e2e.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Serves `html` (with {{APP}} replaced) as the index of another origin. */
async function hostPage(html) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kolcalc-host-'));
  fs.writeFileSync(path.join(dir, 'index.html'), html.replaceAll('{{APP}}', base));
  return serveDir(dir);
}

/** The frame's own height, and the height of the calculator inside it. */
async function heights(page, id) {
  const frameHeight = await page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
  const frame = page.frameLocator(`#${id}`);
  const content = await frame.locator('.embedded').evaluate((e) => e.getBoundingClientRect().height);
  return { frameHeight, content };
}

// Chromium pauses rendering, and so resize observers, in cross-origin
// frames out of view: a frame reports its height once it is scrolled to.
async function fits(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  return until(async () => {
    const { frameHeight, content } = await heights(page, id);
    return Math.abs(frameHeight - Math.ceil(content)) <= 1 ? { frameHeight, content } : null;
  }, `frame #${id} fits its content`, 5000);
}

async function embeddedHost(browser) {
  const host = await hostPage(fs.readFileSync(path.join(here, 'fixtures', 'embed-host.html'), 'utf8'));
  // The hub's page is on another origin: it is not one of the app's pages,
  // so its context is not watched for foreign requests; the frames are.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  watch(page, 'hub page');
  try {
    await page.goto(host.url);
    for (const id of ['engagement', 'budget-mix', 'sandboxed']) {
      await check(`#${id}: the frame shows the calculator alone and fits its height`, async () => {
        const frame = page.frameLocator(`#${id}`);
        await frame.locator('html[data-ready] main.calculator').waitFor({ timeout: 30_000 });
        expectEqual(await frame.locator('.site-header').count(), 0, 'site header in the frame');
        expectEqual(await frame.locator('.skip-link, .settings').count(), 0, 'header parts in the frame');
        const open = frame.locator('.embed-bar a');
        expectEqual(await open.getAttribute('target'), '_blank', 'opens in a new tab');
        const href = await open.getAttribute('href');
        expect(!href.includes('embed='), `full link keeps embed: ${href}`);
        expect(href.includes(`/${id === 'sandboxed' ? 'timeline' : id}/`), href);
        const { frameHeight } = await fits(page, id);
        expect(frameHeight > 600, `the frame grew from 600 px to ${frameHeight}`);
      });
    }

    await check('adding note rows grows the engagement frame by as much', async () => {
      const frame = page.frameLocator('#engagement');
      const before = (await fits(page, 'engagement')).frameHeight;
      for (let i = 0; i < 3; i += 1) await frame.getByRole('button', { name: 'Add note' }).click();
      const after = await until(async () => {
        const { frameHeight, content } = await heights(page, 'engagement');
        return frameHeight > before + 60 && Math.abs(frameHeight - Math.ceil(content)) <= 1 ? frameHeight : null;
      }, 'the frame grows with its rows', 5000);
      expect(after > before, `${before} → ${after}`);
    });

    await check('the embedded page keeps embed=1 and the link\'s language and currency as the user types', async () => {
      const frame = page.frames().find((f) => f.url().includes('/budget-mix/#'));
      await frame.locator('#mix-budget').fill('300000');
      const url = await until(async () => (frame.url().includes('b=300000') ? frame.url() : null), 'address follows');
      expect(url.includes('embed=1') && url.includes('lang=zh') && url.includes('cur=EUR'), url);
      expectEqual(await frame.locator('html').getAttribute('lang'), 'zh-CN', 'page language');
    });

    await check('the sandboxed frame (no same-origin, so no storage) works and is usable at 320 px', async () => {
      const frame = page.frames().find((f) => f.url().includes('/timeline/#'));
      await frame.locator('html[data-ready] output[name="last_live_likely"]').waitFor();
      const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow <= 0, `scrolls sideways by ${overflow} px`);
      const storage = await frame.evaluate(() => {
        try { return String(window.localStorage.length); } catch (error) { return error.name; }
      });
      expectEqual(storage, 'SecurityError', 'storage in the sandbox');
      await frame.locator('#tl-rounds').fill('3');
      await until(async () => (await frame.locator('output[name="last_live_likely"]').getAttribute('data-value')) !== null, 'results');
    });

    await check('a height message from anywhere but a frame\'s own page is ignored', async () => {
      const before = await page.locator('#engagement').evaluate((f) => f.style.height);
      await page.evaluate(() => window.postMessage({ type: 'kolcalc:height', height: 55 }, '*'));
      // A frame of the hub's own origin, not one of the calculators, tries too.
      await page.evaluate(() => {
        const spy = document.createElement('iframe');
        spy.id = 'spy';
        spy.srcdoc = '<script>parent.postMessage({ type: "kolcalc:height", height: 44 }, "*")<\/script>';
        document.body.append(spy);
      });
      await page.waitForTimeout(300);
      expectEqual(await page.locator('#engagement').evaluate((f) => f.style.height), before, 'engagement frame height');
      const spyHeight = await page.locator('#spy').evaluate((f) => f.getBoundingClientRect().height);
      expect(Math.abs(spyHeight - 44) > 1, 'the spy frame sized itself');
    });

    await page.locator('#engagement').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(outDir, 'embed-host.png') });
  } finally {
    await context.close();
    await host.close();
  }
}

async function snippetAndFixedHeight(browser) {
  const context = await newContext(browser, SCREENS[1]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const app = await open(context, '#/timeline?lang=en&s=2026-03-02', 'timeline');
  await ready(app);
  let snippet = '';
  await check('the Embed button shows a snippet with the scenario, a title, lazy loading and the script', async () => {
    await app.getByRole('button', { name: 'Embed', exact: true }).click();
    snippet = await app.locator('#embed-snippet').inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
    expect(src && src.startsWith(`${base}/timeline/#`) && src.includes('s=2026-03-02') && src.endsWith('&embed=1'), snippet);
    expect(/ title="Campaign timeline · kolcalc"/.test(snippet), snippet);
    expect(snippet.includes('loading="lazy"') && snippet.includes('height="1400"'), snippet);
    expect(snippet.includes(`<script src="${base}/embed.js" async></script>`), snippet);
    await app.getByRole('button', { name: 'Copy code' }).click();
    await app.getByText('Code copied.').waitFor({ timeout: 2000 });
    expectEqual(await app.evaluate(() => navigator.clipboard.readText()), snippet, 'clipboard');
  });
  await context.close();

  for (const [name, withScript] of [['pasted snippet', true], ['snippet without the script', false]]) {
    const html = withScript ? snippet : snippet.replace(/\n<script[^>]*><\/script>/, '');
    const host = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hub</title><link rel="icon" href="data:,"></head><body>${html}</body></html>`);
    const hub = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await hub.newPage();
    watch(page, name);
    try {
      await page.goto(host.url);
      await check(`${name}: the calculator works inside the frame ${withScript ? 'and the frame fits it' : 'at its fixed height'}`, async () => {
        const frame = page.frameLocator('iframe');
        await frame.locator('html[data-ready] output[name="last_live_likely"]').waitFor({ timeout: 8000 });
        const value = await frame.locator('output[name="start"]').getAttribute('data-value');
        expectEqual(value, '2026-03-02', 'the scenario came along');
        const box = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
        if (withScript) {
          await until(async () => {
            const content = await frame.locator('.embedded').evaluate((e) => e.getBoundingClientRect().height);
            return Math.abs((await box()) - Math.ceil(content)) <= 1 || null;
          }, 'fits', 5000);
        } else {
          await page.waitForTimeout(500);
          expectEqual(await box(), 1400, 'fixed height');
        }
      });
    } finally {
      await hub.close();
      await host.close();
    }
  }
}

await runScenarios({ dist, outDir }, [embeddedHost, snippetAndFixedHeight]);

#!/usr/bin/env node
// Answer first, in real Chromium on a 390 × 844 phone, for every calculator
// in the order the site's navigation lists them (so a new calculator is
// checked as soon as it is in the navigation):
// - the answer ([data-answer]) is on the first screen when the page opens,
//   and again when a scenario link the page wrote is opened;
// - it stays on screen while a field far down the form is edited;
// - a field made invalid marks the results out of date
//   (data-state="stale") and names that field as a link that moves to it;
//   fixing the field clears the state and the answer is current again.
//
//   node tests/e2e/answer.mjs          (KOLCALC_DIST=… to serve another dist/)

import {
  check, expect, expectEqual, until, newContext, open, ready, typeInto, runScenarios, dist, outDir, base, hashQuery, watch, settledAddress,
} from '../support/e2e.mjs';

const PHONE = { width: 390, height: 844 };

/** Where the answer sits on the screen, or null when there is none. */
async function answerBox(page) {
  return page.evaluate(() => {
    const answer = document.querySelector('[data-answer]');
    if (!answer) return null;
    const r = answer.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight, text: answer.textContent.trim() };
  });
}

async function onFirstScreen(page, what) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await until(async () => answerBox(page), `${what}: an answer`, 10_000).catch(async (error) => {
    // What the page shows instead, for the report.
    const state = await page.evaluate(() => ({
      url: location.href,
      html: [...document.documentElement.attributes].map((a) => a.name).join(' '),
      text: document.body.innerText.slice(0, 300),
    })).catch((unread) => `unreadable (${unread.message})`);
    throw new Error(`${error.message}; the page: ${JSON.stringify(state)}`);
  });
  expect(box.text.length > 20, `${what}: the answer says something (${JSON.stringify(box.text)})`);
  expect(box.top >= 0 && box.bottom <= box.height, `${what}: answer at ${box.top}–${box.bottom}px, screen ${box.height}px`);
}

/** The routes of the calculators, in navigation order. */
async function calculators(browser) {
  const context = await newContext(browser, { viewport: PHONE });
  const home = await open(context, '#/?lang=en', 'home');
  await ready(home);
  // Pages at their paths (`./engagement/`), opened here by their published
  // links (`#/engagement`), which move to those paths.
  const routes = await home.$$eval('.site-header nav a', (links) =>
    links.map((a) => a.getAttribute('href').match(/^\.\/([a-z-]+)\/(#.*)?$/)?.[1])
      .filter((slug) => slug && slug !== 'compare').map((slug) => `#/${slug}`),
  );
  await context.close();
  return [...new Set(routes)];
}

async function answers(browser) {
  const routes = await calculators(browser);
  await check('the navigation lists the four calculators or more', async () => {
    expect(routes.length >= 4, `routes: ${routes.join(' ')}`);
  });
  for (const lang of ['en', 'zh']) {
    for (const route of routes) {
      const context = await newContext(browser, { viewport: PHONE });
      const page = await open(context, `${route}?lang=${lang}`, `${route} ${lang}`);
      await ready(page);
      const name = `${route} (${lang}, 390 px)`;

      await check(`${name}: the answer is on the first screen`, async () => {
        await onFirstScreen(page, name);
      });

      const fields = page.locator('main .columns input[type="text"]');
      const first = fields.first();
      const id = await first.getAttribute('id');
      const typed = await first.inputValue();
      const results = page.locator('main section.results');

      await check(`${name}: the answer stays on screen while the last field is edited`, async () => {
        const last = fields.last();
        await last.scrollIntoViewIfNeeded();
        await last.focus();
        const box = await answerBox(page);
        expect(box && box.top >= 0 && box.bottom <= box.height, `answer at ${box?.top}–${box?.bottom}px`);
      });

      await check(`${name}: an invalid #${id} marks the results out of date and names the field`, async () => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await typeInto(first, 'abc');
        await until(async () => ((await results.getAttribute('data-state')) === 'stale' ? true : null), 'stale results');
        const link = page.locator(`.answer-bar .stale-notice a[data-field="${id}"]`);
        await link.waitFor({ timeout: 3000 });
        const label = await page.evaluate((fieldId) => {
          const field = document.getElementById(fieldId);
          const labelled = document.querySelector(`label[for="${fieldId}"]`);
          return (labelled?.textContent ?? field.getAttribute('aria-label') ?? '').trim();
        }, id);
        expectEqual((await link.textContent()).trim(), label, 'the field named');
        await link.click();
        await until(async () => ((await page.evaluate(() => document.activeElement?.id)) === id ? true : null), 'the link moves to the field');
      });

      await check(`${name}: fixing #${id} clears the out-of-date state`, async () => {
        await typeInto(first, typed);
        await until(async () => ((await results.getAttribute('data-state')) === null ? true : null), 'current results');
        expectEqual(await page.locator('.answer-bar .stale-notice').count(), 0, 'stale notices');
      });

      await check(`${name}: opened from a scenario link, the answer is on the first screen`, async () => {
        const link = await settledAddress(page);
        expectEqual(hashQuery(link).get('v'), '1', `the page wrote its scenario into the address: ${link}`);
        const other = await context.newPage();
        watch(other, `${name} from its link`);
        await other.goto(link);
        await ready(other);
        await onFirstScreen(other, `${name} from its link`);
        expectEqual(await other.locator('main section.results').getAttribute('data-state'), null, 'results state');
        await other.close();
      });
      await context.close();
    }
  }
  expect(base, 'served');
}

await runScenarios({ dist, outDir }, [answers]);

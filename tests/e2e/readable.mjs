#!/usr/bin/env node
// Results a person can read, in real Chromium:
// - on a 390 px phone, no calculator's page and no comparison scrolls
//   sideways, in English or Chinese, and every row of a results table laid
//   out as cards (the pay-model table, the per-tier tables, the waves, the
//   comparison) fits the screen, each value beside its column's name;
// - money is written one way: no amount on a results page with one decimal
//   (¥3,272.4), and no fractional count without "about";
// - the quote shows the currency it is typed in and reads `€2k`, `1.2万`,
//   while the other currency's sign gets a message under the field, in
//   both languages;
// - at 1280 px, choosing a currency with a rate keeps the header's settings
//   one line tall (the rate's source beside its box); in English the header
//   keeps its height.
//
//   node tests/e2e/readable.mjs          (KOLCALC_DIST=… to serve another dist/)

import {
  check, expect, expectEqual, until, newContext, open, ready, typeInto, runScenarios, dist, outDir, dataValue,
} from '../support/e2e.mjs';

const PHONE = { width: 390, height: 844 };
const ROUTES = ['#/engagement', '#/budget-mix', '#/compensation', '#/timeline?s=2026-09-22', '#/shortlist'];
const COMPARE = '#/compare?calc=compensation&n1=A&s1=v%3D1%26q%3D12000%26margin%3D60&n2=B&s2=v%3D1%26q%3D8000%26margin%3D55';

/** How far the page scrolls sideways, and the card rows wider than the screen. */
async function layout(page) {
  return page.evaluate(() => ({
    sideways: document.documentElement.scrollWidth - innerWidth,
    wideRows: [...document.querySelectorAll('table.stack tbody tr')]
      .filter((tr) => tr.getBoundingClientRect().right > innerWidth + 0.5 || tr.scrollWidth > tr.clientWidth + 1)
      .map((tr) => tr.textContent.trim().slice(0, 40)),
    rows: document.querySelectorAll('table.stack tbody tr').length,
    unlabelled: [...document.querySelectorAll('table.stack tbody td')]
      .filter((td) => td.textContent.trim() !== '' && !td.dataset.label).length,
  }));
}

async function phones(browser) {
  for (const lang of ['en', 'zh']) {
    for (const route of [...ROUTES, COMPARE]) {
      const context = await newContext(browser, { viewport: PHONE });
      const page = await open(context, `${route}${route.includes('?') ? '&' : '?'}lang=${lang}&cur=EUR`, `${route} ${lang}`);
      await ready(page);
      const name = `${route.split('?')[0]} (${lang}, EUR, 390 px)`;
      await check(`${name}: no sideways scrolling, every card row fits and names its columns`, async () => {
        const found = await until(async () => {
          const l = await layout(page);
          return route.startsWith('#/engagement') || route.startsWith('#/shortlist') || l.rows > 0 ? l : null;
        }, `${name}: the page drawn`);
        expect(found.sideways <= 0, `scrolls sideways by ${found.sideways}px`);
        expect(found.wideRows.length === 0, `rows wider than the screen: ${found.wideRows.join(' | ')}`);
        expectEqual(found.unlabelled, 0, 'cells without a column name');
      });
      if (!route.startsWith('#/compare')) {
        await check(`${name}: no amount with one decimal, no bare fractional count`, async () => {
          const texts = await page.$$eval('main output', (os) => os.map((o) => o.textContent));
          expect(texts.length > 0, 'outputs shown');
          const oneDecimal = texts.filter((t) => /[¥€]−?[\d,]*\.\d(?!\d)(?![万亿])/.test(t));
          expect(oneDecimal.length === 0, `amounts with one decimal: ${oneDecimal.slice(0, 3).join(' | ')}`);
          const volumes = texts.filter((t) => /^\d[\d,]*\.\d+ (units sold|clicks|engagements)$/.test(t) || /^\d+\.\d+ (件|次点击|次互动)$/.test(t));
          expect(volumes.length === 0, `fractional volumes without "about": ${volumes.slice(0, 3).join(' | ')}`);
        });
      }
      await context.close();
    }
  }
}

async function quotes(browser) {
  for (const lang of ['en', 'zh']) {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await open(context, `#/compensation?lang=${lang}&cur=EUR&rate=8`, `quote ${lang}`);
    await ready(page);
    const quote = page.locator('#quote');
    const unit = page.locator('#quote + .unit');
    const error = page.locator('#quote-error');
    const results = page.locator('main section.results');
    await check(`quote (${lang}): in yuan it shows ¥ and reads ¥1.2万`, async () => {
      expectEqual((await unit.textContent()).trim(), '¥', 'unit');
      await typeInto(quote, '¥1.2万');
      await until(async () => ((await dataValue(page, 'cheapest_total')) !== '' && (await error.count()) === 0 ? true : null), 'results for ¥1.2万');
      expectEqual(await results.getAttribute('data-state'), null, 'results state');
    });
    await check(`quote (${lang}): €2k in a yuan quote says to choose EUR, under the field`, async () => {
      await typeInto(quote, '€2k');
      await until(async () => ((await results.getAttribute('data-state')) === 'stale' ? true : null), 'stale results');
      const text = (await error.textContent()).trim();
      expect(text.includes('EUR') && text.includes('CNY'), `message: ${text}`);
      expect(text.includes(lang === 'en' ? 'Quote typed in' : '报价币种'), `names the choice: ${text}`);
    });
    await check(`quote (${lang}): typed in EUR it shows € and €2k is ¥16,000 at 8`, async () => {
      await page.selectOption('#quote-unit', 'cur');
      await until(async () => ((await unit.textContent()).trim() === '€' ? true : null), 'the unit becomes €');
      await until(async () => ((await results.getAttribute('data-state')) === null ? true : null), 'current results');
      expectEqual(await quote.inputValue(), '€2k', 'what was typed stays');
      const shown = (await page.locator('#quote-display').textContent()).trim();
      expect(shown.includes(lang === 'en' ? '¥16,000' : '¥1.6万') && shown.includes('€2,000'), `flat fee shown: ${shown}`);
      expect(page.url().includes('q=%E2%82%AC2k') || page.url().includes('q=€2k'), `the link keeps what was typed: ${page.url()}`);
    });
    await check(`quote (${lang}): ¥ in a EUR quote is refused with a message, and fixed`, async () => {
      await typeInto(quote, '¥12,000');
      await until(async () => ((await error.count()) === 1 ? true : null), 'a message');
      const text = (await error.textContent()).trim();
      expect(text.includes('CNY') && text.includes('EUR'), `message: ${text}`);
      await typeInto(quote, '2000');
      await until(async () => ((await error.count()) === 0 ? true : null), 'the message goes');
    });
    await check(`price (${lang}): a yuan field reads 元 and refuses US$`, async () => {
      const price = page.locator('#price');
      await typeInto(price, '300元');
      await until(async () => ((await page.locator('#price-error').count()) === 0 ? true : null), 'no message for 300元');
      await typeInto(price, 'US$40');
      await until(async () => ((await page.locator('#price-error').count()) === 1 ? true : null), 'a message for US$40');
      const text = (await page.locator('#price-error').textContent()).trim();
      expect(text.includes('USD') && text.includes('CNY'), `message: ${text}`);
      await typeInto(price, '300');
    });
    await context.close();
  }
}

async function desktopHeader(browser) {
  for (const lang of ['en', 'zh']) {
    await check(`header (${lang}, 1280 px): a currency with a rate keeps the settings one line tall`, async () => {
      const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
      const heights = [];
      for (const cur of ['CNY', 'EUR']) {
        const page = await open(context, `#/compensation?lang=${lang}&cur=${cur}`, `header ${cur}`);
        await ready(page);
        expectEqual(await page.locator('#rate').count(), cur === 'CNY' ? 0 : 1, 'rate box');
        heights.push(await page.locator('.site-header').evaluate((h) => [h, h.querySelector('.settings')]
          .map((e) => e.getBoundingClientRect().height)));
        await page.close();
      }
      const [[headerCny, settingsCny], [headerEur, settingsEur]] = heights;
      expect(Math.abs(settingsEur - settingsCny) <= 4, `settings ${settingsCny} px with CNY, ${settingsEur} px with EUR`);
      // Chinese names are short enough for one row with CNY; the rate box
      // then moves the settings under the navigation.
      if (lang === 'en') expect(Math.abs(headerEur - headerCny) <= 4, `header ${headerCny} px with CNY, ${headerEur} px with EUR`);
      await context.close();
    });
  }
}

await runScenarios({ dist, outDir, watchdogMs: 170_000 }, [phones, quotes, desktopHeader]);

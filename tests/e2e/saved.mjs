#!/usr/bin/env node
// End-to-end tests of saved scenarios and their comparison in real
// Chromium: save, reload, open, rename, duplicate, delete; storage that is
// blocked or full (already full as the page opens, then freed); the warning
// before leaving unsaved edits; comparing two or three scenarios in a table
// that is itself a link; no save lost: ids never collide, and what this
// version cannot read (damaged, newer, beyond the 200 shown) is kept.
//
//   node tests/e2e/saved.mjs           (KOLCALC_DIST=… to serve another dist/)

import {
  check, expect, expectEqual, until, base, newContext, open, ready, dataValue, outputBecomes,
  typeInto, runScenarios, dist, outDir,
} from '../support/e2e.mjs';

const names = (page) => page.locator('.saved-name').allInnerTexts();

async function save(page, name) {
  await typeInto(page.locator('#saved-name'), name);
  await page.getByRole('button', { name: 'Save this scenario' }).click();
  await page.getByText(`Saved “${name}`).waitFor({ timeout: 3000 });
}

async function savedScenarios(browser) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await open(context, '#/budget-mix?lang=en&b=200000', 'saved');
  await ready(page);
  await page.locator('output[name="opt_status"]').waitFor();

  await check('two scenarios are saved under their names and survive a reload', async () => {
    await save(page, 'Base <b>plan</b>');
    await typeInto(page.locator('#mix-budget'), '400000');
    await outputBecomes(page, 'creator_budget', '280000');
    await until(async () => (page.url().includes('b=400000') ? true : null), 'address follows');
    await save(page, 'Bigger budget');
    await page.reload();
    await page.locator('.saved-name').first().waitFor();
    expectEqual(JSON.stringify(await names(page)), JSON.stringify(['Base <b>plan</b>', 'Bigger budget']), 'saved names');
    expectEqual(await page.locator('.saved-name b').count(), 0, 'a name is text, not markup');
  });

  await check('opening a saved scenario restores it; a name saved twice gets a number', async () => {
    await page.getByRole('link', { name: 'Base <b>plan</b>' }).click();
    await outputBecomes(page, 'creator_budget', '140000');
    await save(page, 'Bigger budget');
    expect((await names(page)).includes('Bigger budget (2)'), (await names(page)).join('|'));
  });

  await check('rename, duplicate and delete', async () => {
    await page.getByRole('button', { name: 'Rename “Bigger budget (2)”' }).click();
    const box = page.locator('.saved-rename input');
    await box.fill('Launch');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('link', { name: 'Launch', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Duplicate “Launch”' }).click();
    await page.getByRole('link', { name: 'Launch (2)', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Delete “Launch (2)”' }).click();
    await until(async () => ((await names(page)).includes('Launch (2)') ? null : true), 'deleted');
    const stored = await page.evaluate(() => localStorage.getItem('kolcalc.saved'));
    expect(stored.startsWith('kolcalc-saved 1\n') && stored.split('\n').length === 4, stored);
  });

  await check('leaving with unsaved edits to an opened scenario asks first', async () => {
    await page.getByRole('link', { name: 'Launch', exact: true }).click();
    await outputBecomes(page, 'creator_budget', '140000');
    await typeInto(page.locator('#mix-budget'), '250000');
    await until(async () => (page.url().includes('b=250000') ? true : null), 'address follows');
    let asked = false;
    page.once('dialog', async (dialog) => {
      asked = dialog.type() === 'beforeunload';
      await dialog.dismiss();
    });
    await page.evaluate(() => { location.href = 'about:blank'; }).catch(() => {});
    await until(async () => (asked ? true : null), 'the browser asks', 3000);
    expect(page.url().includes('/budget-mix/#'), `left the page: ${page.url()}`);
    await page.locator('#saved-update').click();
    await page.getByText('Saved “Launch”').waitFor();
  });

  let compareUrl = '';
  await check('three scenarios compare side by side with changes against the first', async () => {
    for (const n of ['Base <b>plan</b>', 'Bigger budget', 'Launch']) {
      await page.getByRole('checkbox', { name: `Select “${n}” to compare` }).check();
    }
    await page.locator('#saved-compare').click();
    await page.locator('.compare-table').first().waitFor({ timeout: 5000 });
    compareUrl = page.url();
    // Cells read as the calculator page writes the figure (money in yuan,
    // the display currency being CNY here); data-value holds the number.
    // Creator budget = budget × (1 − 20% Feed − 10% Search): 200,000 × 0.7,
    // 400,000 × 0.7 and 250,000 × 0.7.
    const row = page.locator('tr[data-name="creator_budget"]');
    const cells = await row.locator('td').allInnerTexts();
    const values = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    expectEqual(cells[0], '¥140,000', 'first scenario');
    expectEqual(values[0], '140000', 'first scenario data-value');
    expectEqual(cells[1], '¥280,000', 'second');
    expectEqual(values[1], '280000', 'second data-value');
    expect(/^\+¥140,000 \(\+100(\.0)?%\)$/.test(cells[2]), `change: ${cells[2]}`);
    expectEqual(cells[3], '¥175,000', 'third');
    expectEqual(values[3], '175000', 'third data-value');
    expect(await row.evaluate((r) => r.classList.contains('differs')), 'marked as differing');
    expect(await page.locator('tr[data-name="b"].differs').count() === 1, 'the budget input differs');
    expect(await page.locator('tr[data-name="opt_status"]:not(.differs)').count() === 1, 'equal rows are not marked');
    const headers = await page.locator('.compare-table thead th').allInnerTexts();
    expect(headers.includes('Base <b>plan</b>') && headers.includes('Launch'), headers.join('|'));
    await noRawKeys(page, 'en');
    // Inputs are written with their units, as the form shows them.
    expectEqual((await page.locator('tr[data-name="fs"] td').first().innerText()).trim(), '20%', 'Feed share');
    expectEqual((await page.locator('tr[data-name="b"] td').first().innerText()).trim(), '¥200,000', 'budget');
    expectEqual((await page.locator('tr[data-name="fs"] th').innerText()).trim(), 'Feed ads share of budget', 'Feed share label');
  });

  await check('the comparison reads the same in Chinese: every row labelled, never a raw key', async () => {
    const zh = await newContext(browser, { locale: 'zh-CN' });
    try {
      const other = await open(zh, `${compareUrl.slice(base.length + 1)}&lang=zh`, 'compare zh');
      await other.locator('.compare-table').first().waitFor({ timeout: 5000 });
      await noRawKeys(other, 'zh');
      expectEqual((await other.locator('tr[data-name="fs"] th').innerText()).trim(), '信息流广告预算占比', 'Feed share label');
    } finally {
      await zh.close();
    }
  });

  await check('the comparison is a link: it reopens in a browser with nothing saved', async () => {
    const fresh = await newContext(browser);
    try {
      const other = await open(fresh, compareUrl.slice(base.length + 1), 'compare link');
      await other.locator('.compare-table').first().waitFor({ timeout: 5000 });
      const cells = await other.locator('tr[data-name="creator_budget"] td').allInnerTexts();
      expectEqual(cells[1], '¥280,000', 'second scenario');
      expectEqual(await other.locator('tr[data-name="creator_budget"] td').nth(1).getAttribute('data-value'),
        '280000', 'second scenario data-value');
      expectEqual(await other.locator('.saved-item').count(), 0, 'nothing saved there');
    } finally {
      await fresh.close();
    }
  });
  await context.close();
}

/** Every row of the comparison is labelled in words: no row heading and no
 * cell reads as a link key or an output key, inputs and results sit under
 * their own headings. */
async function noRawKeys(page, lang) {
  const names = await page.locator('.compare-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-name')));
  expect(names.length > 20, `${names.length} rows`);
  expect(names.includes('headcap') && names.includes('opt_total_cpe'), 'the rows the issue names are there');
  const keys = new Set(names);
  const texts = await page.locator('.compare-table tbody th, .compare-table tbody td').allInnerTexts();
  const raw = texts.map((t) => t.replace(/^≠\s*/, '').trim()).filter((t) => keys.has(t));
  expectEqual(raw.join('|'), '', `cells reading as raw keys (${lang})`);
  const headings = await page.locator('.compare-table tbody th[scope="row"]').allInnerTexts();
  expect(headings.every((h) => h.replace(/^≠\s*/, '').trim().length > 0), 'every row has a label');
  const sections = await page.locator('.compare-section h2').allInnerTexts();
  expectEqual(sections.join('|'), lang === 'zh' ? '输入|结果' : 'Inputs|Results', 'headed sections');
}

async function storageFailures(browser) {
  const full = await newContext(browser);
  await full.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key, value) {
      if (key === 'kolcalc.saved') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  const page = await open(full, '#/timeline?lang=zh&s=2026-03-02', 'storage full');
  await ready(page);
  await check('a full store says the save failed, in the page language, and loses nothing', async () => {
    await typeInto(page.locator('#saved-name'), '方案A');
    await page.locator('.saved-form button[type="submit"]').click();
    await page.getByText('存储空间已满，暂时无法保存').waitFor({ timeout: 3000 });
    expectEqual(await dataValue(page, 'start'), '2026-03-02', 'scenario kept');
    expect(page.url().includes('s=2026-03-02'), 'the address still holds it');
  });
  await full.close();

  const blocked = await newContext(browser);
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const other = await open(blocked, '#/engagement?lang=en', 'storage blocked');
  await ready(other);
  await check('blocked storage: the panel says saving is unavailable and the calculator works', async () => {
    await other.locator('#saved-unavailable').waitFor();
    await typeInto(other.locator('#followers'), '30000');
    await outputBecomes(other, 'fake_share', (v) => v !== null);
  });
  await blocked.close();

  const damaged = await newContext(browser);
  await damaged.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('kolcalc.saved', 'kolcalc-saved 1\n1\tengagement\t1\tGood\tv=1&f=9000\nbroken line');
    }
  });
  const third = await open(damaged, '#/engagement?lang=en', 'damaged store');
  await ready(third);
  await check('a damaged entry is counted and kept; the others still open', async () => {
    await third.getByText('1 saved scenarios could not be read; they are kept as they are').waitFor();
    await third.getByRole('link', { name: 'Good', exact: true }).click();
    await until(async () => ((await third.locator('#followers').inputValue()) === '9000' ? true : null), 'opened');
  });
  await check('opening a scenario saved in another visit offers to update it', async () => {
    await third.getByRole('button', { name: 'Update “Good”' }).waitFor({ timeout: 3000 });
  });
  await damaged.close();

  // The most the store keeps: 200 scenarios. One more is refused with a
  // message, not written and then dropped on the next visit.
  const crowded = await newContext(browser);
  await crowded.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      const lines = ['kolcalc-saved 1'];
      for (let id = 1; id <= 200; id += 1) lines.push(`${id}\tengagement\t1\tScenario ${id}\tv=1&f=${9000 + id}`);
      localStorage.setItem('kolcalc.saved', lines.join('\n'));
    }
  });
  const fourth = await open(crowded, '#/engagement?lang=en', 'crowded store');
  await ready(fourth);
  await check('with 200 saved, saving or duplicating one more is refused with a message', async () => {
    await typeInto(fourth.locator('#saved-name'), 'One too many');
    await fourth.getByRole('button', { name: 'Save this scenario' }).click();
    await fourth.getByText('200 scenarios are saved, the most kept here').waitFor({ timeout: 3000 });
    await fourth.getByRole('button', { name: 'Duplicate “Scenario 7”' }).click();
    const stored = await fourth.evaluate(() => localStorage.getItem('kolcalc.saved'));
    expectEqual(stored.split('\n').length, 201, 'stored lines');
    expect(!stored.includes('One too many') && !stored.includes('Scenario 7 (2)'), 'nothing added');
    expectEqual(await fourth.locator('.saved-name').count(), 200, 'scenarios listed');
  });
  await crowded.close();
}

/** A context whose store starts as `text` (seeded once, before the app). */
async function seeded(browser, text) {
  const context = await newContext(browser);
  await context.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('kolcalc.saved', stored);
    }
  }, text);
  return context;
}

const stored = (page) => page.evaluate(() => localStorage.getItem('kolcalc.saved'));

async function noSaveLost(browser) {
  const max = await seeded(browser, 'kolcalc-saved 1\n18446744073709551615\tengagement\t1\tMax\tv=1&f=1000');
  const page = await open(max, '#/engagement?lang=en', 'largest id');
  await ready(page);
  await check('beside an id of the largest 64-bit value, a new save takes a free id and survives a reload', async () => {
    await save(page, 'New one');
    await page.reload();
    await page.getByRole('link', { name: 'New one', exact: true }).waitFor({ timeout: 3000 });
    expectEqual(JSON.stringify(await names(page)), JSON.stringify(['Max', 'New one']), 'saved names');
    expectEqual(await page.locator('#saved-unread').count(), 0, 'nothing unread');
    const ids = (await stored(page)).split('\n').slice(1).map((line) => line.split('\t')[0]);
    expectEqual(new Set(ids).size, 2, `distinct ids ${ids}`);
  });
  await max.close();

  // What a newer version wrote, and a damaged line: kept byte for byte.
  const unread = [
    '7\tcreator-crm\t1\tAgency%20list\tv=1&rows=12',
    '8\ttimeline\t2\tNext%20format\tv=2&plan=x',
    'garbled\tline',
  ];
  const newer = await seeded(browser, ['kolcalc-saved 1', '1\tengagement\t1\tGood\tv=1&f=9000', ...unread].join('\n'));
  const other = await open(newer, '#/engagement?lang=en', 'newer store');
  await ready(other);
  await check('what this version cannot read is counted and kept byte for byte through a save and a delete', async () => {
    const note = other.locator('#saved-unread');
    await note.getByText('1 saved scenarios could not be read').waitFor({ timeout: 3000 });
    await note.getByText('2 saved scenarios are kept unread').waitFor();
    await save(other, 'Mine');
    await other.getByRole('button', { name: 'Delete “Good”' }).click();
    await until(async () => ((await names(other)).includes('Good') ? null : true), 'deleted');
    const lines = (await stored(other)).split('\n');
    for (const line of unread) expect(lines.includes(line), `kept: ${line}`);
    const ids = lines.slice(1).map((line) => line.split('\t')[0]);
    expect(!ids.slice(0, -3).includes('7') && !ids.slice(0, -3).includes('8'), `ids ${ids}`);
  });
  await newer.close();

  // More than the store shows: the one beyond is kept, and shown once there is room.
  const lines = ['kolcalc-saved 1'];
  for (let id = 1; id <= 201; id += 1) lines.push(`${id}\tengagement\t1\tScenario ${id}\tv=1&f=${9000 + id}`);
  const many = await seeded(browser, lines.join('\n'));
  const crowded = await open(many, '#/engagement?lang=en', 'beyond the most shown');
  await ready(crowded);
  await check('a scenario beyond the 200 shown is kept, and shown once one is deleted', async () => {
    await crowded.getByText('1 saved scenarios are kept unread').waitFor({ timeout: 3000 });
    expectEqual(await crowded.locator('.saved-name').count(), 200, 'listed');
    await crowded.getByRole('button', { name: 'Delete “Scenario 1”' }).click();
    await until(async () => ((await stored(crowded)).split('\n').length === 201 ? true : null), 'written');
    await crowded.reload();
    await crowded.getByRole('link', { name: 'Scenario 201', exact: true }).waitFor({ timeout: 3000 });
    expectEqual(await crowded.locator('#saved-unread').count(), 0, 'nothing unread');
  });
  await many.close();

  // Storage already full as the page opens: filled by another page of the
  // site, to the last character.
  const full = await newContext(browser);
  const filler = await open(full, '#/', 'filler');
  await ready(filler);
  await filler.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler.${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
  });
  const fullPage = await open(full, '#/engagement?lang=en', 'storage full at open');
  await ready(fullPage);
  await check('storage full as the page opens: the panel says so (not "unavailable") and keeps Save', async () => {
    await fullPage.getByText("This browser's storage for this site is full").waitFor({ timeout: 3000 });
    expectEqual(await fullPage.locator('#saved-unavailable').count(), 0, 'not called unavailable');
    await fullPage.getByRole('button', { name: 'Save this scenario' }).waitFor();
  });
  await check('once space is freed, Save works without a reload', async () => {
    await fullPage.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
    });
    await save(fullPage, 'After freeing');
    expect((await stored(fullPage)).includes('After%20freeing'), 'stored');
  });
  await full.close();
}

await runScenarios({ dist, outDir }, [savedScenarios, storageFailures, noSaveLost]);

// The workshop without a mouse: add and rate touchpoints by keyboard alone (the key presses
// are counted and printed), Escape and the shortcut help, and views with their own address
// (Back, reload).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

const row = (page, name) => page.locator('.tp-row', { has: page.getByRole('button', { name, exact: true }) });
const checked = (page, name, legend) =>
  row(page, name).getByRole('group', { name: legend, exact: true }).locator('input:checked').getAttribute('aria-label');

test('three touchpoints added and rated by keyboard alone, in a few keys each', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  let keys = 0;
  const press = async (key) => {
    keys += 1;
    await page.keyboard.press(key);
  };
  const touchpoints = [
    // name, importance, Ist, Soll: the keys of each value (`-` then a digit for a negative one)
    ['Hotline', ['5'], ['-', '1'], ['1']],
    ['Invoice', ['3'], ['Shift+2'], ['0']],
    ['Newsletter', ['2'], ['1'], ['2']],
  ];
  await page.locator('body').focus();
  for (const [name, importance, ist, soll] of touchpoints) {
    await press('n'); // to the new touchpoint's name
    await page.keyboard.type(name);
    await press('Enter'); // added; the focus is on its importance
    await row(page, name).waitFor();
    await page.waitForFunction((n) => document.activeElement?.closest('.tp-row')?.querySelector('.tp-name')?.textContent.includes(n), name);
    for (const key of importance) await press(key);
    await press('Tab');
    for (const key of ist) await press(key);
    await press('Tab');
    for (const key of soll) await press(key);
  }
  const perTouchpoint = keys / touchpoints.length;
  console.log(`keyboard: ${keys} key presses for ${touchpoints.length} touchpoints (${perTouchpoint} each, besides typing the names)`);
  assert.ok(perTouchpoint < 10, `${perTouchpoint} key presses per touchpoint`);

  assert.equal(await checked(page, 'Hotline', 'Importance'), '5 very high');
  assert.equal(await checked(page, 'Hotline', 'Ist (today)'), '−1 disappointing');
  assert.equal(await checked(page, 'Hotline', 'Soll (target)'), '+1 positive');
  assert.equal(await checked(page, 'Newsletter', 'Soll (target)'), '+2 delightful');
  // Ist index: (5·(−1) + 3·(−2) + 2·(+1)) / 10 = −0.9 → (−0.9 + 2)/4·100 = 27.5 → 28 (shown whole).
  assert.equal(await page.locator('[data-figure="index-ist"] .figure-value').first().textContent(), '28');

  // J and K move between rows, to their first rating.
  await press('k');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.tp-row').querySelector('.tp-name').textContent.replace(/[▸▾]/g, '').trim()), 'Invoice');
  await press('j');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.tp-row').querySelector('.tp-name').textContent.replace(/[▸▾]/g, '').trim()), 'Newsletter');

  // Enter on a row's name opens its editor; Escape closes it and returns to the row.
  await row(page, 'Invoice').getByRole('button', { name: 'Invoice', exact: true }).focus();
  await press('Enter');
  await page.locator('.tp-editor').waitFor();
  await page.locator('.tp-editor input').first().focus();
  await press('Escape');
  await page.locator('.tp-editor').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('tp-name') && document.activeElement.textContent.replace(/[▸▾]/g, '').trim()), 'Invoice');

  // ? opens the shortcut help, which passes axe; Escape closes it.
  await press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  assert.ok((await help.getByRole('row').count()) > 5);
  assert.deepEqual(await axeViolations(page), []);
  await press('Escape');
  await help.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a key means its value: 1, 0, -2 on Ist read +1, 0, −2; an arrow on an unrated scale starts from 0', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.locator('#new-name').fill('Hotline');
  await page.keyboard.press('Enter');
  await row(page, 'Hotline').waitFor();
  const ist = row(page, 'Hotline').getByRole('group', { name: 'Ist (today)', exact: true });
  const soll = row(page, 'Hotline').getByRole('group', { name: 'Soll (target)', exact: true });
  await ist.locator('input').first().focus();
  const read = () => checked(page, 'Hotline', 'Ist (today)');
  await page.keyboard.press('1');
  assert.equal(await read(), '+1 positive');
  await page.keyboard.press('0');
  assert.equal(await read(), '0 okay');
  await page.keyboard.press('-');
  await page.keyboard.press('2');
  assert.equal(await read(), '−2 strongly disappointing');
  // 3…5 are not values of a −2…+2 scale: nothing changes.
  await page.keyboard.press('5');
  assert.equal(await read(), '−2 strongly disappointing');

  // The first arrow key on the unrated Soll sets 0, whichever way it points.
  await soll.locator('input').first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await checked(page, 'Hotline', 'Soll (target)'), '0 okay');
  await page.keyboard.press('ArrowRight');
  assert.equal(await checked(page, 'Hotline', 'Soll (target)'), '+1 positive');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each view has its own address: Back returns to the previous view, reload keeps it', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Journey curve', exact: true }).click();
  await page.waitForURL(/\?view=journey$/);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.waitForURL(/\?view=share$/);
  await page.getByRole('heading', { name: 'Share by link' }).waitFor();
  await page.goBack();
  await page.waitForURL(/\?view=journey$/);
  assert.equal(await page.getByRole('button', { name: 'Journey curve', exact: true }).getAttribute('aria-current'), 'page');
  await page.reload();
  await page.locator('#main').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Journey curve', exact: true }).getAttribute('aria-current'), 'page');
  await page.goForward();
  await page.getByRole('heading', { name: 'Share by link' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the starter list comes into view ready to tick, and a single lovepoint is named in the singular', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US', viewport: { width: 375, height: 700 } });
  await page.getByRole('button', { name: 'Open the starter list' }).click();
  await page.locator('.library').waitFor();
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    return { inList: !!el.closest('.library'), visible: box.top >= 0 && box.bottom <= window.innerHeight };
  });
  assert.deepEqual(focused, { inList: true, visible: true });
  await page.keyboard.press('Space'); // ticks the first starter touchpoint
  await page.getByRole('button', { name: 'Add the selected (1)' }).click();
  assert.equal(await page.locator('.tp-row').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();

  const demo = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await demo.page.getByRole('button', { name: 'Load the demo model' }).click();
  await demo.page.locator('.tp-row').first().waitFor();
  const badges = await demo.page.locator('.badge-love, .badge-pain').allTextContents();
  assert.ok(badges.length > 0);
  assert.deepEqual([...new Set(badges)].sort(), ['Lovepoint', 'Painpoint']);
  await demo.context.close();
});

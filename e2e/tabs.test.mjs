// Tabs on one model merge field by field (issue #31, items 1 to 3): the sync worker is fetched
// only when a second tab opens the same model, edits made at once in two tabs both survive a
// reload, concurrent edits of one field end equal, and undo takes back a tab's own edit only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support.mjs';

const app = useApp();
const WORKER = /kontaktpunkt-sync-worker/;

async function addTouchpoint(page, name) {
  await page.getByRole('textbox', { name: 'Add a touchpoint' }).fill(name);
  await page.keyboard.press('Enter');
  await page.locator('.tp-row', { hasText: name }).waitFor();
}

/** The demo model saved in one tab, then opened in a second; both tabs' workers running. */
async function demoInTwoTabs(path = '') {
  const { context, page } = await openPage(app.browser, app.server.url);
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  await page.waitForTimeout(600); // past autosave: the second tab opens the saved demo
  const second = await context.newPage();
  await second.goto(`${app.server.url}${path}`);
  await second.locator('#main').waitFor();
  // Both tabs have spawned their worker and the second has joined the first's document.
  for (const tab of [page, second]) {
    while (tab.workers().length === 0) await tab.waitForTimeout(50);
  }
  await second.waitForTimeout(1_500);
  if (path) await page.goto(`${app.server.url}${path}`);
  return { context, page, second, requested };
}

test('a first visit, and one tab alone, request no worker file', async () => {
  const { context, page } = await openPage(app.browser, app.server.url);
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  await page.reload();
  await page.locator('.tp-row').first().waitFor();
  await page.waitForTimeout(1_000);
  assert.deepEqual(requested.filter((url) => WORKER.test(url)), []);
  assert.equal(page.workers().length, 0);
  await context.close();
});

test('two tabs add at once: after a reload of both, both touchpoints are in both', async () => {
  const { context, page, second, requested } = await demoInTwoTabs();
  assert.ok(requested.some((url) => WORKER.test(url)), 'the second tab on the model spawns the worker');
  await Promise.all([addTouchpoint(page, 'Added in tab A'), addTouchpoint(second, 'Added in tab B')]);
  for (const tab of [page, second]) {
    await tab.locator('.tp-row', { hasText: 'Added in tab A' }).waitFor();
    await tab.locator('.tp-row', { hasText: 'Added in tab B' }).waitFor();
  }
  await page.waitForTimeout(1_000); // past autosave
  await Promise.all([page.reload(), second.reload()]);
  for (const tab of [page, second]) {
    await tab.locator('.tp-row').first().waitFor();
    assert.equal(await tab.locator('.tp-row', { hasText: 'Added in tab A' }).count(), 1);
    assert.equal(await tab.locator('.tp-row', { hasText: 'Added in tab B' }).count(), 1);
  }
  await context.close();
});

test('the same field edited in two tabs at once ends equal in both', async () => {
  const { context, page, second } = await demoInTwoTabs('?view=models');
  const title = (tab) => tab.locator('#model-title');
  await title(page).waitFor();
  await title(second).waitFor();
  await title(page).fill('Title from A');
  await title(second).fill('Title from B');
  await Promise.all([title(page).press('Tab'), title(second).press('Tab')]);
  let values = [];
  for (let i = 0; i < 60; i += 1) {
    values = [await title(page).inputValue(), await title(second).inputValue()];
    if (values[0] === values[1]) break;
    await page.waitForTimeout(100);
  }
  assert.equal(values[0], values[1]);
  assert.ok(['Title from A', 'Title from B'].includes(values[0]), values[0]);
  await context.close();
});

// Before, a tab took another tab's save as a whole (one undo away); now both edits stay.
test('undo in one tab takes back its own edit only, in both tabs', async () => {
  const { context, page, second } = await demoInTwoTabs();
  // Loading the demo was the first tab's step before the tabs linked: forgotten, as undoing
  // that whole earlier model would take back the other tab's edits.
  assert.equal(await page.locator('.header-button', { hasText: 'Undo' }).isDisabled(), true);
  await addTouchpoint(second, 'Own edit');
  await page.locator('.tp-row', { hasText: 'Own edit' }).waitFor();
  await addTouchpoint(page, 'Trade fair');
  await second.locator('.tp-row', { hasText: 'Trade fair' }).waitFor();
  await second.getByRole('button', { name: /Undo/ }).first().click();
  for (const tab of [second, page]) {
    await tab.locator('.tp-row', { hasText: 'Own edit' }).waitFor({ state: 'detached' });
    assert.equal(await tab.locator('.tp-row', { hasText: 'Trade fair' }).count(), 1);
  }
  await context.close();
});

// Offline before the worker was ever kept (or a worker that stops): the tabs cannot merge, so
// each takes the other's saves as a whole version with its notice, as before the sync worker,
// and never writes over the other's edit unseen.
test('when the sync worker cannot be fetched, a tab still takes the other tab\'s save', async () => {
  const { context, page } = await openPage(app.browser, app.server.url);
  await context.route(WORKER, (route) => route.abort());
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  await page.waitForTimeout(600); // past autosave: the second tab opens the saved demo
  const second = await context.newPage();
  await second.goto(app.server.url);
  await second.locator('.tp-row').first().waitFor();
  await second.waitForTimeout(1_000);
  await addTouchpoint(second, 'Saved in tab B');
  await page.locator('.tp-row', { hasText: 'Saved in tab B' }).waitFor();
  await page.getByText('Another tab changed this model').waitFor();
  await context.close();
});

// The views module (views/: the rating round view, the report, the presentation) is fetched the
// first time one of its views opens. When it cannot be fetched, the view says so in words and
// the app goes on; the presentation can still be left. (That it opens offline once it was
// fetched: e2e/rounds.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, FIXTURES } from './support.mjs';
import { modelFromCsv, openSeeded } from './bench.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

test('a view whose module cannot be fetched says so in words and passes axe, the presentation can be left, and the view opens once the network is back', async () => {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  // No service worker: it would fetch the module into its cache on the first visit.
  const { context, page } = await openSeeded(app.browser, app.server.url, model, { serviceWorkers: 'block' });
  await page.route('**/views/**', (route) => route.abort('internetdisconnected'));

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'The report could not be loaded. Are you offline? Please open it again later.' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the report that did not load');

  const opener = page.getByRole('button', { name: '▶ Present' });
  await opener.click();
  await page.getByRole('alert').filter({ hasText: 'The presentation could not be loaded.' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the presentation that did not load');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await opener.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'present-open', 'the focus is back on the button');

  // With the network back, the view opens again.
  await page.unroute('**/views/**');
  await page.getByRole('button', { name: 'Journey curve', exact: true }).click();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.locator('.report').waitFor();
  await context.close();
});

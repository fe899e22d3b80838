// The self-check as a prospect meets it: resumable after a reload, back and next, a result
// that can be shared as a link and opened elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, completeCheck } from './support.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

test('the self-check resumes after a reload and its result opens from a link', async () => {
  const { context, page, errors } = await openPage(app.browser, `${app.server.url}?mode=selfcheck&lang=en`);
  const choose = async (level) => {
    await page.locator('.level input[type=radio]').nth(level).check();
    await page.getByRole('button', { name: 'Next' }).click();
  };
  await page.getByText('Step 1 of 10').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // "Next" without an answer is refused with a reason.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('alert').waitFor();
  for (const level of [4, 3, 2]) await choose(level);
  await page.getByText('Step 4 of 10').waitFor();

  await page.reload();
  await page.getByText('Step 4 of 10').waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await page.locator('.level input[type=radio]').nth(2).isChecked(), true, 'answer 3 kept');
  await page.getByRole('button', { name: 'Next' }).click();
  for (const level of [1, 0, 4, 3, 2]) await choose(level);
  // Nothing picked: straight to the result.
  await page.getByRole('button', { name: 'Show the result' }).click();
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
  // Levels 4+3+2+1+0+4+3+2 = 19 of 32 → 59.375 → 59.
  assert.equal(await page.locator('[data-figure="maturity"] .figure-value').textContent(), '59');
  assert.equal(await page.locator('.recommendation').count(), 3);
  assert.equal(await page.locator('svg.radar').count(), 1);
  assert.deepEqual(await axeViolations(page), []);

  const link = await page.locator('#sc-link').inputValue();
  assert.match(link, /#sc1\./);
  const other = await openPage(app.browser, link.replace(/^http:\/\/[^/]+\//, app.server.url));
  await other.page.getByRole('heading', { name: 'Your result' }).waitFor();
  assert.equal(await other.page.locator('[data-figure="maturity"] .figure-value').textContent(), '59');
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a prospect's received result link opens as a starter model with the rated touchpoints", async () => {
  const prospect = await openPage(app.browser, `${app.server.url}?mode=selfcheck&lang=en`);
  await prospect.page.getByText('Step 1 of 10').waitFor();
  await completeCheck(prospect.page);
  const link = await prospect.page.locator('#sc-link').inputValue();
  await prospect.context.close();

  // The consultant opens the link in the app, with work of their own in it.
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.locator('#new-name').fill('Own touchpoint');
  await page.keyboard.press('Enter');
  await page.locator('.tp-row').first().waitFor();
  await page.goto(link.replace(/^http:\/\/[^/]+\//, app.server.url));
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
  await page.getByRole('button', { name: 'Open as a starter model' }).click();
  // The model from outside is offered beside the consultant's own, which stays until asked.
  await page.getByRole('heading', { name: 'Shared model: Self-check' }).waitFor();
  assert.equal(await page.locator('.incoming-count').textContent(), '2 touchpoints');
  await page.getByRole('button', { name: 'Keep as my copy' }).click();
  const row = (name) => page.locator('.tp-row', { has: page.getByRole('button', { name, exact: true }) });
  await row('Website').waitFor();
  const checked = (legend) => row('Website').getByRole('group', { name: legend, exact: true }).locator('input:checked').getAttribute('aria-label');
  assert.equal(await checked('Importance'), '4 high');
  assert.equal(await checked('Ist (today)'), '−1 disappointing');
  assert.equal(await checked('Soll (target)'), '+1 positive');
  assert.equal(await row('Invoice').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

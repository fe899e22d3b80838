// The self-check as a prospect meets it: resumable after a reload, back and next, a result
// that can be shared as a link and opened elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support.mjs';
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

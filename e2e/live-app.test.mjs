// A live session through the app's screens (issue #31, items 4 and 5): one person starts
// "Work on this together" in the share panel, another opens the session link, gives a name and
// gets the model as a saved model of their own; each rates a different field of the same
// touchpoint and both values arrive in both browsers; undo in one browser takes back that
// browser's edit only; the row shows who else edits it and the
// header's badge counts two people. The app is served with its page naming a relay started
// for the test (as KONTAKTPUNKT_RELAY does at build time, scripts/postbuild.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './support.mjs';
import { distWithRelay, startRelay } from './relay.mjs';
import { axeViolations } from './axe.mjs';

let relay, app, server, browser;

before(async () => {
  relay = await startRelay();
  app = await distWithRelay(relay.url);
  server = await serve(app.dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await relay?.close();
  await app?.remove();
});

async function until(what, check) {
  for (let i = 0; i < 150; i += 1) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.fail(`timed out: ${what}`);
}

test('a session started in the share panel is joined from its link, edits and presence reach both', async () => {
  const ada = await openPage(browser, server.url);
  await ada.page.getByRole('button', { name: 'Load the demo model' }).click();
  const first = ada.page.locator('.tp-row').first();
  await first.waitFor();
  const id = await first.getAttribute('data-id');
  const name = (await first.locator('.tp-name').innerText()).replace(/[▸▾]/g, '').trim();

  await ada.page.getByRole('navigation').getByRole('button', { name: 'Share' }).click();
  await ada.page.getByLabel('Your name for the others').fill('Ada');
  await ada.page.getByRole('button', { name: 'Work on this together' }).click();
  const link = await ada.page.locator('#live-link').inputValue();
  assert.match(link, /#ks1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  await ada.page.getByRole('status', { name: /Live session connected, 1 person/ }).waitFor();
  assert.deepEqual(await axeViolations(ada.page), []);

  const bob = await openPage(browser, `${server.url}#${link.split('#')[1]}`);
  assert.equal(await bob.page.getByText('unknown link format').count(), 0);
  await bob.page.getByRole('heading', { name: 'Join a live session' }).waitFor();
  await bob.page.getByLabel('Your name for the others').fill('Bob');
  await bob.page.getByRole('button', { name: 'Join' }).click();
  const row = (page) => page.locator(`.tp-row[data-id="${id}"]`);
  await row(bob.page).waitFor();
  assert.match(await row(bob.page).innerText(), new RegExp(name));
  for (const person of [ada, bob]) {
    await person.page.getByRole('status', { name: /Live session connected, 2 people/ }).waitFor();
  }

  // Each rates another field of the same touchpoint.
  await ada.page.getByRole('navigation').getByRole('button', { name: 'Touchpoints' }).click();
  await row(ada.page).waitFor();
  // The rating a row shows (null: none); read at once, without waiting for one.
  const ist = (page) =>
    row(page).locator(`input[name="ist-${id}"]:checked`).evaluateAll((inputs) => inputs[0]?.value ?? null);
  const istBefore = await ist(ada.page);
  assert.notEqual(istBefore, '-2');
  await row(ada.page).locator(`input[name="ist-${id}"][value="-2"]`).check();
  await row(bob.page).locator(`input[name="soll-${id}"][value="2"]`).check();
  for (const person of [ada, bob]) {
    await until('both ratings in both', async () =>
      (await row(person.page).locator(`input[name="ist-${id}"][value="-2"]`).isChecked()) &&
      (await row(person.page).locator(`input[name="soll-${id}"][value="2"]`).isChecked()));
  }

  // Undo in Ada's browser takes back her rating only: Bob's stays, in both browsers.
  await ada.page.getByRole('button', { name: /Undo/ }).first().click();
  for (const person of [ada, bob]) {
    await until('Ada\'s rating undone, Bob\'s kept, in both', async () =>
      (await ist(person.page)) === istBefore &&
      (await row(person.page).locator(`input[name="soll-${id}"][value="2"]`).isChecked()));
  }

  // Bob opens the touchpoint's editor: Ada's row shows his name.
  await row(bob.page).locator('.tp-name').click();
  await row(ada.page).locator('.presence', { hasText: 'Bob' }).waitFor();
  assert.deepEqual(await axeViolations(ada.page), []);
  assert.deepEqual([...ada.errors, ...bob.errors], []);
  await ada.context.close();
  await bob.context.close();
});

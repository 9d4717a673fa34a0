// The phone layout (360×740): one column without horizontal scroll, and the Entities/Quotes drawer.
import type { Page } from '@playwright/test';
import { filterableEntity, lavrov, loadArticle, noEntitiesReason } from './support/article';
import { expectNoAxeViolations } from './support/axe';
import { expect, phone, test } from './support/fixtures';
import { librarySearchFor, openArticle } from './support/reader';

test.use(phone);

async function expectNoHorizontalScroll(page: Page, state: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width in the ${state} state (viewport 360)`).toBeLessThanOrEqual(360);
}

test('the article fits 360 px without horizontal scroll', async ({ page, request }) => {
  const article = await loadArticle(request);
  await openArticle(page, article);
  await expectNoHorizontalScroll(page, 'default');
  await page.goto(librarySearchFor(article));
  await expect(page.getByRole('link', { name: article.headline })).toBeVisible();
  await expectNoHorizontalScroll(page, 'library');
});

test('highlighted and filtered views fit 360 px without horizontal scroll', async ({ page, request }) => {
  const article = await loadArticle(request);
  const skip = noEntitiesReason(article);
  test.skip(skip !== null, skip ?? '');
  const person = lavrov(article) ?? filterableEntity(article, 'person');
  if (!person) throw new Error('no person among the entities');
  await openArticle(page, article, { highlight: person.id });
  await expect(page.locator(`mark[data-entity="${person.id}"]`).first()).toBeAttached();
  await expectNoHorizontalScroll(page, 'highlighted');
  await openArticle(page, article, { person: person.id });
  await expectNoHorizontalScroll(page, 'filtered');
});

for (const name of ['Entities', 'Quotes'] as const) {
  test(`the ${name} drawer opens, traps focus, closes with Escape and returns focus`, async ({ page, request }) => {
    // Tabs through every stop of the drawer both ways, a key press and a focus check each: on a loaded machine that
    // outlasts the default timeout (one CI run under load took over 30 s), so the test gets three times as long.
    test.slow();
    const article = await loadArticle(request);
    await openArticle(page, article);
    const opener = page.getByRole('button', { name: new RegExp(`^${name}\\b`, 'iu') }).filter({ visible: true });
    await expect(opener).toHaveCount(1);
    await opener.click();

    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // Where focus is: in the drawer, outside the page (the browser's own UI, which a native modal <dialog>
    // lets Tab reach), or on page content behind the drawer, which is the one place it must never go.
    const focusIs = () =>
      dialog.evaluate((d) => {
        const active = document.activeElement;
        if (active && d.contains(active)) return 'in drawer';
        if (!active || active === document.body || !document.hasFocus()) return 'outside page';
        return `behind drawer: <${active.tagName.toLowerCase()}> ${(active.textContent ?? '').trim().slice(0, 40)}`;
      });
    await expect.poll(focusIs, 'focus moves into the drawer').toBe('in drawer');
    const stops = await dialog.locator('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
    for (const key of ['Tab', 'Shift+Tab']) {
      const seen: string[] = [];
      for (let i = 0; i < stops + 2; i++) {
        await page.keyboard.press(key);
        seen.push(await focusIs());
      }
      expect(seen.filter((w) => w.startsWith('behind')), `${key} × ${stops + 2} never leaves the drawer for the page behind it`).toEqual([]);
      expect(seen, `${key} cycles back into the drawer`).toContain('in drawer');
    }
    await expectNoHorizontalScroll(page, `${name} drawer open`);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

test('axe: the phone layout with the drawer open has no violations', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const page = await openPage(phone);
  await openArticle(page, article);
  await expectNoAxeViolations(page, 'phone, default');
  await page.getByRole('button', { name: /^entities\b/iu }).filter({ visible: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'phone, drawer open');
});

// WCAG 2.5.3 (label in name) for every control, not only those axe's `label-content-name-mismatch` sampled: a
// control named by aria-label or aria-labelledby has its visible words inside that name, in every state that
// shows controls (plain, highlighted + filtered + a quote chosen, the phone's drawers). Icon- and symbol-only
// controls (#, ‹ › ✕, the copy and filter icons) show no words and are exempt, as WCAG's note on symbols says.
import type { Page } from '@playwright/test';
import { loadArticle, noEntitiesReason, topEntity } from './support/article';
import { expect, phone, test } from './support/fixtures';
import { openArticle } from './support/reader';

/** Controls whose author-given name lacks their visible words: "visible words → name". */
function mismatchedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // What a sighted user reads on the control: its text minus what is hidden from the eye.
    const seen = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof HTMLElement || node instanceof SVGElement)) return '';
      if (node.classList.contains('visually-hidden') || getComputedStyle(node).display === 'none') return '';
      return [...node.childNodes].map(seen).join('');
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"]')) {
      const labelledBy = el.getAttribute('aria-labelledby');
      const name = labelledBy
        ? labelledBy
            .split(/\s+/u)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : el.getAttribute('aria-label');
      if (name === null || el.getClientRects().length === 0) continue;
      const visible = words(seen(el));
      if (visible && !words(name).includes(visible)) out.push(`"${visible}" → "${name}" (${el.outerHTML.slice(0, 80)})`);
    }
    return out;
  });
}

test('every control named by aria-label or aria-labelledby has its visible words in its name', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const skip = noEntitiesReason(article);
  test.skip(skip !== null, skip ?? '');
  const person = topEntity(article, 'person')!;
  const quote = article.quotes[0];

  const page = await openPage();
  await openArticle(page, article);
  expect(await mismatchedControls(page), 'the article, plain').toEqual([]);
  await openArticle(page, article, { highlight: person.id, person: person.id, ...(quote ? { quote: quote.id } : {}) });
  await expect(page.locator('[data-find-bar]')).toBeVisible();
  await expect(page.locator('[data-chip]')).toBeVisible();
  expect(await mismatchedControls(page), 'highlighted, filtered, a quote chosen').toEqual([]);

  const narrow = await openPage(phone);
  await openArticle(narrow, article, { highlight: person.id, person: person.id });
  for (const drawer of [/^entities\b/iu, /^quotes\b/iu]) {
    await narrow.getByRole('button', { name: drawer }).filter({ visible: true }).click();
    await expect(narrow.getByRole('dialog')).toBeVisible();
    expect(await mismatchedControls(narrow), `phone, ${drawer.source} drawer open`).toEqual([]);
    await narrow.keyboard.press('Escape');
    await expect(narrow.getByRole('dialog')).toBeHidden();
  }
});

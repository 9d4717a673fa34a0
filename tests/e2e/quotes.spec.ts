// Quotes: a ?quote=<id> link, or choosing a quote in the sidebar, brings that quote into view.
import type { Article, Quote } from '../../src/contract/article';
import { lastQuote, loadArticle, noQuotesReason, normalise } from './support/article';
import { expect, test } from './support/fixtures';
import { openArticle, searchParam } from './support/reader';

function pick(article: Article): Quote {
  const quote = lastQuote(article);
  if (!quote) throw new Error('no quotes in the article');
  return quote;
}

/** The quote's opening words in the story (the element that holds them, however mentions split the text). */
const quoteInStory = (page: import('@playwright/test').Page, quote: Quote) =>
  page.getByRole('main').getByText(normalise(quote.text).slice(0, 60)).first();

test('?quote=<id> opens the story with that quote in view', async ({ page, request }) => {
  const article = await loadArticle(request);
  const skip = noQuotesReason(article);
  test.skip(skip !== null, skip ?? '');
  const quote = pick(article);
  await openArticle(page, article, { quote: quote.id });
  await expect(quoteInStory(page, quote)).toBeInViewport();
});

test('choosing a quote in the sidebar puts it in the URL and brings it into view', async ({ page, request }) => {
  const article = await loadArticle(request);
  const skip = noQuotesReason(article);
  test.skip(skip !== null, skip ?? '');
  const quote = pick(article);
  await openArticle(page, article);
  await expect(quoteInStory(page, quote)).not.toBeInViewport();
  await page.locator(`a[href*="quote=${quote.id}"]`).filter({ visible: true }).first().click();
  await expect.poll(() => searchParam(page, 'quote')).toBe(quote.id);
  await expect(quoteInStory(page, quote)).toBeInViewport();
});

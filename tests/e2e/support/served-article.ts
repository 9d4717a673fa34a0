/**
 * Serve an article the test builds itself, without touching seeds/: the text goes through the real pipeline
 * (`ingestArticle`) and the contract validator in the test process, and the page gets its JSON by intercepting
 * the app's own data paths (`/data/articles/<id>.json`, `/data/index.json`) on the same origin.
 */
import type { Page } from '@playwright/test';
import { SCHEMA_VERSION, summariseArticle, validateArticle, type Article, type ArticleIndex } from '../../../src/contract/article';
import { ingestArticle } from '../../../src/pipeline/ingest-article';
import { articleDataPath } from './article';

/** Ingests raw article text with the real pipeline and checks the result against the contract (throws with the errors). */
export function ingestChecked(text: string, id: string): Article {
  const result = validateArticle(ingestArticle(text, id));
  if (!result.ok) throw new Error(`article "${id}" breaks the contract:\n${result.errors.join('\n')}`);
  return result.value;
}

/** Answers the page's requests for the article's JSON (and the library index, listing only it) with `article`. */
export async function serveArticle(page: Page, article: Article): Promise<void> {
  const body = JSON.stringify(article);
  await page.route(`**${articleDataPath(article.id)}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  const index: ArticleIndex = { schemaVersion: SCHEMA_VERSION, articles: [summariseArticle(article)] };
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(index) }));
}

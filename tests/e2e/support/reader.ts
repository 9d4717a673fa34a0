/**
 * The reader's test contract in one place: the selectors and URL parameters the reader promised (issue #4).
 * If the reader changes a hook, this file is the only one to update.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { Article, Entity } from '../../../src/contract/article';
import { validateLibraryHead } from '../../../src/contract/library';
import { articlePath, sectionsMentioning, shownBlocks, visibleText, normalise } from './article';
import { expect } from './fixtures';

/** URL of the article with optional search parameters (`highlight`, `person`, `country`, `quote`) and hash. */
export function articleUrl(article: Article, params: Record<string, string> = {}, hash = ''): string {
  const query = new URLSearchParams(params).toString();
  return `${articlePath(article.id)}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Navigates to the article and waits until it has rendered (the headline is the h1). */
export async function openArticle(page: Page, article: Article, params: Record<string, string> = {}, hash = ''): Promise<void> {
  await page.goto(articleUrl(article, params, hash));
  await expectArticleShown(page, article);
}

export async function expectArticleShown(page: Page, article: Article): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline);
}

/** A section of the story, by its id (the deep-link fragment). */
export const sectionById = (page: Page, id: string): Locator => page.locator(`section[id="${id}"]`);

/** The sidebar (or drawer) button that toggles an entity's highlight; only the visible one. */
export const entityButton = (page: Page, entity: Entity): Locator =>
  page.locator(`button[data-entity="${entity.id}"][aria-pressed]`).filter({ visible: true });

/** The control that filters the story to sections mentioning an entity ("Show only sections with …"). */
export function filterControl(page: Page, entity: Entity): Locator {
  const escaped = entity.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const name = new RegExp(`(show only|only show|filter).*${escaped}`, 'iu');
  return page
    .getByRole('button', { name })
    .or(page.getByRole('checkbox', { name }))
    .or(page.getByRole('switch', { name }))
    .filter({ visible: true })
    .first();
}

/** The filter status in the story ("Showing 2 of 4 sections"); `shown` undefined matches any count. */
export const filterStatus = (page: Page, shown?: number, total?: number): Locator =>
  page.getByRole('main').getByText(new RegExp(`\\b${shown ?? '\\d+'} of ${total ?? '\\d+'} sections?\\b`, 'u'));

/** The permalink of a section: a link in the section to its own fragment (in or beside its heading). */
export const permalink = (page: Page, sectionId: string): Locator => sectionById(page, sectionId).locator(`a[href$="#${sectionId}"]`).first();

/** A polite live region (role=status or aria-live=polite) saying `text`. */
export const liveRegion = (page: Page, text: RegExp): Locator =>
  page.locator('[role="status"], [aria-live="polite"]').filter({ hasText: text });

/** The wording a wrong link's message may use. */
export const NOT_FOUND = /not found|couldn.t find|could not find|can.t find|no such|unknown|doesn.t exist|does not exist|isn.t (in|mentioned)|not in this/iu;

/** Reads a search parameter of the page's current URL. */
export const searchParam = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

/**
 * Asserts the story is filtered to the sections that mention `entity`: a status "N of M sections", the
 * matching sections' mentioning blocks visible, the other sections' body text hidden (their heading may stay).
 */
export async function expectFilteredTo(page: Page, article: Article, entity: Entity, shown: Set<string>): Promise<void> {
  const matching = sectionsMentioning(article, entity, (block) => shown.has(block));
  const total = article.sections.length;
  expect(matching.length, `${entity.name} is mentioned in the visible text`).toBeGreaterThan(0);
  await expect(filterStatus(page, matching.length, total).first()).toBeVisible();
  for (const section of article.sections) {
    const text = await visibleText(sectionById(page, section.id));
    const bodies = section.blocks.filter((b) => b.kind === 'paragraph' && shown.has(b.id)).map((b) => normalise(b.text));
    if (matching.includes(section.id)) {
      for (const m of entity.mentions.filter((x) => shown.has(x.block))) {
        const block = section.blocks.find((b) => b.id === m.block);
        if (block) expect(text, `section "${section.id}" shows block ${block.id}, which mentions ${entity.name}`).toContain(normalise(block.text));
      }
    } else {
      for (const body of bodies) expect(text, `section "${section.id}" (no ${entity.name}) hides its body text`).not.toContain(body);
    }
  }
}

/** Blocks visible in the unfiltered, unhighlighted article: the baseline for expected counts. */
export async function baselineShown(page: Page, article: Article): Promise<Set<string>> {
  await openArticle(page, article);
  return shownBlocks(page, article);
}

/**
 * The library searched for a story's headline: the library lists 20 stories a page, newest first, so a given
 * story (the seed) is reached from it by a search, as a reader would.
 */
export const librarySearchFor = (article: Article): string => `/?q=${encodeURIComponent(article.headline)}`;

/** The story the library lists first (newest first), from the library's head data. */
export async function newestStory(request: APIRequestContext): Promise<{ id: string; headline: string }> {
  const head = validateLibraryHead(await (await request.get('/data/library.json')).json());
  if (!head.ok) throw new Error(head.errors.join('\n'));
  const first = head.value.stories[0];
  if (!first) throw new Error('the library lists no story');
  return first;
}

/** A story's link in the library's list (copies in the e2e collection share headlines, so by id). */
export const libraryLink = (page: Page, story: { id: string; headline: string }): Locator =>
  page.locator(`.article-card[data-article-id="${story.id}"]`).getByRole('link', { name: story.headline });

/**
 * The seed article as the app serves it, and the expectations the specs derive from it: counts come from
 * the JSON, never typed in, so the specs stay right as the pipeline improves.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { validateArticle, type Article, type Entity, type EntityType, type Quote } from '../../../src/contract/article';

/** The one seed in the repository: seeds/000_3979cacfdab927d0.txt. */
export const SEED_ID = '000-3979cacfdab927d0';
export const articlePath = (id: string = SEED_ID) => `/a/${encodeURIComponent(id)}`;
export const articleDataPath = (id: string = SEED_ID) => `/data/articles/${encodeURIComponent(id)}.json`;

/** Fetches the article JSON from the running app and checks it against the contract. */
export async function loadArticle(request: APIRequestContext, id: string = SEED_ID): Promise<Article> {
  const response = await request.get(articleDataPath(id));
  if (!response.ok()) throw new Error(`GET ${articleDataPath(id)} answered ${response.status()}`);
  const result = validateArticle(await response.json());
  if (!result.ok) throw new Error(`${articleDataPath(id)} breaks the contract:\n${result.errors.join('\n')}`);
  return result.value;
}

/** Why an entity-dependent spec cannot run yet, or null when it can. */
export function noEntitiesReason(article: Article): string | null {
  return article.entities.length === 0
    ? `${articleDataPath(article.id)} has no entities yet (entities: []); this spec runs once the pipeline extracts them`
    : null;
}

/** Why a quote-dependent spec cannot run yet, or null when it can. */
export function noQuotesReason(article: Article): string | null {
  return article.quotes.length === 0
    ? `${articleDataPath(article.id)} has no quotes yet (quotes: []); this spec runs once the pipeline extracts them`
    : null;
}

/** The quote furthest down the story (so that moving to it means scrolling), or undefined. */
export function lastQuote(article: Article): Quote | undefined {
  const order = new Map<string, number>();
  for (const section of article.sections) {
    order.set(section.id, order.size);
    for (const block of section.blocks) order.set(block.id, order.size);
  }
  return [...article.quotes].sort((a, b) => (order.get(b.block) ?? 0) - (order.get(a.block) ?? 0) || b.start - a.start)[0];
}

const byMentions = (a: Entity, b: Entity) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id);

/** The entity of a type with the most mentions. */
export function topEntity(article: Article, type: EntityType): Entity | undefined {
  return article.entities.filter((e) => e.type === type && !e.creditOnly).sort(byMentions)[0];
}

/** The person the seed is about: the one whose name contains "Lavrov". */
export function lavrov(article: Article): Entity | undefined {
  return article.entities.find((e) => e.type === 'person' && /lavrov/i.test(e.name));
}

/** Section ids in which an entity is mentioned, counting only the blocks for which `isShown` is true. */
export function sectionsMentioning(article: Article, entity: Entity, isShown: (blockId: string) => boolean = () => true): string[] {
  const blocks = new Map<string, string>();
  for (const section of article.sections) {
    blocks.set(section.id, section.id);
    for (const block of section.blocks) blocks.set(block.id, section.id);
  }
  const ids = new Set(entity.mentions.filter((m) => isShown(m.block)).map((m) => blocks.get(m.block)));
  return article.sections.map((s) => s.id).filter((id) => ids.has(id));
}

/**
 * An entity of the type that filtering would actually narrow: mentioned in some sections but not all, the
 * most mentioned such; falls back to the most mentioned of the type.
 */
export function filterableEntity(article: Article, type: EntityType): Entity | undefined {
  const candidates = article.entities.filter((e) => e.type === type && !e.creditOnly).sort(byMentions);
  const narrowing = candidates.find((e) => {
    const n = sectionsMentioning(article, e).length;
    return n > 0 && n < article.sections.length;
  });
  return narrowing ?? candidates[0];
}

export const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * The text a reader can see inside `root`: text nodes whose element is rendered (not display:none, not
 * visibility:hidden, not inside a closed <details>), joined, whitespace collapsed. Unlike innerText it
 * ignores CSS text-transform, so it compares with the JSON's text.
 */
export async function visibleText(root: Locator): Promise<string> {
  const text = await root.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let out = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && parent.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) out += node.textContent ?? '';
    }
    return out;
  });
  return normalise(text);
}

/** Which blocks (and section headings, by section id) of the article are visible in the page's <main>. */
export async function shownBlocks(page: Page, article: Article): Promise<Set<string>> {
  const text = await visibleText(page.locator('main'));
  const shown = new Set<string>();
  for (const section of article.sections) {
    if (text.includes(normalise(section.heading))) shown.add(section.id);
    for (const block of section.blocks) if (text.includes(normalise(block.text))) shown.add(block.id);
  }
  return shown;
}

/** The texts of an entity's mentions that fall in shown blocks, sorted: what its <mark>s should say. */
export function expectedMarks(entity: Entity, shown: Set<string>): string[] {
  return entity.mentions.filter((m) => shown.has(m.block)).map((m) => normalise(m.text)).sort();
}

/** The URL parameter that filters by an entity type, per the reader's contract. */
export function filterParam(type: EntityType): 'person' | 'country' {
  if (type === 'person' || type === 'country') return type;
  throw new Error(`no filter parameter for ${type}`);
}

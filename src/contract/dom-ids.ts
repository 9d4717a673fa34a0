/**
 * Every DOM id on a reader page, defined once: the app's own fixed ids, and the ids it derives from an article's
 * section, block and quote ids. The pipeline's slugger never hands out a reserved id and the validator rejects an
 * article whose ids would clash, so every id on a page is unique (a duplicate id silently breaks hydration, deep
 * links and the contents marker).
 */

/** The reader's fixed DOM ids (index.html's #root holds the app, #lede-data the prerendered page's data). */
export const APP_IDS = {
  root: 'root',
  data: 'lede-data',
  main: 'lede-main',
  sheetTitle: 'sheet-title',
  entitiesTitle: 'entities-title',
  quotesTitle: 'quotes-title',
} as const;

const APP_ID_SET: ReadonlySet<string> = new Set(Object.values(APP_IDS));

/**
 * The pattern of every section, block, quote and entity id. It has no `_`, which is what keeps the derived DOM
 * ids below (`h_…`, `block_…`, `quote_…`) apart from section ids, the one kind of article id used bare.
 */
export const ARTICLE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/u;

/**
 * The pattern of an article's own id (from its seed's file name, used only in URLs, never as a DOM id): lowercase
 * letters of any script, letters without case (CJK), digits and dashes; no `_`, no upper case, no space.
 */
export const STORY_ID_PATTERN = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}-]*$/u;

/** DOM ids made from article ids. A section's is its id itself, so `#<section-id>` deep links work without JavaScript. */
export const domIds = {
  section: (sectionId: string) => sectionId,
  heading: (sectionId: string) => `h_${sectionId}`,
  block: (blockId: string) => `block_${blockId}`,
  quote: (quoteId: string) => `quote_${quoteId}`,
} as const;

/** The shape of the ids the pipeline numbers: blocks `b1`, `b2`, …, quotes `q1`, `q2`, … */
const NUMBERED_ID = /^[bq][0-9]+$/u;

/** Is this one of the reader's own fixed DOM ids? */
export const isAppId = (id: string): boolean => APP_ID_SET.has(id);

/**
 * Ids a slug (section or entity) must never take: the reader's own ids, and the shape of numbered block and quote
 * ids, which share one namespace with section ids (a mention's `block` may name either).
 */
export const isReservedSlug = (id: string): boolean => isAppId(id) || NUMBERED_ID.test(id);

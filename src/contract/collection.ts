/**
 * The collection contract: what the publish step writes beside the articles about the entities of the whole
 * collection, and what the reader's entity pages (`/e/<key>`) and story sidebars read. Same schema version as the
 * articles (one data set, published together). Files, under the data folder:
 *
 * - `collection/entities/<key>.json`: one `EntityPage` per real-world entity (so no page ships the whole index), its
 *   first page; an entity in more than ENTITY_PAGE_SIZE stories or with more quotes has further pages at
 *   `collection/entities/<key>/<n>.json` (n ≥ 2), so a page stays small however big the collection grows;
 * - `collection/stories/<story-id>.json`: a `StoryEntityKeys`, each of the story's entity ids → its collection key
 *   (the story page's sidebar links each entity to its page);
 * - `collection/entities.json`: the `EntityList`, every entity's key, type, name and story count (for the prerender,
 *   and for a search or facet index built over the collection; never fetched by a page).
 */
import * as v from 'valibot';
import { ArticleSchema, ENTITY_TYPES, quoteText, SCHEMA_VERSION, validateShape, type ValidationResult } from './article';

/**
 * An entity's collection key, the `<key>` of `/e/<key>` and of its file name: lowercase ASCII letters, digits and
 * dashes (a readable slug of its name, see src/pipeline/collection/entity-keys.ts), at most 100 characters.
 */
export const ENTITY_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/u;

const entityKey = () => v.pipe(v.string(), v.regex(ENTITY_KEY_PATTERN, 'must be lowercase letters, digits and dashes (at most 100), starting with a letter or digit'));
const count = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const storyId = () => ArticleSchema.entries.id;
const articleRef = () => v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/u, 'must be an article id (lowercase letters, digits and dashes)'));

/** A story that mentions the entity: enough to list and link it without loading the story. */
export const EntityStorySchema = v.object({
  id: storyId(),
  headline: v.string(),
  /** YYYY-MM-DD when the story states it. */
  date: v.nullable(v.pipe(v.string(), v.isoDate())),
  source: v.nullable(v.string()),
  /** The entity's ids inside this story (for `?highlight=<ids>`): one, or two spellings the story kept apart. */
  entities: v.pipe(v.array(articleRef()), v.minLength(1)),
  /** How often the story mentions it (0 for a country named only through its places or people). */
  mentions: count(),
});

/** A quote by the entity (a person or organisation), pointing at its exact place in its story. */
export const EntityQuoteSchema = v.object({
  story: storyId(),
  /** The quote's id in its story (`?quote=<id>`). */
  quote: articleRef(),
  /** The section holding it (`#<section>`). */
  section: articleRef(),
  text: v.string(),
});

/** Another entity of the same stories, and in how many of them the two appear together. */
export const RelatedEntitySchema = v.object({ key: entityKey(), name: v.string(), stories: count() });

/** Stories per month, where the story's date is known. */
export const TimelineMonthSchema = v.object({ month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/u, 'must be YYYY-MM')), stories: count() });

/** Everything `/e/<key>` shows about one real-world entity, across every story of the collection. */
export const EntityPageSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  key: entityKey(),
  type: v.picklist(ENTITY_TYPES),
  /** The name most stories use for it (ties: the fullest, then the first in code-unit order). */
  name: v.string(),
  /** The title or role stories give a person most often. */
  description: v.nullable(v.string()),
  /** Every form the stories use (names and aliases), most stories first. */
  forms: v.array(v.string()),
  /** This page's number (from 1) and how many pages the entity has: `stories` and `quotes` hold this page's share. */
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pages: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Stories that mention it, quotes by it, and mentions in all stories (all pages). */
  storyCount: count(),
  quoteCount: count(),
  mentionCount: count(),
  /** Dated stories by month, oldest first; `undated` counts the rest. */
  timeline: v.array(TimelineMonthSchema),
  undated: count(),
  /** Newest first (undated last), then by story id; on page n, stories (n-1)·ENTITY_PAGE_SIZE onwards. */
  stories: v.array(EntityStorySchema),
  /** In the order of the stories, then of the quotes in each story; on page n, quotes (n-1)·ENTITY_PAGE_SIZE onwards. */
  quotes: v.array(EntityQuoteSchema),
  /** People appearing in the same stories, most shared stories first (at most RELATED_LIMIT). */
  people: v.array(RelatedEntitySchema),
  /** Countries of the same stories, most shared stories first (at most RELATED_LIMIT). */
  countries: v.array(RelatedEntitySchema),
});

/** Related people and countries listed per entity page: the most frequent ones, a page stays small. */
export const RELATED_LIMIT = 20;

/** Stories, and quotes, per page of an entity. */
export const ENTITY_PAGE_SIZE = 100;

/** A story's entities → their collection keys (entities with no page, such as photo credits, are absent). */
export const StoryEntityKeysSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  story: storyId(),
  keys: v.record(articleRef(), entityKey()),
});

/** One entry of the entity list. */
export const EntityListEntrySchema = v.object({ key: entityKey(), type: v.picklist(ENTITY_TYPES), name: v.string(), stories: count() });

export const EntityListSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  entities: v.array(EntityListEntrySchema),
});

export type EntityStory = v.InferOutput<typeof EntityStorySchema>;
export type EntityQuote = v.InferOutput<typeof EntityQuoteSchema>;
export type RelatedEntity = v.InferOutput<typeof RelatedEntitySchema>;
export type TimelineMonth = v.InferOutput<typeof TimelineMonthSchema>;
export type EntityPage = v.InferOutput<typeof EntityPageSchema>;
export type StoryEntityKeys = v.InferOutput<typeof StoryEntityKeysSchema>;
export type EntityListEntry = v.InferOutput<typeof EntityListEntrySchema>;
export type EntityList = v.InferOutput<typeof EntityListSchema>;

/** Validates an entity page: the shape, counts that agree with the lists, and (given `key`) that it is the one asked for. */
export function validateEntityPage(input: unknown, expected: { key?: string; page?: number } = {}): ValidationResult<EntityPage> {
  const shape = validateShape(EntityPageSchema, input);
  if (!shape.ok) return shape;
  const page = shape.value;
  const errors: string[] = [];
  if (expected.key !== undefined && page.key !== expected.key) errors.push(`key: the data is entity ${quoteText(page.key)}, not the requested ${quoteText(expected.key)}`);
  if (expected.page !== undefined && page.page !== expected.page) errors.push(`page: the data is page ${page.page}, not the requested ${expected.page}`);
  if (page.page > page.pages) errors.push(`page: ${page.page} of only ${page.pages}`);
  const share = (total: number) => Math.max(0, Math.min(ENTITY_PAGE_SIZE, total - (page.page - 1) * ENTITY_PAGE_SIZE));
  if (page.stories.length !== share(page.storyCount)) errors.push(`stories: ${page.stories.length} listed, but page ${page.page} of ${page.storyCount} stories holds ${share(page.storyCount)}`);
  if (page.quotes.length !== share(page.quoteCount)) errors.push(`quotes: ${page.quotes.length} listed, but page ${page.page} of ${page.quoteCount} quotes holds ${share(page.quoteCount)}`);
  const pagesNeeded = Math.max(1, Math.ceil(Math.max(page.storyCount, page.quoteCount) / ENTITY_PAGE_SIZE));
  if (page.pages !== pagesNeeded) errors.push(`pages: ${page.pages}, but ${page.storyCount} stories and ${page.quoteCount} quotes take ${pagesNeeded}`);
  const stories = new Set<string>();
  page.stories.forEach((s, i) => {
    if (stories.has(s.id)) errors.push(`stories.${i}: story "${s.id}" is listed twice`);
    stories.add(s.id);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: page };
}

/** Validates a story's entity keys (given `story`, that it is that story's). */
export function validateStoryEntityKeys(input: unknown, expected: { story?: string } = {}): ValidationResult<StoryEntityKeys> {
  const shape = validateShape(StoryEntityKeysSchema, input);
  if (!shape.ok || expected.story === undefined || shape.value.story === expected.story) return shape;
  return { ok: false, errors: [`story: the data is for story ${quoteText(shape.value.story)}, not the requested ${quoteText(expected.story)}`] };
}

/** Validates the entity list (each key listed once). */
export function validateEntityList(input: unknown): ValidationResult<EntityList> {
  const shape = validateShape(EntityListSchema, input);
  if (!shape.ok) return shape;
  const seen = new Set<string>();
  const errors: string[] = [];
  shape.value.entities.forEach((e, i) => {
    if (seen.has(e.key)) errors.push(`entities.${i}: duplicate key "${e.key}"`);
    seen.add(e.key);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: shape.value };
}

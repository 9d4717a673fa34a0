/**
 * The library contract: what the publish step writes for the library (`/`) beside the articles, and what the
 * reader reads of the search index. Files, under the data folder:
 *
 * - `library.json`: a `LibraryHead`, the library's first page (the newest stories) and the heads of its facets, so
 *   the prerendered `/` stays small however big the collection grows (the full index.json is never fetched by it);
 * - `pagefind/`: a Pagefind index of every story (pagefind.js, its worker and WebAssembly, and the index chunks), one
 *   record per story with the meta, filters and sort below. Everything past the first page is answered from it. A big
 *   collection is indexed in shards of consecutive stories in the library's order (Pagefind's indexer holds a whole
 *   index in memory, about 0.3 GB per 1,000 stories): the first in `pagefind/`, shard k in `pagefind/shard-<k>/`
 *   (data only: it runs on the first shard's script and WebAssembly), and `pagefind/shards.json` says how many.
 */
import * as v from 'valibot';
import { ArticleSummarySchema, SCHEMA_VERSION, validateShape, type ValidationResult } from './article';

/** Stories per page of the library, prerendered and searched alike. */
export const LIBRARY_PAGE_SIZE = 20;

/** Values listed per facet before "more" (selected values are always listed). */
export const FACET_HEAD_SIZE = 8;

/** The library's facets, in the order shown; each is a Pagefind filter of the same name. */
export const FACETS = ['person', 'country', 'source', 'topic', 'year', 'month'] as const;
export type Facet = (typeof FACETS)[number];

/** Facets whose values name a collection entity (`<key>:<name>` in the index, the key in the URL). */
export const ENTITY_FACETS: ReadonlySet<Facet> = new Set(['person', 'country']);

/**
 * Facets where a story has one value, so several chosen values mean "any of them"; in the others (people,
 * countries) a story has many, and several chosen mean "all of them", as the story page's filters do.
 */
export const ANY_OF_FACETS: ReadonlySet<Facet> = new Set(['source', 'topic', 'year', 'month']);

/**
 * An entity facet's filter value: the entity's collection key, then its name, so one value links to `/e/<key>` and
 * shows the name (keys are `[a-z0-9-]`, so the first `:` ends the key).
 */
export const entityFacetValue = (key: string, name: string) => `${key}:${name}`;

/** An entity facet value split into its key and name; null when it is not one. */
export function parseEntityFacetValue(value: string): { key: string; name: string } | null {
  const colon = value.indexOf(':');
  if (colon < 1) return null;
  return { key: value.slice(0, colon), name: value.slice(colon + 1) };
}

/**
 * Every record's `date` sort key: its position in the library's newest-first order (undated last, ties by id),
 * zero-padded so it sorts alike as text and as a number. Sorting ascending by it gives exactly the library head's
 * order, so page 2 from the index follows page 1 from library.json with no story repeated or skipped; and every
 * record has one (Pagefind leaves records without the key out of sorted results).
 */
export const dateSortKey = (position: number) => String(position).padStart(8, '0');

/** The search index's shard list (`pagefind/shards.json`): how many shards; shard k ≥ 1 is in `shard-<k>/`. */
export const SearchShardsSchema = v.object({ shards: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/** The folder of shard `k` inside `pagefind/` ('' for the first). */
export const searchShardFolder = (k: number) => (k === 0 ? '' : `shard-${k}/`);

/**
 * The synthetic filter each shard is merged with in the browser (Pagefind's `mergeFilter`): it costs no download,
 * and filtering on it asks one shard alone, whose results come in its own sort order.
 */
export const SHARD_FILTER = 'shard';

/** One value of a facet with the number of stories that have it; `value` is what the URL holds. */
export const FacetEntrySchema = v.object({ value: v.string(), label: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const LibraryHeadSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** Stories in the whole collection. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The first LIBRARY_PAGE_SIZE stories, newest first (undated last), then by id. */
  stories: v.array(ArticleSummarySchema),
  /** Each facet's most frequent values (at most FACET_HEAD_SIZE), most stories first. */
  facets: v.object({
    person: v.array(FacetEntrySchema),
    country: v.array(FacetEntrySchema),
    source: v.array(FacetEntrySchema),
    topic: v.array(FacetEntrySchema),
    year: v.array(FacetEntrySchema),
    month: v.array(FacetEntrySchema),
  }),
});

/**
 * A search record's meta (Pagefind keeps meta as strings): the story's listing fields and, in `entities`, JSON of
 * `[key, ids, forms]` for each of its entities with a collection page, so a result links with `?highlight=<ids>`
 * when a facet or the query names one of them.
 */
export const SearchMetaSchema = v.object({
  id: ArticleSummarySchema.entries.id,
  title: v.string(),
  date: v.optional(v.string()),
  source: v.optional(v.string()),
  sections: v.string(),
  people: v.string(),
  quotes: v.string(),
  entities: v.string(),
});

export const SearchEntitiesSchema = v.array(v.tuple([v.string(), v.array(v.string()), v.array(v.string())]));

export type FacetEntry = v.InferOutput<typeof FacetEntrySchema>;
export type LibraryHead = v.InferOutput<typeof LibraryHeadSchema>;
export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>;
/** A story's entities for highlighting: collection key, the ids in the story, and the forms the story uses. */
export type SearchEntities = v.InferOutput<typeof SearchEntitiesSchema>;

/** Validates the library head: the shape, and no more stories than a page. */
export function validateLibraryHead(input: unknown): ValidationResult<LibraryHead> {
  const shape = validateShape(LibraryHeadSchema, input);
  if (!shape.ok) return shape;
  if (shape.value.stories.length > Math.min(LIBRARY_PAGE_SIZE, shape.value.total))
    return { ok: false, errors: [`stories: ${shape.value.stories.length} listed, but a page of ${shape.value.total} stories holds at most ${Math.min(LIBRARY_PAGE_SIZE, shape.value.total)}`] };
  return shape;
}

/**
 * The library's search records and head: one Pagefind record per story (its text, listing meta, facet filters and
 * date sort) and the library's first page with its facet heads (src/contract/library.ts). Pure: the CLI hands the
 * records to Pagefind's indexer and writes the head. The text is made in the ingest worker (storySearchText), so
 * only it crosses threads; the facets need the collection's keys, so the records are made after it.
 */
import { SCHEMA_VERSION, type Article, type ArticleSummary } from '../../contract/article';
import { ENTITY_FACETS, FACET_HEAD_SIZE, LIBRARY_PAGE_SIZE, dateSortKey, entityFacetValue, parseEntityFacetValue, type Facet, type FacetEntry, type LibraryHead, type SearchEntities, type SearchMeta } from '../../contract/library';
import type { Collection } from './build-collection';
import type { StoryDigest } from './story-digest';

/** A Pagefind custom record (the shape of pagefind's `CustomRecord`, without importing the indexer here). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: SearchMeta;
  filters: Record<Facet, string[]>;
  sort: { date: string };
}

/** One story as the search step gets it: its index entry, its digest and its text. */
export interface SearchStory {
  summary: ArticleSummary;
  digest: StoryDigest;
  text: string;
}

/** Block kinds that are the story's own words: credits, teasers and related lines are furniture or other stories. */
const STORY_TEXT_KINDS = new Set(['paragraph', 'caption', 'embed']);

/** The text a story is found by: the headline, then each section's heading and its own blocks, one per line. */
export function storySearchText(article: Article): string {
  const lines = [article.headline];
  article.sections.forEach((section, i) => {
    if (i > 0) lines.push(section.heading);
    for (const block of section.blocks) if (STORY_TEXT_KINDS.has(block.kind)) lines.push(block.text);
  });
  return lines.join('\n');
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, undated last, then by id: the library's order (as the entity pages list stories). */
export const libraryOrder = (a: ArticleSummary, b: ArticleSummary) =>
  a.date === b.date ? byCodeUnit(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : byCodeUnit(b.date, a.date);

/** A story's entity facets and highlight entities, from its collection keys. */
function storyEntities(digest: StoryDigest, keys: Readonly<Record<string, string>>, names: ReadonlyMap<string, string>) {
  const byKey = new Map<string, { ids: string[]; forms: Set<string>; type: string }>();
  for (const entity of digest.entities) {
    const key = keys[entity.id];
    if (!key) continue;
    const entry = byKey.get(key) ?? { ids: [], forms: new Set<string>(), type: entity.type };
    entry.ids.push(entity.id);
    for (const form of [entity.name, ...entity.aliases]) entry.forms.add(form);
    byKey.set(key, entry);
  }
  const facet = (type: string) => [...byKey].filter(([, e]) => e.type === type).map(([key]) => entityFacetValue(key, names.get(key) ?? key));
  const entities: SearchEntities = [...byKey].map(([key, e]) => [key, e.ids, [...e.forms]]);
  return { person: facet('person'), country: facet('country'), entities };
}

/**
 * The search record of every story. `collection` must be built from these stories' digests, in this order (its
 * storyKeys line up with them).
 */
export function searchRecords(stories: readonly SearchStory[], collection: Collection): SearchRecord[] {
  const names = new Map(collection.list.entities.map((e) => [e.key, e.name]));
  const position = new Map([...stories].map((s) => s.summary).sort(libraryOrder).map((s, i) => [s.id, i]));
  return stories.map(({ summary, digest, text }, i) => {
    const { person, country, entities } = storyEntities(digest, collection.storyKeys[i]?.keys ?? {}, names);
    const meta: SearchMeta = {
      id: summary.id,
      title: summary.headline,
      sections: String(summary.sections),
      people: String(summary.people),
      quotes: String(summary.quotes),
      entities: JSON.stringify(entities),
    };
    if (summary.date) meta.date = summary.date;
    if (summary.source) meta.source = summary.source;
    return {
      url: `/a/${summary.id}`,
      content: text,
      language: 'en',
      meta,
      filters: {
        person,
        country,
        source: summary.source ? [summary.source] : [],
        topic: digest.topic ? [digest.topic] : [],
        year: summary.date ? [summary.date.slice(0, 4)] : [],
        month: summary.date ? [summary.date.slice(0, 7)] : [],
      },
      sort: { date: dateSortKey(position.get(summary.id)!) },
    };
  });
}

/** The most frequent values of one facet over the records (ties: by label), at most FACET_HEAD_SIZE. */
function facetHead(records: readonly SearchRecord[], facet: Facet): FacetEntry[] {
  const counts = new Map<string, number>();
  for (const record of records) for (const value of new Set(record.filters[facet])) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ ...splitValue(facet, value), count }))
    .sort((a, b) => b.count - a.count || byCodeUnit(a.label, b.label) || byCodeUnit(a.value, b.value))
    .slice(0, FACET_HEAD_SIZE);
}

/** The URL value and label of a filter value: an entity's key and name, else the value itself. */
function splitValue(facet: Facet, value: string): { value: string; label: string } {
  const entity = ENTITY_FACETS.has(facet) ? parseEntityFacetValue(value) : null;
  return entity ? { value: entity.key, label: entity.name } : { value, label: value };
}

/** The library's first page and facet heads, from every story's index entry and search record. */
export function libraryHead(summaries: readonly ArticleSummary[], records: readonly SearchRecord[]): LibraryHead {
  return {
    schemaVersion: SCHEMA_VERSION,
    total: summaries.length,
    stories: [...summaries].sort(libraryOrder).slice(0, LIBRARY_PAGE_SIZE),
    facets: {
      person: facetHead(records, 'person'),
      country: facetHead(records, 'country'),
      source: facetHead(records, 'source'),
      topic: facetHead(records, 'topic'),
      year: facetHead(records, 'year'),
      month: facetHead(records, 'month'),
    },
  };
}

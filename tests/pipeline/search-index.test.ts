/**
 * The library's search step: each story's search record carries its text, listing meta, facet filters (people and
 * countries by collection key and name, source, year, month) and date sort; the library head lists the newest page
 * and the facets' heads; and the batch ingest publishes both (`library.json`, `pagefind/`) in the same generation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/contract/article';
import { LIBRARY_PAGE_SIZE, SearchEntitiesSchema, validateLibraryHead } from '../../src/contract/library';
import { buildCollection } from '../../src/pipeline/collection/build-collection';
import { libraryHead, searchRecords, storySearchText, type SearchStory } from '../../src/pipeline/collection/search-records';
import type { StoryDigest } from '../../src/pipeline/collection/story-digest';
import { ingestArticle } from '../../src/pipeline/ingest-article';
import * as v from 'valibot';
import { shardRecords } from '../../src/cli/write-search';
import { runCli, seedText, smallArticle } from './support/ingest-run';

const person = (id: string, name: string) => ({ id, type: 'person' as const, name, aliases: [], description: null, mentions: 2 });
const country = (id: string, name: string) => ({ id, type: 'country' as const, name, aliases: [], description: null, mentions: 1 });

function story(id: string, date: string | null, source: string | null, entities: StoryDigest['entities'], topic: string | null = null): SearchStory {
  const summary: ArticleSummary = { id, headline: `Headline ${id}`, date, source, sections: 1, people: 1, quotes: 0 };
  return { summary, digest: { id, headline: summary.headline, date, source, topic, entities, quotes: [] }, text: `Text of ${id}` };
}

describe('search records', () => {
  const stories = [
    story('a', '2019-06-06', 'Sputnik', [person('sergei-lavrov', 'Sergei Lavrov'), country('venezuela', 'Venezuela')]),
    story('b', null, null, [person('sergey-lavrov', 'Sergey Lavrov')], 'World'),
  ];
  const collection = buildCollection(stories.map((s) => s.digest));
  const records = searchRecords(stories, collection);
  const lavrov = collection.list.entities.find((e) => e.type === 'person')!;
  const venezuela = collection.list.entities.find((e) => e.type === 'country')!;

  it('carries people and countries as collection key and name, so one person across stories is one facet value', () => {
    expect(records[0]!.filters.person).toEqual([`${lavrov.key}:${lavrov.name}`]);
    expect(records[1]!.filters.person).toEqual([`${lavrov.key}:${lavrov.name}`]);
    expect(records[0]!.filters.country).toEqual([`${venezuela.key}:Venezuela`]);
  });

  it('carries source, topic, year and month when the story states them, and none when it does not', () => {
    expect(records[0]!.filters).toMatchObject({ source: ['Sputnik'], topic: [], year: ['2019'], month: ['2019-06'] });
    expect(records[1]!.filters).toMatchObject({ source: [], topic: ['World'], year: [], month: [] });
  });

  it('sorts by the library order: newest first, undated last, every record with a key (Pagefind drops records without one)', () => {
    const more = [story('old', '2001-01-01', null, []), ...stories, story('new', '2024-05-05', null, [])];
    const sorted = searchRecords(more, buildCollection(more.map((s) => s.digest)))
      .sort((x, y) => (x.sort.date < y.sort.date ? -1 : 1))
      .map((r) => r.meta.id);
    expect(sorted).toEqual(['new', 'a', 'old', 'b']);
  });

  it('links to the story and keeps, for highlighting, each entity key with the story ids and forms', () => {
    expect(records[0]!.url).toBe('/a/a');
    expect(records[0]!.meta).toMatchObject({ id: 'a', title: 'Headline a', date: '2019-06-06', source: 'Sputnik' });
    const entities = v.parse(SearchEntitiesSchema, JSON.parse(records[1]!.meta.entities));
    expect(entities).toEqual([[lavrov.key, ['sergey-lavrov'], ['Sergey Lavrov']]]);
  });
});

describe('story search text', () => {
  it('holds the headline and the body but not the photo credits', () => {
    const article = ingestArticle(seedText, 'seed');
    const text = storySearchText(article);
    expect(text.startsWith(article.headline)).toBe(true);
    const paragraph = article.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph')!;
    expect(text).toContain(paragraph.text);
    for (const credit of article.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'credit')) expect(text).not.toContain(credit.text);
  });
});

describe('library head', () => {
  it('lists the newest page of stories (undated last) and the most frequent facet values with their counts', () => {
    const stories = Array.from({ length: LIBRARY_PAGE_SIZE + 5 }, (_, i) => story(`s${String(i).padStart(2, '0')}`, i % 5 === 0 ? null : `20${10 + (i % 9)}-01-0${1 + (i % 7)}`, i % 2 ? 'Reuters' : 'AP', []));
    const head = libraryHead(
      stories.map((s) => s.summary),
      searchRecords(stories, buildCollection(stories.map((s) => s.digest))),
    );
    expect(validateLibraryHead(head).ok).toBe(true);
    expect(head.total).toBe(stories.length);
    expect(head.stories).toHaveLength(LIBRARY_PAGE_SIZE);
    const dates = head.stories.map((s) => s.date ?? '');
    expect(dates).toEqual([...dates].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a))));
    expect(head.facets.source).toEqual([
      { value: 'AP', label: 'AP', count: 13 },
      { value: 'Reuters', label: 'Reuters', count: 12 },
    ]);
  });
});

describe('search shards', () => {
  it('cut the records into runs of the library’s order, newest first, each at most the shard size', () => {
    const records = ['00000003', '00000000', '00000004', '00000001', '00000002'].map((date) => ({ sort: { date } }));
    expect(shardRecords(records, 2).map((shard) => shard.map((r) => r.sort.date))).toEqual([['00000000', '00000001'], ['00000002', '00000003'], ['00000004']]);
    expect(shardRecords([], 2)).toEqual([[]]);
  });
});

describe('the batch ingest publishes the search index with the data', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-search-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes library.json and a Pagefind index whose filters name the stories’ people, countries, sources, topics and dates', () => {
    const seeds = path.join(dir, 'seeds');
    fs.mkdirSync(seeds);
    fs.writeFileSync(path.join(seeds, 'seed.txt'), seedText);
    fs.writeFileSync(path.join(seeds, 'small.txt'), smallArticle(1, 'spring'));
    const out = path.join(dir, 'data');
    const run = runCli(['--seeds', seeds, '--out', out, '--store', path.join(dir, 'store')]);
    expect(run.stderr).toContain('ingested 2 article(s)');
    expect(run.code).toBe(0);
    const data = fs.realpathSync(out);
    const head = validateLibraryHead(JSON.parse(fs.readFileSync(path.join(data, 'library.json'), 'utf8')));
    if (!head.ok) throw new Error(head.errors.join('; '));
    expect(head.value.total).toBe(2);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) expect(fs.existsSync(path.join(data, 'pagefind', file)), file).toBe(true);
    // Pagefind's chunks are gzipped; each filter chunk holds its filter's name and values as plain strings.
    const filters = fs.readdirSync(path.join(data, 'pagefind', 'filter')).map((f) => gunzipSync(fs.readFileSync(path.join(data, 'pagefind', 'filter', f))).toString('latin1'));
    const seed = ingestArticle(seedText, 'seed');
    const keys = JSON.parse(fs.readFileSync(path.join(data, 'collection', 'stories', 'seed.json'), 'utf8')) as { keys: Record<string, string> };
    const someone = seed.entities.find((e) => e.type === 'person' && !e.creditOnly && keys.keys[e.id])!;
    const all = filters.join('\n');
    expect(all).toContain(`${keys.keys[someone.id]}:`);
    expect(all).toContain(seed.source!);
    expect(all).toContain(seed.date!.slice(0, 7));
    expect(all).toContain(seed.topic!);
    for (const facet of ['person', 'country', 'source', 'topic', 'year', 'month']) expect(filters.some((f) => f.includes(facet)), facet).toBe(true);
    expect(head.value.facets.topic).toEqual([{ value: seed.topic, label: seed.topic, count: 1 }]);
    // Only what the reader loads: not Pagefind's default UIs.
    expect(fs.existsSync(path.join(data, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(data, 'pagefind', 'shards.json'), 'utf8'))).toEqual({ shards: 1 });
  });

  it('indexes a collection bigger than a shard in shards, each with its own data and the first shard’s runtime', () => {
    const seeds = path.join(dir, 'seeds-sharded');
    fs.mkdirSync(seeds);
    for (const n of [1, 2, 3]) fs.writeFileSync(path.join(seeds, `small-${n}.txt`), smallArticle(n, 'spring'));
    const out = path.join(dir, 'data-sharded');
    const run = runCli(['--seeds', seeds, '--out', out, '--store', path.join(dir, 'store-sharded')], { LEDE_SEARCH_SHARD_STORIES: '2' });
    expect(run.code, run.stderr).toBe(0);
    const index = path.join(fs.realpathSync(out), 'pagefind');
    expect(JSON.parse(fs.readFileSync(path.join(index, 'shards.json'), 'utf8'))).toEqual({ shards: 2 });
    const pages = (folder: string) => (JSON.parse(fs.readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages.en!.page_count;
    expect([pages(index), pages(path.join(index, 'shard-1'))]).toEqual([2, 1]);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind']) expect(fs.existsSync(path.join(index, 'shard-1', file)), file).toBe(false);
    expect(fs.readdirSync(path.join(index, 'shard-1', 'fragment'))).toHaveLength(1);
  });
});

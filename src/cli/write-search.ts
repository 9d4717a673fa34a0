/**
 * The library's search step of the batch ingest: from every published story (its index entry, digest and text) and
 * the collection, writes `library.json` (the library's first page and facet heads) and a Pagefind index
 * (`pagefind/`) into the generation, before it is published, so the search always matches the data it is served
 * with. Pagefind's Node API runs its indexer binary (from the npm package @pagefind/linux-x64 and siblings) as a
 * service; only the files the reader loads are kept (not its default UIs or playground). The indexer holds a whole
 * index in memory and more while writing it (3 GB for 10,000 stories), so a big collection is indexed in shards of
 * consecutive stories in the library's order, one after another, each by a service of its own that is closed before
 * the next starts; the browser merges them (src/contract/library.ts).
 */
import * as pagefind from 'pagefind';
import { searchShardFolder } from '../contract/library';
import type { Collection } from '../pipeline/collection/build-collection';
import { libraryHead, searchRecords, type SearchStory } from '../pipeline/collection/search-records';
import { FileError } from './file-error';
import { Progress, type ProgressSink } from './progress';
import type { Generation } from './publish-data';

/** What the search step wrote and how long it took (records, shards, files and bytes of the index). */
export type SearchFigures = { records: number; shards: number; files: number; bytes: number; ms: number };

/** The index's folder in the data set; the reader imports `<data>/pagefind/pagefind.js`. */
export const SEARCH_FOLDER = 'pagefind';

/** Pagefind's output the reader needs: its API and worker, WebAssembly, metadata and index chunks; not its UIs. */
const KEPT_FILE = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/[^/]+)$/u;

/** A shard's data files: the first shard's script, worker and WebAssembly serve every shard. */
const SHARD_DATA_FILE = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/[^/]+)$/u;

/** Records sent to the indexer at once: enough to keep it busy, few enough to bound the messages in flight. */
const RECORDS_AT_ONCE = 64;

/**
 * Stories per shard: LEDE_SEARCH_SHARD_STORIES, else 2,500, where the indexer peaks near 0.8 GB (and a first search
 * still loads few shards' metadata). Tests and the end-to-end build set it low to exercise the merging.
 */
export function shardSize(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.LEDE_SEARCH_SHARD_STORIES);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : 2500;
}

type ShardRecord = ReturnType<typeof searchRecords>[number];

/** The records in the library's order (their date sort key), cut into shards of `size`. */
export function shardRecords<T extends { sort: { date: string } }>(records: readonly T[], size: number): T[][] {
  const ordered = [...records].sort((a, b) => (a.sort.date < b.sort.date ? -1 : a.sort.date > b.sort.date ? 1 : 0));
  return Array.from({ length: Math.max(1, Math.ceil(ordered.length / size)) }, (_, k) => ordered.slice(k * size, (k + 1) * size));
}

/** Fails with one line naming the step when Pagefind reports errors. */
function check(errors: readonly string[], what: string): void {
  if (errors.length) throw new FileError(SEARCH_FOLDER, `${what} failed (${errors.slice(0, 3).join('; ')})`);
}

/**
 * Writes `library.json` and the Pagefind index of `stories` into `generation`; `collection` is built from their
 * digests, in order. With a `sink`, the indexing shows its progress (src/cli/progress.ts): stories indexed, rate, and
 * the slowest story (the time from sending its record to the indexer's answer).
 */
export async function writeSearch(generation: Generation, stories: readonly SearchStory[], collection: Collection, sink?: ProgressSink): Promise<SearchFigures> {
  const started = performance.now();
  const records = searchRecords(stories, collection);
  await generation.writeDataFile('library.json', JSON.stringify(libraryHead(stories.map((s) => s.summary), records)));
  const shards = shardRecords(records, shardSize());
  const progress = sink ? new Progress('search index', records.length, sink) : null;
  let files = 0;
  let bytes = 0;
  for (const [k, shard] of shards.entries()) {
    const written = await indexShard(generation, shard, k, progress);
    files += written.files;
    bytes += written.bytes;
  }
  progress?.finish();
  const manifest = JSON.stringify({ shards: shards.length });
  await generation.writeDataFile(`${SEARCH_FOLDER}/shards.json`, manifest);
  return { records: records.length, shards: shards.length, files: files + 1, bytes: bytes + manifest.length, ms: performance.now() - started };
}

/** Indexes one shard with a Pagefind service of its own and writes its files; the service is closed (its memory freed) before this returns. */
async function indexShard(generation: Generation, records: readonly ShardRecord[], k: number, progress: Progress | null): Promise<{ files: number; bytes: number }> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check(created.errors, 'creating the search index');
    const index = created.index!;
    const add = async (record: ShardRecord) => {
      const sent = performance.now();
      const result = await index.addCustomRecord(record);
      progress?.item(record.url, performance.now() - sent);
      return result;
    };
    for (let i = 0; i < records.length; i += RECORDS_AT_ONCE) {
      const added = await Promise.all(records.slice(i, i + RECORDS_AT_ONCE).map(add));
      for (const result of added) check(result.errors, 'indexing a story');
    }
    const output = await index.getFiles();
    check(output.errors, 'writing the search index');
    await index.deleteIndex();
    const kept = (k === 0 ? KEPT_FILE : SHARD_DATA_FILE);
    let files = 0;
    let bytes = 0;
    for (const file of output.files) {
      const name = file.path.replace(/\\/gu, '/');
      if (!kept.test(name)) continue;
      await generation.writeDataFile(`${SEARCH_FOLDER}/${searchShardFolder(k)}${name}`, file.content);
      files++;
      bytes += file.content.byteLength;
    }
    return { files, bytes };
  } finally {
    // The indexer is a child process: closing it frees the shard's index and lets the CLI exit.
    await pagefind.close();
  }
}

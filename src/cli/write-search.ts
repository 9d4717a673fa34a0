/**
 * The library's search step of the batch ingest: from every published story (its index entry, digest and text) and
 * the collection, writes `library.json` (the library's first page and facet heads) and a Pagefind index
 * (`pagefind/`) into the generation, before it is published, so the search always matches the data it is served
 * with. Pagefind's Node API runs its indexer binary (from the npm package @pagefind/linux-x64 and siblings) as a
 * service; only the files the reader loads are kept (not its default UIs or playground).
 */
import * as pagefind from 'pagefind';
import type { Collection } from '../pipeline/collection/build-collection';
import { libraryHead, searchRecords, type SearchStory } from '../pipeline/collection/search-records';
import { FileError } from './file-error';
import { Progress, type ProgressSink } from './progress';
import type { Generation } from './publish-data';

/** What the search step wrote and how long it took (records, files and bytes of the index). */
export type SearchFigures = { records: number; files: number; bytes: number; ms: number };

/** The index's folder in the data set; the reader imports `<data>/pagefind/pagefind.js`. */
export const SEARCH_FOLDER = 'pagefind';

/** Pagefind's output the reader needs: its API and worker, WebAssembly, metadata and index chunks; not its UIs. */
const KEPT_FILE = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/[^/]+)$/u;

/** Records sent to the indexer at once: enough to keep it busy, few enough to bound the messages in flight. */
const RECORDS_AT_ONCE = 64;

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
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check(created.errors, 'creating the search index');
    const index = created.index!;
    const progress = sink ? new Progress('search index', records.length, sink) : null;
    const add = async (record: (typeof records)[number]) => {
      const sent = performance.now();
      const result = await index.addCustomRecord(record);
      progress?.item(record.url, performance.now() - sent);
      return result;
    };
    for (let i = 0; i < records.length; i += RECORDS_AT_ONCE) {
      const added = await Promise.all(records.slice(i, i + RECORDS_AT_ONCE).map(add));
      for (const result of added) check(result.errors, 'indexing a story');
    }
    progress?.finish();
    const output = await index.getFiles();
    check(output.errors, 'writing the search index');
    const kept = output.files.filter((f) => KEPT_FILE.test(f.path.replace(/\\/gu, '/')));
    for (const file of kept) await generation.writeDataFile(`${SEARCH_FOLDER}/${file.path.replace(/\\/gu, '/')}`, file.content);
    await index.deleteIndex();
    return { records: records.length, files: kept.length, bytes: kept.reduce((n, f) => n + f.content.byteLength, 0), ms: performance.now() - started };
  } finally {
    // The indexer is a child process: closing it lets the CLI exit.
    await pagefind.close();
  }
}

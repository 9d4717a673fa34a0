/**
 * The batch ingest: every seed of a folder, each under its own id, on all cores with a time guard per article,
 * published atomically as one complete data set (see publish-data.ts). Every entry that is not ingested is named
 * with its reason: broken seeds as `failed`, entries that are not seeds at all as `skipped`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION, type ArticleIndex, type ArticleSummary } from '../contract/article';
import type { Collection } from '../pipeline/collection/build-collection';
import type { StoryDigest } from '../pipeline/collection/story-digest';
import { describeIoError, FileError } from './file-error';
import { openCache } from './ingest-cache';
import { ingestIncrementally, type CacheFigures } from './ingest-incremental';
import { IngestPool, poolSize, timeLimitMs, type IngestJob, type IngestOutcome } from './ingest-pool';
import { Progress, type ProgressSink } from './progress';
import { currentDataDir, Generation, publishGeneration } from './publish-data';
import { assignArticleIds, isSeedName, quoteFileName } from './seed-names';
import { writeSearch, type SearchFigures } from './write-search';

/** What a batch did: the articles published (in file-name order), the seeds that failed, the entries that are not seeds. */
export type BatchResult = { written: ArticleSummary[]; failed: FileError[]; skipped: FileError[]; collection: CollectionFigures; search: SearchFigures; cache: CacheFigures };

/** What the collection step made and how long it took (building and writing). */
export type CollectionFigures = { entities: number; files: number; ms: number };

export type BatchOptions = {
  /** Where generations are written before they are published; on the same file system as the output folder. */
  storeDir: string;
  /** Per-article time limit; defaults to LEDE_ARTICLE_TIME_LIMIT_S or 60 s. */
  timeLimitMs?: number;
  /** Where the ingest step's progress goes (src/cli/progress.ts); none when not given. */
  progress?: ProgressSink;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The seeds of a folder (names of `.txt`, `.html` and `.htm` entries, any case, sorted by code unit) and every other entry with the
 * reason it is left out. A `.txt` entry that is not a regular file stays a seed: reading it refuses it, by name.
 */
export function listSeeds(seedsDir: string): { seeds: string[]; failed: FileError[]; skipped: FileError[] } {
  let entries: fs.Dirent<Buffer>[];
  try {
    entries = fs.readdirSync(seedsDir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileError(seedsDir, code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${describeIoError(err)})`);
  }
  const seeds: string[] = [];
  const failed: FileError[] = [];
  const skipped: FileError[] = [];
  for (const entry of entries) {
    let name: string;
    try {
      name = utf8.decode(entry.name);
    } catch {
      // Such a name cannot be given an id or a URL; a seed among them is a failure, anything else a note.
      const lossy = entry.name.toString('utf8');
      (isSeedName(lossy) ? failed : skipped).push(new FileError(path.join(seedsDir, lossy), 'has a file name that is not valid UTF-8: rename it'));
      continue;
    }
    if (entry.isDirectory()) skipped.push(new FileError(path.join(seedsDir, name), 'is a folder, skipped (seeds are the .txt and .html files directly in the seeds folder)'));
    else if (!isSeedName(name)) skipped.push(new FileError(path.join(seedsDir, name), 'is not a .txt or .html file, skipped'));
    else seeds.push(name);
  }
  const byFile = (a: FileError, b: FileError) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { seeds: seeds.sort(), failed: failed.sort(byFile), skipped: skipped.sort(byFile) };
}

/** The first id listed twice, if any: a last check before the index is written, whatever assigned the ids. */
function repeatedId(articles: readonly ArticleSummary[]): string | undefined {
  const seen = new Set<string>();
  return articles.find(({ id }) => seen.has(id) || !seen.add(id))?.id;
}

/** Files written at once: enough to keep the disk busy, few enough to stay far from the open-files limit. */
const WRITES_AT_ONCE = 64;

/** Runs `write` for every item, WRITES_AT_ONCE at a time; the first failure ends it. */
async function writeAll<T>(items: readonly T[], write: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await write(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, items.length) }, lane));
}

/**
 * Builds the collection (src/pipeline/collection) from the published stories' digests and writes it into the same
 * generation, before its index: an entity page per entity, each story's entity keys, and the entity list. The stage
 * is loaded here only, after the pool is done: it reads the language pack, which this thread otherwise never loads.
 */
async function writeCollection(generation: Generation, digests: StoryDigest[]): Promise<{ figures: CollectionFigures; collection: Collection }> {
  const started = performance.now();
  const { buildCollection, entityPages } = await import('../pipeline/collection/build-collection');
  const collection = buildCollection(digests);
  let files = 1;
  await writeAll(collection.entities, async (record) => {
    for (const page of entityPages(record)) {
      files++;
      await (page.page === 1 ? generation.writeCollectionFile('entities', page.key, JSON.stringify(page)) : generation.writeCollectionFile(`entities/${page.key}`, String(page.page), JSON.stringify(page)));
    }
  });
  files += collection.storyKeys.length;
  await writeAll(collection.storyKeys, (keys) => generation.writeCollectionFile('stories', keys.story, JSON.stringify(keys)));
  await generation.writeCollectionFile(null, 'entities', JSON.stringify(collection.list));
  return { figures: { entities: collection.entities.length, files, ms: performance.now() - started }, collection };
}

/**
 * Ingests every seed in `seedsDir` and publishes them at `outDir` (`articles/<id>.json` and `index.json`) in one
 * atomic swap. A broken seed never stops the others: it is collected in `failed` and the rest are published.
 * Throws a FileError (and publishes nothing) when the batch as a whole cannot be done: the seeds folder cannot
 * be read, or the data cannot be written (a full disk) or published.
 */
export async function ingestFolder(seedsDir: string, outDir: string, options: BatchOptions): Promise<BatchResult> {
  const listing = listSeeds(seedsDir);
  let ids: Map<string, string>;
  try {
    ids = assignArticleIds(listing.seeds);
  } catch (err) {
    throw new FileError(seedsDir, (err as Error).message);
  }
  const jobs: IngestJob[] = listing.seeds.map((name) => ({ file: path.join(seedsDir, name), id: ids.get(name)! }));
  const generation = Generation.create(options.storeDir);
  generation.reuseFrom(currentDataDir(outDir));
  let pool: IngestPool | null = null;
  // Only the seeds the cache does not hold reach the pool, which is sized for them.
  const runJobs = (misses: readonly IngestJob[], done: (index: number, outcome: IngestOutcome, ms: number) => void) => {
    const inputBytes = misses.reduce((sum, { bytes }) => sum + (bytes?.byteLength ?? 0), 0);
    pool = new IngestPool(poolSize(misses.length, inputBytes), options.timeLimitMs ?? timeLimitMs());
    return pool.run(misses, done);
  };
  const progress = options.progress ? new Progress('ingest', jobs.length, options.progress) : null;
  const summaries: (ArticleSummary | undefined)[] = [];
  const digests: (StoryDigest | undefined)[] = [];
  const texts: string[] = [];
  const failures: (FileError | undefined)[] = [];
  const writes: Promise<void>[] = [];
  let writeError: unknown = null;
  try {
    const cache = await ingestIncrementally(jobs, openCache(options.storeDir), runJobs, (i, outcome, { ms, reused, articleFile }) => {
      const job = jobs[i]!;
      progress?.item(quoteFileName(path.basename(job.file)), ms, reused);
      if (writeError) return;
      if (!outcome.ok) return void (failures[i] = new FileError(job.file, outcome.reason));
      summaries[i] = outcome.summary;
      digests[i] = outcome.digest;
      texts[i] = outcome.text;
      // One failed write (a full disk) ends the batch: nothing of it will be published.
      const written = articleFile ? generation.linkArticle(job.id, articleFile, outcome.json) : generation.writeArticle(job.id, outcome.json);
      const write = written.catch((err: unknown) => {
        writeError ??= err;
        pool?.stop();
      });
      writes.push(write);
      return write;
    });
    await Promise.all(writes);
    if (writeError) throw writeError;
    progress?.finish();
    const written = summaries.filter((s) => s !== undefined);
    const repeated = repeatedId(written);
    if (repeated) throw new FileError(outDir, `two seeds were given the id "${repeated}"; nothing was published`);
    const published = summaries.flatMap((summary, i) => (summary ? [{ summary, digest: digests[i]!, text: texts[i]! }] : []));
    const { figures: collection, collection: built } = await writeCollection(generation, published.map((s) => s.digest));
    const search = await writeSearch(generation, published, built, options.progress);
    const index: ArticleIndex = { schemaVersion: SCHEMA_VERSION, articles: written };
    await generation.finish(JSON.stringify(index));
    publishGeneration(generation, outDir, options.storeDir);
    return { written, failed: [...listing.failed, ...failures.filter((f) => f !== undefined)], skipped: listing.skipped, collection, search, cache };
  } catch (err) {
    (pool as IngestPool | null)?.stop();
    generation.discard();
    throw err;
  }
}

/**
 * Incremental ingest: every seed is read and hashed in this thread; a seed whose key the cache holds is handed on
 * from the cache, and only the others go to the worker pool, with the very bytes that were hashed (a seed edited
 * meanwhile cannot be stored under its old key). Outcomes come back with their job's index, as from the pool alone.
 */
import { cacheKey, type IngestCache } from './ingest-cache';
import type { IngestJob, IngestOutcome } from './ingest-pool';
import { FileError } from './file-error';
import { readSeedBytes } from './read-seed';

/**
 * How one outcome was made: how long it took, and whether it came from the cache; then `articleFile` is the cache's
 * copy of its article JSON, flushed to disk, which a generation may hard-link instead of writing it again.
 */
export type OutcomeInfo = { ms: number; reused: boolean; articleFile?: string };

/** Called with each outcome; a returned promise (its article's write) is awaited before the next cached one is read. */
export type OnOutcome = (index: number, outcome: IngestOutcome, info: OutcomeInfo) => void | Promise<void>;

/** Runs jobs on the pool (IngestPool.run), reporting each outcome with its index in `jobs` and the time it took. */
export type RunJobs = (jobs: readonly IngestJob[], onOutcome: (index: number, outcome: IngestOutcome, ms: number) => void) => Promise<void>;

/** What the cache saved: seeds handed on from it and seeds sent to the pipeline. */
export type CacheFigures = { reused: number; ingested: number };

/** Cached articles read at once: enough to keep the disk busy while each one's link (or write) is awaited, so memory stays flat. */
const READS_AT_ONCE = 16;

/**
 * Ingests `jobs`, taking from `cache` (none: every seed is ingested) what it holds, then prunes it to what this run
 * used. `runJobs` is given only the misses (it is not called when there are none).
 */
export async function ingestIncrementally(jobs: readonly IngestJob[], cache: IngestCache | null, runJobs: RunJobs, onOutcome: OnOutcome): Promise<CacheFigures> {
  const misses: { index: number; key: string | null; job: IngestJob }[] = [];
  const used = new Set<string>();
  let reused = 0;
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index]!;
      const started = performance.now();
      let bytes: Buffer;
      try {
        bytes = readSeedBytes(job.file);
      } catch (err) {
        // The same reader the worker would use: the same `FILE: reason` it would give.
        await onOutcome(index, { ok: false, reason: err instanceof FileError ? err.reason : String(err) }, { ms: performance.now() - started, reused: false });
        continue;
      }
      const key = cache ? cacheKey(cache.fingerprint, job.id, bytes) : null;
      const hit = key ? cache!.read(key, job.id) : null;
      if (!hit) {
        misses.push({ index, key, job: { ...job, bytes } });
        continue;
      }
      used.add(key!);
      reused++;
      await onOutcome(index, hit.outcome, { ms: performance.now() - started, reused: true, articleFile: hit.articleFile });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, jobs.length) }, lane));

  const writes: Promise<boolean>[] = [];
  const missed = misses.map((m) => m.job);
  if (missed.length)
    await runJobs(missed, (i, outcome, ms) => {
      const miss = misses[i]!;
      // The bytes were only needed to send the job, and the worker has them now.
      missed[i]!.bytes = undefined;
      if (outcome.ok && cache && miss.key) {
        used.add(miss.key);
        writes.push(cache.write(miss.key, outcome));
      }
      void onOutcome(miss.index, outcome, { ms, reused: false });
    });
  await Promise.all(writes);
  cache?.prune(used);
  return { reused, ingested: misses.length };
}

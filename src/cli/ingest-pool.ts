/**
 * Ingests seeds on every core with a time guard: a pool of worker threads (one per core, none more than there are
 * seeds), each loading the pipeline once. An article that runs past the time limit has its worker terminated and
 * replaced, and is reported as skipped; a synchronous endless loop cannot be interrupted in-process, which is why
 * this is a worker and not a timer. Outcomes are handed back with their job's index, so output order never depends
 * on which worker finished first.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleSummary } from '../contract/article';
import type { StoryDigest } from '../pipeline/collection/story-digest';

/** One seed to ingest under the id the batch gave it; `bytes`, when the batch has read the file already (ingest-incremental.ts). */
export type IngestJob = { file: string; id: string; bytes?: Uint8Array | undefined };
/** The article as JSON with its index entry, its digest for the collection stage and its search text, or why the seed was not ingested. */
export type IngestOutcome = { ok: true; json: string; summary: ArticleSummary; digest: StoryDigest; text: string } | { ok: false; reason: string };

/** The default time limit per article: far above any seed under the size cap, so it stops hangs, not slow articles. */
export const DEFAULT_TIME_LIMIT_S = 60;

/** Per-article time limit in ms: LEDE_ARTICLE_TIME_LIMIT_S (seconds, fractions allowed), else the default. */
export function timeLimitMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.LEDE_ARTICLE_TIME_LIMIT_S);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIME_LIMIT_S) * 1000;
}

/**
 * Input bytes worth one more worker: about a second of pipeline work on one core, what a worker's cold start (loading
 * the NLP lexicons) costs. Below that, an extra worker costs more CPU than it saves.
 */
const BYTES_PER_WORKER = 256 * 1024;

/**
 * Workers for a batch of `jobs` seeds holding `inputBytes` in all: one per core (os.availableParallelism()), but
 * never more than the seeds, nor more than the input keeps busy; LEDE_INGEST_WORKERS sets the count (benchmarks, tests).
 */
export function poolSize(jobs: number, inputBytes: number, env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.LEDE_INGEST_WORKERS);
  if (Number.isInteger(wanted) && wanted > 0) return Math.max(1, Math.min(wanted, jobs));
  return Math.max(1, Math.min(os.availableParallelism(), jobs, Math.ceil(inputBytes / BYTES_PER_WORKER)));
}

type WorkerEvent = { message: unknown } | { error: Error } | { exit: number };

/**
 * The worker's next message, error or exit, whichever comes first. Only these listeners are removed afterwards:
 * Node's Worker keeps listeners of its own that deliver messages (removeAllListeners would silence it).
 */
function nextEvent(worker: Worker): Promise<WorkerEvent> {
  return new Promise((resolve) => {
    const settle = (event: WorkerEvent) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(event);
    };
    const onMessage = (message: unknown) => settle({ message });
    const onError = (error: Error) => settle({ error });
    const onExit = (exit: number) => settle({ exit });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

/** Why a worker stopped, for a message: its error, or its exit code. */
const describeEnd = (event: WorkerEvent) => ('error' in event ? event.error.message : 'exit' in event ? `exit ${event.exit}` : 'unexpected message');

/** Starts a worker that registers tsx's loader for itself (workers do not inherit it), loads ingest-worker.ts and says it is ready. */
async function startWorker(): Promise<Worker> {
  const loader = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./ingest-worker.ts', import.meta.url).href);
  const worker = new Worker(`import(${loader}).then(({ register }) => { register(); return import(${entry}); });`, { eval: true });
  const event = await nextEvent(worker);
  if ('message' in event && event.message === 'ready') return worker;
  void worker.terminate();
  throw new Error(`the ingest worker failed to start (${describeEnd(event)})`);
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** Runs one job on a ready worker; `lost` says the worker overran, died or was stopped, and must be replaced. */
async function runJob(worker: Worker, job: IngestJob, limitMs: number): Promise<{ outcome: IngestOutcome; lost: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<'overrun'>((resolve) => (timer = setTimeout(() => resolve('overrun'), limitMs)));
  worker.postMessage(job);
  const event = await Promise.race([nextEvent(worker), overrun]);
  clearTimeout(timer);
  if (event === 'overrun') return { outcome: { ok: false, reason: `took longer than ${seconds(limitMs)}, skipped` }, lost: true };
  if ('message' in event) return { outcome: event.message as IngestOutcome, lost: false };
  return { outcome: { ok: false, reason: `stopped the ingest worker (${describeEnd(event)}), skipped` }, lost: true };
}

/** A batch's worker pool; `stop()` ends it early (after a write error), terminating the workers. */
export class IngestPool {
  private stopped = false;
  private readonly live = new Set<Worker>();

  constructor(
    private readonly size: number,
    private readonly limitMs: number,
  ) {}

  /** Ingests every job, calling `onOutcome` as each finishes (with the ms it took); rejects only when a worker cannot start at all. */
  async run(jobs: readonly IngestJob[], onOutcome: (index: number, outcome: IngestOutcome, ms: number) => void): Promise<void> {
    let next = 0;
    const slot = async () => {
      let worker: Worker | null = null;
      try {
        while (!this.stopped && next < jobs.length) {
          worker ??= await this.track(startWorker());
          // Others may have taken the last jobs (or stopped the pool) while this worker started.
          if (this.stopped || next >= jobs.length) break;
          const index = next++;
          const started = performance.now();
          const { outcome, lost } = await runJob(worker, jobs[index]!, this.limitMs);
          if (lost) worker = this.retire(worker);
          if (!this.stopped) onOutcome(index, outcome, performance.now() - started);
        }
      } catch (err) {
        this.stop();
        throw err;
      } finally {
        if (worker) this.retire(worker);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.size, jobs.length) }, slot));
  }

  /** Stops handing out jobs and terminates the workers. */
  stop(): void {
    this.stopped = true;
    for (const worker of this.live) this.retire(worker);
  }

  private async track(starting: Promise<Worker>): Promise<Worker> {
    const worker = await starting;
    this.live.add(worker);
    return worker;
  }

  private retire(worker: Worker): null {
    this.live.delete(worker);
    void worker.terminate();
    return null;
  }
}

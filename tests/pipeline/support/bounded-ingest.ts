/**
 * The hang guard of the hostile-input fuzz: every case is ingested in a worker thread, and a case that takes longer
 * than the bound is stopped (the worker is terminated and replaced) and reported with the shape of its input. A
 * synchronous endless loop cannot be interrupted in-process, which is why this is a worker and not a timer.
 * The bound is generous (a busy 2-core machine must never trip it); it catches hangs, not slowness.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../../../src/contract/article';

export const CASE_BOUND_MS = 5_000;

export type Outcome = { kind: 'article'; article: Article; ms: number } | { kind: 'input-error' | 'crash'; message: string; ms: number };

/** One line about an input's shape, for failure messages and the slowest-case report. */
export function describeInput(raw: string): string {
  const lines = raw.split('\n');
  // A loop, not Math.max(...lengths): spreading 200,000 lines into one call overflows the stack.
  const longest = lines.reduce((max, l) => Math.max(max, l.length), 0);
  return `${raw.length} chars, ${lines.length} lines, longest line ${longest} chars, starts ${JSON.stringify(raw.slice(0, 60))}`;
}

export class BoundedIngest {
  private worker: Worker | null = null;
  /** The slowest case so far: its time in the worker and its shape. */
  slowest = { ms: 0, input: '' };

  private start(): Worker {
    // The worker registers tsx's loader for itself, then loads the TypeScript worker module.
    const entry = new URL('./ingest-worker.ts', import.meta.url).href;
    this.worker ??= new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
    return this.worker;
  }

  /** Loads the pipeline in the worker (a second or so) before the first timed case. */
  async warm(): Promise<void> {
    await this.ingest('Warm Up Headline\n\nThe worker loads the pipeline once.');
    this.slowest = { ms: 0, input: '' };
  }

  ingest(raw: string): Promise<Outcome> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.worker = null;
        void worker.terminate();
        reject(new Error(`a case took over ${CASE_BOUND_MS} ms (hang guard): ${describeInput(raw)}`));
      }, CASE_BOUND_MS);
      const onMessage = (outcome: Outcome) => {
        cleanup();
        if (outcome.ms > this.slowest.ms) this.slowest = { ms: outcome.ms, input: describeInput(raw) };
        resolve(outcome);
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = null;
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(raw);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

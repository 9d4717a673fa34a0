/**
 * The main thread's side of `/read`'s worker (src/worker/read-worker.ts): sends a story, resolves with the article
 * or the reason it could not be read. A worker that crashes or fails to load is reported to every pending request
 * and replaced by a fresh one (at once when it had loaded, else at the next read); Cancel does the same on purpose. Hand-written rather than comlink: the protocol is one
 * request, and a crash must settle the pending calls, which comlink's proxies leave hanging.
 */
import type { Article } from '../../contract/article';
import type { LocalInputKind, ReadRequest, WorkerRequest, WorkerResponse } from '../../contract/local-read';

/** What one read gives: the article and the worker's time, why not, or that it was cancelled. */
export type ReadOutcome = { ok: true; article: Article; ms: number } | { ok: false; reason: string; cancelled?: boolean };

/** One story to read. */
export interface ReadInput {
  localId: string;
  kind: LocalInputKind;
  text?: string;
  bytes?: ArrayBuffer;
}

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface ReadWorkerClient {
  /** Starts the worker (if it is not running) and has it load the pipeline. */
  warm(): void;
  read(input: ReadInput): Promise<ReadOutcome>;
  /** Stops the work in progress: pending reads resolve as cancelled, and a fresh worker is warmed. */
  cancel(): void;
  /** Stops the worker for good. */
  dispose(): void;
}

/** The worker Vite bundles for `/read`: a module worker from our own origin. */
export const spawnReadWorker = (): WorkerLike => new Worker(new URL('../../worker/read-worker.ts', import.meta.url), { type: 'module', name: 'lede-read' });

const crashReason = (detail: string) => `could not be read: the worker reading it stopped (${detail}). A fresh one reads the next try`;

/** A client over workers made by `spawn`, one at a time. */
export function createReadWorkerClient(spawn: () => WorkerLike = spawnReadWorker): ReadWorkerClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, (outcome: ReadOutcome) => void>();

  const settleAll = (outcome: ReadOutcome) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve(outcome);
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const start = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    let answered = false;
    w.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      answered = true;
      const response = event.data;
      if (response.type !== 'read') return;
      const resolve = pending.get(response.requestId);
      pending.delete(response.requestId);
      resolve?.(response.ok ? { ok: true, article: response.article, ms: response.ms } : { ok: false, reason: response.reason });
    });
    const crashed = (detail: string) => {
      if (worker !== w) return;
      stop();
      settleAll({ ok: false, reason: crashReason(detail) });
      // Warm the replacement at once, so the retry is as fast as the first try; but a worker that never answered may
      // not load at all (its script failed), and restarting it at once would loop: the next read starts that one.
      if (answered) start().postMessage({ type: 'warm' });
    };
    w.addEventListener('error', (event: Event) => {
      event.preventDefault?.();
      crashed(event instanceof ErrorEvent && event.message ? event.message : 'it failed to load or ran out of memory');
    });
    w.addEventListener('messageerror', () => crashed('a message could not be read'));
    worker = w;
    return w;
  };

  return {
    warm: () => start().postMessage({ type: 'warm' }),
    read(input) {
      const requestId = nextId++;
      const request: ReadRequest = { type: 'read', requestId, ...input };
      return new Promise<ReadOutcome>((resolve) => {
        pending.set(requestId, resolve);
        // Copied, not transferred: the page keeps the bytes to store them as the story's seed.
        start().postMessage(request);
      });
    },
    cancel() {
      stop();
      settleAll({ ok: false, reason: 'was not read: reading was stopped', cancelled: true });
      start().postMessage({ type: 'warm' });
    },
    dispose() {
      stop();
      settleAll({ ok: false, reason: 'was not read: the page was closed', cancelled: true });
    },
  };
}

/**
 * "Read your own" (`/read`): the messages between the reader and the Web Worker that runs the pipeline in the
 * browser (src/worker/read-worker.ts), and the input limits both sides apply. The reader checks the limits before
 * it sends anything; the worker checks them again, so neither trusts the other.
 */
import type { Article } from './article';

/** The largest pasted text or `.txt` file read: a long news story is under 100 KB; 1 MB of text takes seconds. */
export const MAX_LOCAL_TEXT_BYTES = 1024 * 1024;
/** The largest saved page read: pages carry markup, scripts and styles around the story. */
export const MAX_LOCAL_PAGE_BYTES = 5 * 1024 * 1024;

/** How a story came in: pasted or a `.txt` file (the text route), or a saved page (the HTML route). */
export type LocalInputKind = 'text' | 'html';

/** Asks the worker to load the pipeline and run it once on a tiny text, so the first real story is fast. */
export interface WarmRequest {
  type: 'warm';
}

/** One story to read. `bytes` is a file's content (decoded in the worker); `text` a paste. */
export interface ReadRequest {
  type: 'read';
  requestId: number;
  /** The story's local id, which becomes the article's id. */
  localId: string;
  kind: LocalInputKind;
  text?: string;
  bytes?: ArrayBuffer;
}

export type WorkerRequest = WarmRequest | ReadRequest;

/** The worker's answers: warm, a story read, or why it could not be (a reason meant to follow the input's name). */
export type WorkerResponse =
  | { type: 'warm'; ms: number }
  | { type: 'read'; requestId: number; ok: true; article: Article; ms: number }
  | { type: 'read'; requestId: number; ok: false; reason: string };

// What the browser's worker does with one request: checks the input's size, decodes it and runs the pipeline.
import { MAX_LOCAL_PAGE_BYTES, MAX_LOCAL_TEXT_BYTES, type ReadRequest, type WorkerResponse } from '../contract/local-read';
import { decodePage, PageEncodingError } from '../pipeline/html/decode-page';
import { ingestHtml } from '../pipeline/html/ingest-html';
import { ingestArticle, InputError } from '../pipeline/ingest-article';
import { decodeText, TextDecodeError } from './decode-text';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A short text in the shape of a story, with no one in it: enough to load every stage and its word lists. */
export const WARM_TEXT = 'A short headline for warming up\n\nThe first paragraph says what happened, and where.\n\nA second paragraph follows it.\n';

/** The size of a request's input in bytes (a paste counted as UTF-8 would be, bounded by 3 bytes a UTF-16 unit). */
const inputBytes = (request: ReadRequest) => request.bytes?.byteLength ?? (request.text ? new Blob([request.text]).size : 0);

/** Why the input is refused before the pipeline sees it, or null. */
function refusal(request: ReadRequest): string | null {
  const limit = request.kind === 'html' ? MAX_LOCAL_PAGE_BYTES : MAX_LOCAL_TEXT_BYTES;
  // Cheap first: a string's length bounds its UTF-8 size from below.
  const size = request.text !== undefined && request.text.length > limit ? request.text.length : inputBytes(request);
  if (size > limit) return `is ${megabytes(size)}, over the ${megabytes(limit)} limit for one ${request.kind === 'html' ? 'page' : 'story'} read here`;
  return null;
}

/** The input as text: a paste as it is, a file's bytes decoded (a page in the encoding it declares). */
function inputText(request: ReadRequest): string {
  if (request.text !== undefined) return request.text;
  const bytes = new Uint8Array(request.bytes ?? new ArrayBuffer(0));
  return request.kind === 'html' ? decodePage(bytes) : decodeText(bytes);
}

const isInputProblem = (error: unknown): error is Error => error instanceof InputError || error instanceof PageEncodingError || error instanceof TextDecodeError;

/**
 * Reads one story: the article, with the pipeline's time in ms, or the reason it cannot be read (a message that
 * follows the input's name, as the CLI's `FILE: reason` lines do). Never throws: a bug in the pipeline is reported too.
 */
export function readStory(request: ReadRequest, now: () => number = () => performance.now()): WorkerResponse {
  const fail = (reason: string): WorkerResponse => ({ type: 'read', requestId: request.requestId, ok: false, reason });
  const refused = refusal(request);
  if (refused) return fail(refused);
  try {
    const started = now();
    const text = inputText(request);
    const article = request.kind === 'html' ? ingestHtml(text, request.localId) : ingestArticle(text, request.localId);
    return { type: 'read', requestId: request.requestId, ok: true, article, ms: now() - started };
  } catch (error) {
    if (isInputProblem(error)) return fail(error.message);
    return fail(`could not be read: the reader failed on it (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`);
  }
}

/** Loads and runs every stage once on WARM_TEXT; returns the time taken in ms. */
export function warmUp(now: () => number = () => performance.now()): number {
  const started = now();
  ingestArticle(WARM_TEXT, 'warm');
  return now() - started;
}

/** The file-system shell around the pure pipeline for one file: read a seed safely, ingest it, validate the result. */
import { validateArticle, type Article } from '../contract/article';
import { decodePage, PageEncodingError } from '../pipeline/html/decode-page';
import { ingestHtml } from '../pipeline/html/ingest-html';
import { ingestArticle, InputError } from '../pipeline/ingest-article';
import { FileError } from './file-error';
import { decodeSeed, readSeedBytes, readSeedText } from './read-seed';
import { articleIdFor, isPageName } from './seed-names';

// Callers of ingestFile (score.ts, the ingest worker) catch FileError from here; the reader moved to read-seed.ts.
export { FileError } from './file-error';
export { decodeSeed, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES, readSeedText } from './read-seed';

/** Decodes a saved page in the encoding it declares; a refusal names the file. */
function decodePageBytes(file: string, bytes: Uint8Array): string {
  try {
    return decodePage(bytes);
  } catch (err) {
    if (err instanceof PageEncodingError) throw new FileError(file, err.message);
    throw err;
  }
}

/** Reads and decodes a saved page: regular files only, at most MAX_PAGE_BYTES, in the encoding it declares. */
export function readPageText(file: string): string {
  return decodePageBytes(file, readSeedBytes(file));
}

/**
 * Reads, ingests and validates one article file (a saved page by the HTML route, any other seed by the text route);
 * every failure is a FileError naming the file. `bytes`, when given, are the file's bytes as already read (the batch
 * hashed exactly these for its cache), so the file is not read again.
 */
export function ingestFile(file: string, id: string = articleIdFor(file), bytes?: Uint8Array): Article {
  const page = isPageName(file);
  const buffer = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
  const text = page ? decodePageBytes(file, buffer ?? readSeedBytes(file)) : buffer ? decodeSeed(file, buffer) : readSeedText(file);
  let article: Article;
  try {
    article = page ? ingestHtml(text, id) : ingestArticle(text, id);
  } catch (err) {
    if (err instanceof InputError) throw new FileError(file, err.message);
    throw new FileError(file, `pipeline failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const checked = validateArticle(article, { id });
  if (!checked.ok) throw new FileError(file, `output breaks the contract: ${checked.errors.slice(0, 3).join('; ')}`);
  return checked.value;
}

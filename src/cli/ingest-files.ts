/** The file-system shell around the pure pipeline for one file: read a seed safely, ingest it, validate the result. */
import { validateArticle, type Article } from '../contract/article';
import { ingestArticle, InputError } from '../pipeline/ingest-article';
import { FileError } from './file-error';
import { decodeSeed, readSeedText } from './read-seed';
import { articleIdFor } from './seed-names';

// Callers of ingestFile (score.ts, the ingest worker) catch FileError from here; the reader moved to read-seed.ts.
export { FileError } from './file-error';
export { decodeSeed, MAX_ARTICLE_BYTES, readSeedText } from './read-seed';

/**
 * Reads, ingests and validates one article file; every failure is a FileError naming the file. `bytes`, when given,
 * are the file's bytes as already read (the batch hashed exactly these for its cache), so the file is not read again.
 */
export function ingestFile(file: string, id: string = articleIdFor(file), bytes?: Uint8Array): Article {
  const text = bytes ? decodeSeed(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : readSeedText(file);
  let article: Article;
  try {
    article = ingestArticle(text, id);
  } catch (err) {
    if (err instanceof InputError) throw new FileError(file, err.message);
    throw new FileError(file, `pipeline failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const checked = validateArticle(article, { id });
  if (!checked.ok) throw new FileError(file, `output breaks the contract: ${checked.errors.slice(0, 3).join('; ')}`);
  return checked.value;
}

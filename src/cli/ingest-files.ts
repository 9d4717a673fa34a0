/** The file-system shell around the pure pipeline: read seeds, validate, write the JSON the app serves. */
import fs from 'node:fs';
import path from 'node:path';
import {
  SCHEMA_VERSION,
  summariseArticle,
  validateArticle,
  type Article,
  type ArticleIndex,
  type ArticleSummary,
} from '../contract/article';
import { ingestArticle, InputError } from '../pipeline/ingest-article';
import { slugify } from '../pipeline/slug';

/** Everything the CLI can report about one file, as one line: `FILE: reason`. */
export class FileError extends Error {
  override name = 'FileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A stable article id from the seed's file name: "000_3979cacfdab927d0.txt" → "000-3979cacfdab927d0". */
export function articleIdFor(file: string): string {
  return slugify(path.basename(file).replace(/\.[^.]+$/u, '')) || 'article';
}

function readText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`);
  }
  if (stat.isDirectory()) throw new FileError(file, 'is a folder, not an article file');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new FileError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (bytes.includes(0)) throw new FileError(file, 'looks binary (contains NUL bytes), not article text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileError(file, 'is not valid UTF-8 text');
  }
  return text;
}

/** Reads, ingests and validates one article file; every failure is a FileError naming the file. */
export function ingestFile(file: string): Article {
  const text = readText(file);
  let article: Article;
  try {
    article = ingestArticle(text, articleIdFor(file));
  } catch (err) {
    if (err instanceof InputError) throw new FileError(file, err.message);
    throw new FileError(file, `pipeline failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const checked = validateArticle(article);
  if (!checked.ok) throw new FileError(file, `output breaks the contract: ${checked.errors.slice(0, 3).join('; ')}`);
  return checked.value;
}

/** Only summaries are kept per article, so a batch's memory stays flat as the corpus grows. */
export type BatchResult = { written: ArticleSummary[]; failed: FileError[] };

/**
 * Ingests every `*.txt` in `seedsDir` into `outDir/articles/<id>.json` plus `outDir/index.json`.
 * One broken seed never stops the others: its error is collected and the rest are written.
 */
export function ingestFolder(seedsDir: string, outDir: string): BatchResult {
  const files = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(seedsDir, f));
  const written: ArticleSummary[] = [];
  const failed: FileError[] = [];
  const articlesDir = path.join(outDir, 'articles');
  fs.rmSync(articlesDir, { recursive: true, force: true });
  fs.mkdirSync(articlesDir, { recursive: true });
  for (const file of files) {
    try {
      const article = ingestFile(file);
      fs.writeFileSync(path.join(articlesDir, `${article.id}.json`), JSON.stringify(article));
      written.push(summariseArticle(article));
    } catch (err) {
      failed.push(err instanceof FileError ? err : new FileError(file, String(err)));
    }
  }
  const index: ArticleIndex = { schemaVersion: SCHEMA_VERSION, articles: written };
  fs.writeFileSync(path.join(outDir, 'index.json'), JSON.stringify(index));
  return { written, failed };
}

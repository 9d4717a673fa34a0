/**
 * The pipeline: raw scraped text in, a contract Article out. Pure (no I/O); the stages run in this order.
 */
import { SCHEMA_VERSION, type Article } from '../contract/article';
import { normaliseText } from './stages/01-normalise-text';
import { classifyLines } from './stages/02-classify-lines';
import { groupSections } from './stages/03-group-sections';
import { extractMetadata } from './stages/04-extract-metadata';
import { findEntities } from './stages/05-find-entities';
import { findQuotes } from './stages/06-find-quotes';
import type { BoostedTrees } from './structure/boosted-trees';

/** Thrown for input that cannot be an article; the CLI reports its message with the file name. */
export class InputError extends Error {
  override name = 'InputError';
}

/** What a caller may swap in: the line model of a cross-validation fold instead of the committed one. */
export type IngestOptions = { lineModel?: BoostedTrees };

/** Ingests one article's raw text. `id` must already be a URL-safe slug (the CLI derives it from the file name). */
export function ingestArticle(raw: string, id: string, options: IngestOptions = {}): Article {
  if (raw.includes('\u0000')) throw new InputError('looks binary (contains NUL bytes)');
  if (raw.trim() === '') throw new InputError('is empty or blank');
  const lines = normaliseText(raw);
  if (lines.every((l) => l.text === '')) throw new InputError('is empty or blank (only invisible characters, such as zero-width spaces)');
  const classified = classifyLines(lines, options.lineModel);
  if (!classified.some((l) => l.kind === 'headline')) {
    throw new InputError('has no line that can be a headline (only page furniture such as counters, labels or credits, or lines without a letter or digit)');
  }
  const { headline, sections, dropped } = groupSections(classified);
  const metadata = extractMetadata(classified, sections);
  const entities = findEntities(sections);
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    headline,
    ...metadata,
    sections,
    entities,
    quotes: findQuotes(sections, entities),
    dropped,
  };
}

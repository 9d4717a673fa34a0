/**
 * The article contract: the one shape shared by the pipeline (which writes it) and the reader
 * (which fetches it). Neither half owns it; both import it. Bump SCHEMA_VERSION on any breaking change.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

/**
 * Why a block exists: body prose, or one of the kinds of page furniture a scraper leaves in. `embed` is an
 * embedded social-media post (its text and its "— Name (@handle) date" signature line).
 */
export const BLOCK_KINDS = ['paragraph', 'caption', 'credit', 'teaser', 'related', 'embed'] as const;
export const ENTITY_TYPES = ['person', 'country', 'place', 'organization'] as const;

const offsetSpan = {
  /** A block id, or a section id when the span is in that section's heading. */
  block: v.pipe(v.string(), v.minLength(1)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Always equal to `textOf(block).slice(start, end)`. */
  text: v.string(),
};

export const BlockSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(BLOCK_KINDS),
  text: v.string(),
});

export const SectionSchema = v.object({
  /** Readable slug of the heading, unique in the article; the section's deep-link fragment. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/)),
  heading: v.string(),
  blocks: v.array(BlockSchema),
});

export const MentionSchema = v.object(offsetSpan);

export const EntitySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/)),
  type: v.picklist(ENTITY_TYPES),
  /** Canonical name: the fullest form the text uses. */
  name: v.string(),
  /** Every other surface form the text uses for the same thing. */
  aliases: v.array(v.string()),
  /** For places: the country entity's name they belong to; for countries, their own name. */
  country: v.nullable(v.string()),
  /** A title or role the text gives a person ("Russian Foreign Minister"). */
  description: v.optional(v.nullable(v.string())),
  /** True for people named only in photo credits: not people of the story. */
  creditOnly: v.optional(v.boolean()),
  mentions: v.array(MentionSchema),
});

export const QuoteSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/)),
  ...offsetSpan,
  /** A person or organization entity id; null when the text names no one. */
  speaker: v.nullable(v.string()),
});

export const DroppedSchema = v.object({ text: v.string(), reason: v.string() });

export const ArticleSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** URL-safe slug, stable across runs (derived from the seed's file name). */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/)),
  headline: v.string(),
  /** YYYY-MM-DD, only when the text states the publication date. */
  date: v.nullable(v.pipe(v.string(), v.isoDate())),
  /** The outlet, when the text names it. */
  source: v.nullable(v.string()),
  topic: v.nullable(v.string()),
  tags: v.array(v.string()),
  /** sections[0].heading is the headline. */
  sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
  entities: v.array(EntitySchema),
  quotes: v.array(QuoteSchema),
  /** Input lines deliberately left out of the story, each with the reason. */
  dropped: v.array(DroppedSchema),
});

/** One entry of the article index the reader's library page lists. */
export const ArticleSummarySchema = v.object({
  id: ArticleSchema.entries.id,
  headline: v.string(),
  date: v.nullable(v.string()),
  source: v.nullable(v.string()),
  sections: v.number(),
  people: v.number(),
  quotes: v.number(),
});

export const ArticleIndexSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  articles: v.array(ArticleSummarySchema),
});

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type BlockKind = Block['kind'];
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityType = Entity['type'];
export type Mention = v.InferOutput<typeof MentionSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Dropped = v.InferOutput<typeof DroppedSchema>;
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;
export type ArticleIndex = v.InferOutput<typeof ArticleIndexSchema>;

/** An article's entry in the index: the counts the library shows (photo-credit-only people are not people of the story). */
export function summariseArticle(article: Article): ArticleSummary {
  return {
    id: article.id,
    headline: article.headline,
    date: article.date,
    source: article.source,
    sections: article.sections.length,
    people: article.entities.filter((e) => e.type === 'person' && !e.creditOnly).length,
    quotes: article.quotes.length,
  };
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function describeIssues(issues: v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return `${path ?? '(root)'}: ${issue.message}`;
  });
}

/** Text an offset span points into: a block's text, or a section heading for a section id. */
export function spanTargets(article: Pick<Article, 'sections'>): Map<string, string> {
  const targets = new Map<string, string>();
  for (const section of article.sections) {
    targets.set(section.id, section.heading);
    for (const block of section.blocks) targets.set(block.id, block.text);
  }
  return targets;
}

/** Cross-field rules the schema alone cannot state: unique ids, offsets that point at their text, known speakers. */
function checkReferences(article: Article): string[] {
  const errors: string[] = [];
  const targets = spanTargets(article);
  const seen = new Set<string>();
  for (const section of article.sections) {
    for (const id of [section.id, ...section.blocks.map((b) => b.id)]) {
      if (seen.has(id)) errors.push(`sections: duplicate id "${id}"`);
      seen.add(id);
    }
  }
  const checkSpan = (where: string, span: Mention) => {
    const text = targets.get(span.block);
    if (text === undefined) errors.push(`${where}: unknown block "${span.block}"`);
    else if (span.end < span.start || text.slice(span.start, span.end) !== span.text)
      errors.push(`${where}: offsets ${span.start}-${span.end} in "${span.block}" do not point at ${JSON.stringify(span.text)}`);
  };
  const entityIds = new Set<string>();
  for (const entity of article.entities) {
    if (entityIds.has(entity.id)) errors.push(`entities: duplicate id "${entity.id}"`);
    entityIds.add(entity.id);
    entity.mentions.forEach((m, i) => checkSpan(`entities.${entity.id}.mentions.${i}`, m));
  }
  const quoteIds = new Set<string>();
  for (const quote of article.quotes) {
    if (quoteIds.has(quote.id)) errors.push(`quotes: duplicate id "${quote.id}"`);
    quoteIds.add(quote.id);
    checkSpan(`quotes.${quote.id}`, quote);
    if (quote.speaker !== null && !entityIds.has(quote.speaker))
      errors.push(`quotes.${quote.id}: unknown speaker "${quote.speaker}"`);
  }
  if (article.sections[0] && article.sections[0].heading !== article.headline)
    errors.push('sections.0.heading: must be the headline');
  return errors;
}

/** Validates unknown JSON as an Article: the shape, then the cross-references. */
export function validateArticle(input: unknown): ValidationResult<Article> {
  const parsed = v.safeParse(ArticleSchema, input);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.issues) };
  const errors = checkReferences(parsed.output);
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.output };
}

/** Validates unknown JSON as the article index. */
export function validateArticleIndex(input: unknown): ValidationResult<ArticleIndex> {
  const parsed = v.safeParse(ArticleIndexSchema, input);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, errors: describeIssues(parsed.issues) };
}

/**
 * The article contract: the one shape shared by the pipeline (which writes it) and the reader
 * (which fetches it). Neither half owns it; both import it. Bump SCHEMA_VERSION on any breaking change.
 *
 * Version 2 (from 1): an entity's `country` is the id of the article's country entity, no longer that country's
 * name, so the validator can check it and readers need not match names. The entity it names is always in
 * `entities`: a country the text never names but whose places or people it does ("Montevideo") is listed with no
 * mentions, the only kind of entity that may have none. A country's `country` is its own id.
 */
import * as v from 'valibot';
import { ARTICLE_ID_PATTERN, STORY_ID_PATTERN, isAppId } from './dom-ids';

export const SCHEMA_VERSION = 2;

/**
 * Why a block exists: body prose, or one of the kinds of page furniture a scraper leaves in. `embed` is an
 * embedded social-media post (its text and its "— Name (@handle) date" signature line).
 */
export const BLOCK_KINDS = ['paragraph', 'caption', 'credit', 'teaser', 'related', 'embed'] as const;
export const ENTITY_TYPES = ['person', 'country', 'place', 'organization'] as const;

/** A lone surrogate cannot be written as UTF-8: a prerendered page would show U+FFFD where the data has it. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Any text of the article: well-formed Unicode. */
const text = () => v.pipe(v.string(), v.check((s) => !LONE_SURROGATE.test(s), 'has a lone surrogate (not well-formed Unicode text)'));

/** An id of the article (section, block, quote, entity, the article's own): lowercase letters, digits, dashes. */
const id = () => v.pipe(v.string(), v.regex(ARTICLE_ID_PATTERN, 'must be lowercase letters, digits and dashes, starting with a letter or digit'));

/** An article's own id: as `id()`, but letters of any script ("статья-о-выборах", "新闻"); it only ever appears in URLs. */
const storyId = () => v.pipe(v.string(), v.regex(STORY_ID_PATTERN, 'must be lowercase letters (any script), digits and dashes, starting with a letter or digit'));

const offsetSpan = {
  /** A block id, or a section id when the span is in that section's heading. */
  block: v.pipe(v.string(), v.minLength(1)),
  /** UTF-16 offsets into that text, `start < end <= text.length`, never inside a surrogate pair. */
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Always equal to `textOf(block).slice(start, end)` (so well-formed: the offsets never split a character). */
  text: v.string(),
};

export const BlockSchema = v.object({
  /** Unique among the article's section, block and quote ids (one namespace: spans name blocks and sections alike). */
  id: id(),
  kind: v.picklist(BLOCK_KINDS),
  text: text(),
});

export const SectionSchema = v.object({
  /** Readable slug of the heading, unique in the article, never one of the reader's own DOM ids; the deep-link fragment. */
  id: id(),
  heading: text(),
  blocks: v.array(BlockSchema),
});

export const MentionSchema = v.object(offsetSpan);

export const EntitySchema = v.object({
  id: id(),
  type: v.picklist(ENTITY_TYPES),
  /** Canonical name: the fullest form the text uses. */
  name: text(),
  /** Every other surface form the text uses for the same thing. */
  aliases: v.array(text()),
  /**
   * The id of the country entity this one is in (a place) or whose title names it (a person, "Russian Foreign
   * Minister"); for a country, its own id; null when the text and the data give none. Named `country`, not
   * `countryId`, as `Quote.speaker` and `Mention.block` are: a reference is named after what it points at.
   */
  country: v.nullable(id()),
  /** A title or role the text gives a person ("Russian Foreign Minister"). */
  description: v.optional(v.nullable(text())),
  /** True for people named only in photo credits: not people of the story. */
  creditOnly: v.optional(v.boolean()),
  /**
   * One entity's mentions never overlap; two entities' may (the same words read as an organisation and a place),
   * and the reader marks both. Empty only for a country that another entity's `country` names.
   */
  mentions: v.array(MentionSchema),
});

export const QuoteSchema = v.object({
  /** Unique among the article's section, block and quote ids. Quotes never overlap one another. */
  id: id(),
  ...offsetSpan,
  /** A person or organization entity id; null when the text names no one. */
  speaker: v.nullable(v.string()),
});

export const DroppedSchema = v.object({ text: text(), reason: v.string() });

export const ArticleSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** Readable slug, stable across runs (from the seed's file name): lowercase letters of any script, digits, dashes. */
  id: storyId(),
  headline: text(),
  /** YYYY-MM-DD, only when the text states the publication date. */
  date: v.nullable(v.pipe(v.string(), v.isoDate())),
  /** The outlet, when the text names it. */
  source: v.nullable(text()),
  topic: v.nullable(text()),
  tags: v.array(text()),
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
  headline: text(),
  date: v.nullable(v.string()),
  source: v.nullable(text()),
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


const MAX_SHOWN = 60;

/**
 * Article text inside an error message: quoted, clipped, and with control, format and bidi characters escaped,
 * so the message stays one line that reads left to right (in a terminal as on the page).
 */
export function quoteText(value: string): string {
  let shown = value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) : value;
  if (/[\uD800-\uDBFF]$/u.test(shown)) shown = shown.slice(0, -1);
  const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(shown).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, hex) + (shown.length < value.length ? '…' : '');
}

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

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Does offset `at` fall between the two halves of one character? */
const splitsPair = (text: string, at: number) => at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));

/** Why a span does not point at its own text, or null when it does. */
function spanProblem(span: Mention, targets: ReadonlyMap<string, string>): string | null {
  const text = targets.get(span.block);
  if (text === undefined) return `unknown block "${span.block}"`;
  const where = `offsets ${span.start}-${span.end} in "${span.block}"`;
  if (span.start >= span.end) return `${where} are empty or reversed (start must be before end)`;
  if (span.end > text.length) return `${where} run past the end of its text (${text.length} characters)`;
  const split = [span.start, span.end].find((at) => splitsPair(text, at));
  if (split !== undefined) return `${where}: offset ${split} splits a surrogate pair (one character)`;
  if (text.slice(span.start, span.end) !== span.text) return `${where} do not point at ${quoteText(span.text)}`;
  return null;
}

type Placed = { where: string; block: string; start: number; end: number };

/** One error per span that overlaps an earlier one in the same text (spans sorted by position first). */
function overlaps(spans: Placed[], rule: string): string[] {
  const errors: string[] = [];
  const sorted = [...spans].sort((a, b) => (a.block < b.block ? -1 : a.block > b.block ? 1 : a.start - b.start || a.end - b.end));
  let last: Placed | undefined;
  for (const span of sorted) {
    if (last && last.block === span.block && span.start < last.end)
      errors.push(`${span.where}: ${span.start}-${span.end} overlaps ${last.where} (${last.start}-${last.end}) in "${span.block}"; ${rule}`);
    if (!last || last.block !== span.block || span.end > last.end) last = span;
  }
  return errors;
}

/**
 * Section, block and quote ids share one namespace (a span's `block` names a block or a section; the reader
 * derives its element ids from all three), and none may be one of the reader's own DOM ids.
 */
function checkIds(article: Article): string[] {
  const errors: string[] = [];
  const owner = new Map<string, string>();
  const claim = (id: string, where: string) => {
    if (isAppId(id)) errors.push(`${where}: id "${id}" is reserved for the reader's own page`);
    const other = owner.get(id);
    if (other !== undefined) errors.push(`${where}: duplicate id "${id}" (also ${other})`);
    else owner.set(id, where);
  };
  article.sections.forEach((section, i) => {
    claim(section.id, `sections.${i}`);
    section.blocks.forEach((block, j) => claim(block.id, `sections.${i}.blocks.${j}`));
  });
  article.quotes.forEach((quote, i) => claim(quote.id, `quotes.${i}`));
  return errors;
}

/**
 * Each entity's `country` is a country entity of the article (a country's is itself), and only a country some
 * entity names that way may have no mentions: the reader counts and filters by id, so a dangling id would silently
 * drop a place from its country's filter.
 */
function checkCountries(entities: Entity[]): string[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const named = new Set<string>();
  const errors: string[] = [];
  for (const entity of entities) {
    if (entity.country === null) continue;
    const where = `entities.${entity.id}.country`;
    const target = byId.get(entity.country);
    if (entity.type === 'country') {
      if (entity.country !== entity.id) errors.push(`${where}: a country's country is its own id "${entity.id}", not "${entity.country}"`);
    } else if (!target) errors.push(`${where}: unknown entity "${entity.country}" (the country of ${quoteText(entity.name)} must be a country entity of the article)`);
    else if (target.type !== 'country') errors.push(`${where}: "${entity.country}" is a ${target.type}, not a country (the country of ${quoteText(entity.name)})`);
    else named.add(target.id);
  }
  for (const entity of entities)
    if (entity.mentions.length === 0 && !(entity.type === 'country' && named.has(entity.id)))
      errors.push(`entities.${entity.id}.mentions: ${quoteText(entity.name)} has no mentions; only a country that another entity's country names may have none`);
  return errors;
}

/** Cross-field rules the schema alone cannot state: unique ids, spans that point at their text, known speakers and countries. */
function checkReferences(article: Article): string[] {
  const errors = [...checkIds(article), ...checkCountries(article.entities)];
  const targets = spanTargets(article);
  const entityType = new Map<string, string>();
  for (const entity of article.entities) {
    if (entityType.has(entity.id)) errors.push(`entities: duplicate id "${entity.id}"`);
    entityType.set(entity.id, entity.type);
    const placed: Placed[] = [];
    entity.mentions.forEach((m, i) => {
      const where = `entities.${entity.id}.mentions.${i}`;
      const problem = spanProblem(m, targets);
      if (problem) errors.push(`${where}: ${problem}`);
      else placed.push({ where, ...m });
    });
    errors.push(...overlaps(placed, "one entity's mentions never overlap"));
  }
  const quotes: Placed[] = [];
  for (const quote of article.quotes) {
    const where = `quotes.${quote.id}`;
    const problem = spanProblem(quote, targets);
    if (problem) errors.push(`${where}: ${problem}`);
    else quotes.push({ where, ...quote });
    const speakerType = quote.speaker === null ? null : entityType.get(quote.speaker);
    if (speakerType === undefined) errors.push(`${where}: unknown speaker "${quote.speaker}"`);
    else if (speakerType !== null && speakerType !== 'person' && speakerType !== 'organization')
      errors.push(`${where}: speaker "${quote.speaker}" is a ${speakerType}, not a person or organization`);
  }
  errors.push(...overlaps(quotes, 'quotes never overlap'));
  if (article.sections[0] && article.sections[0].heading !== article.headline) errors.push('sections.0.heading: must be the headline');
  return errors;
}

/** What the caller knows about the article it asked for. */
export interface ArticleExpectation {
  /** The id the article was requested by (its URL, its file name): a file holding another article is an error. */
  id?: string;
}

/**
 * One line for data written under another schema version (by an older or newer ingest), rather than an error for
 * every field whose shape changed: the remedy is to ingest the articles again.
 */
function versionProblem(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('schemaVersion' in input)) return null;
  const found = input.schemaVersion;
  if (typeof found !== 'number' || found === SCHEMA_VERSION) return null;
  return `schemaVersion: the data is schema version ${found}, but this build reads version ${SCHEMA_VERSION}; ingest the articles again`;
}

/**
 * Validates unknown JSON against a schema of this contract (or the collection's): the schema version first, in one
 * line, then the shape, each issue with its path. The checks beyond the shape are each validator's own.
 */
export function validateShape<T>(schema: v.GenericSchema<unknown, T>, input: unknown): ValidationResult<T> {
  const version = versionProblem(input);
  if (version) return { ok: false, errors: [version] };
  const parsed = v.safeParse(schema, input);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, errors: describeIssues(parsed.issues) };
}

/** Validates unknown JSON as an Article: the version, the shape, then the cross-references, then that it is the one asked for. */
export function validateArticle(input: unknown, expected: ArticleExpectation = {}): ValidationResult<Article> {
  const parsed = validateShape(ArticleSchema, input);
  if (!parsed.ok) return parsed;
  const errors = checkReferences(parsed.value);
  if (expected.id !== undefined && parsed.value.id !== expected.id)
    errors.unshift(`id: the data is article ${quoteText(parsed.value.id)}, not the requested ${quoteText(expected.id)}`);
  return errors.length ? { ok: false, errors } : parsed;
}

/** Validates unknown JSON as the article index (each article listed once). */
export function validateArticleIndex(input: unknown): ValidationResult<ArticleIndex> {
  const parsed = validateShape(ArticleIndexSchema, input);
  if (!parsed.ok) return parsed;
  const seen = new Set<string>();
  const errors: string[] = [];
  parsed.value.articles.forEach((a, i) => {
    if (seen.has(a.id)) errors.push(`articles.${i}: duplicate id "${a.id}"`);
    seen.add(a.id);
  });
  return errors.length ? { ok: false, errors } : parsed;
}

// Paragraph view: a paragraph's quote spans, its text with the quoted words masked out, its sentences and mentions.
import type { Entity } from '../../contract/article';
import { ABBREVIATIONS, SPEECH_VERB_FORMS } from '../language';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans';

/** A word of the masked text: its text (trailing apostrophes and stops dropped), lower-cased form, offsets and place among the paragraph's words. */
export type Token = { text: string; lower: string; start: number; end: number; index: number; mention?: PlacedMention };

/** A mention of an entity outside quoted words, with the entity's type. */
export type PlacedMention = { entity: Entity; start: number; end: number };

/** Everything the attribution steps need to know about one paragraph. */
export type ParagraphView = {
  /** The block's id and its place among the article's paragraphs. */
  block: string;
  index: number;
  text: string;
  spans: QuoteSpan[];
  /** The text with every quoted word replaced by MASK, so verbs and names inside quotes are never read. */
  masked: string;
  /** Sentence ranges [start, end) over the masked text: a quote never splits a sentence. */
  sentences: Array<{ start: number; end: number }>;
  /** The words of the masked text, in order, each with the mention it falls in. */
  tokens: Token[];
  /** Mentions outside quotes, in text order. */
  mentions: PlacedMention[];
  /** True when the paragraph ends inside a quote that goes on in the next paragraph. */
  leftOpen: boolean;
  /** The article's entities, which the mentions point at. */
  entities: readonly Entity[];
};

/** Stands in for each quoted character of the masked text: not a letter, a digit or punctuation. */
export const MASK = '░';

function maskQuotes(text: string, spans: QuoteSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    // Keep a final stop, so "“… end.” Then …" still ends a sentence.
    const last = /[.!?…]/u.test(text[span.end - 1] ?? '') ? span.end - 1 : span.end;
    out += text.slice(at, span.start) + MASK.repeat(last - span.start);
    at = last;
  }
  return out + text.slice(at);
}

const TOKEN = /\p{L}[\p{L}\p{M}'’.-]*/gu;
const TRAILING = ".'’-";

/** Drops trailing stops, apostrophes and hyphens; by hand, since /[.'’-]+$/ retried every start in "a....b". */
function withoutTrailing(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING.includes(word[end - 1]!)) end--;
  return end === word.length ? word : word.slice(0, end);
}

function tokenise(masked: string): Token[] {
  const out: Token[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const text = withoutTrailing(m[0]);
    out.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length, index: out.length });
  }
  return out;
}

/** A run of stops and the closing marks after it; a sentence ends there when SENTENCE_FOLLOWS holds right after. */
const STOP_RUN = /[.!?…]+["'”’»)\]]*/gu;
/** What follows a sentence's end: spaces and an opening mark, a capital or a digit; or only spaces to the end. */
const SENTENCE_FOLLOWS = /\s+["“«‘(\p{Lu}\p{N}]|\s*$/uy;

/**
 * Where sentences may end: each run of stops and closing marks followed by what opens a sentence. The same ends as
 * matching /[.!?…]+["'”’»)\]]*(?=…)/g, without retrying every start inside a long run of stops ("!!!!…").
 */
function* sentenceEnds(masked: string): Generator<{ index: number; text: string }> {
  for (const m of masked.matchAll(STOP_RUN)) {
    SENTENCE_FOLLOWS.lastIndex = m.index + m[0].length;
    if (SENTENCE_FOLLOWS.test(masked)) yield { index: m.index, text: m[0] };
  }
}

/**
 * Whether the text opens with a short clause holding a speech verb: " Ms. Mule asked." The clause runs to the first
 * stop that does not follow an abbreviation ("Ms." does not end it), read piece by piece rather than by splitting
 * the whole rest of the paragraph at every stop.
 */
function attributionFollows(masked: string, from: number): boolean {
  let clause = '';
  let at = from;
  for (;;) {
    let stop = at;
    while (stop < masked.length && !'.!?'.includes(masked[stop]!)) stop++;
    const part = masked.slice(at, Math.min(stop + 1, masked.length));
    clause += part;
    at = stop + 1;
    const last = /([\p{L}]+)[.!?]$/u.exec(part)?.[1]?.toLowerCase();
    if (!last || !ABBREVIATIONS.has(last) || at >= masked.length) break; // "Ms." does not end the clause
  }
  if (/["“”«»]/u.test(clause)) return false; // another quote follows: a new sentence
  const words = clause.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.length <= 8 && words.some((w) => SPEECH_VERB_FORMS.has(w));
}

/** Splits masked text into sentences at stops followed by a capital, skipping abbreviations and initials. */
function splitSentences(masked: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of sentenceEnds(masked)) {
    const stop = m.index;
    const word = /([\p{L}.]+)$/u.exec(masked.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
    const bare = word.toLowerCase().replace(/^\.+/u, '');
    if (m.text.startsWith('.') && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word))) continue;
    const end = stop + m.text.length;
    // "“Is it possible?” Ms. Mule asked.": a short attribution after a closing mark belongs to the quote's sentence.
    if (/["”»]/u.test(m.text) && attributionFollows(masked, end)) continue;
    out.push({ start, end });
    start = end;
  }
  if (start < masked.length && masked.slice(start).trim()) out.push({ start, end: masked.length });
  return out;
}

/**
 * Every mention grouped by block, in entity order, built once per entities list: scanning all mentions for each
 * paragraph made an article with thousands of mentions quadratic (5,000 paragraphs naming three people: 3.3 s).
 */
const mentionsByBlock = new WeakMap<readonly Entity[], Map<string, PlacedMention[]>>();
function mentionsIn(block: string, entities: readonly Entity[]): readonly PlacedMention[] {
  let index = mentionsByBlock.get(entities);
  if (!index) {
    index = new Map();
    for (const entity of entities) {
      for (const m of entity.mentions) {
        let list = index.get(m.block);
        if (!list) index.set(m.block, (list = []));
        list.push({ entity, start: m.start, end: m.end });
      }
    }
    mentionsByBlock.set(entities, index);
  }
  return index.get(block) ?? [];
}

/**
 * Mentions of each entity in this block that do not fall inside quoted words. The spans are in order and do not
 * overlap, so the one span a mention could overlap is the first that ends after the mention starts.
 */
function mentionsOutsideQuotes(block: string, spans: QuoteSpan[], entities: Entity[]): PlacedMention[] {
  const inQuote = (m: PlacedMention) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end > m.start) hi = mid;
      else lo = mid + 1;
    }
    return lo < spans.length && spans[lo]!.start < m.end;
  };
  const out = mentionsIn(block, entities).filter((m) => !inQuote(m)).map((m) => ({ ...m }));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Gives each token the first mention (in mention order: by start, longest first) that contains it. Tokens and their
 * ends only grow, so a mention that ends before a token ends is passed over for good: one sweep, not a search of
 * every mention for every token.
 */
function assignMentions(tokens: Token[], mentions: PlacedMention[]): void {
  let first = 0; // mentions before this one end before the current token does
  let started = 0; // mentions before this one start at or before the current token
  for (const t of tokens) {
    while (started < mentions.length && mentions[started]!.start <= t.start) started++;
    while (first < started && mentions[first]!.end < t.end) first++;
    t.mention = first < started ? mentions[first] : undefined;
  }
}

/** Each mention start's first mention, per paragraph view (built once, not searched for every question). */
const mentionStarts = new WeakMap<ParagraphView, Map<number, PlacedMention>>();

/** The first of a paragraph's mentions (outside quotes) that starts at `at`, if any. */
export function mentionStartingAt(view: ParagraphView, at: number): PlacedMention | undefined {
  let starts = mentionStarts.get(view);
  if (!starts) {
    starts = new Map();
    for (const m of view.mentions) if (!starts.has(m.start)) starts.set(m.start, m);
    mentionStarts.set(view, starts);
  }
  return starts.get(at);
}

/**
 * The text with two single marks written for a double one (`‘‘…’’`, `''…''`) read as that double mark: the pair
 * becomes a space and the double mark, so offsets stay those of the text. Apostrophes and nested single quotes,
 * one mark each, stay as they are.
 */
function withDoubledSingleMarks(text: string): string {
  if (!/[‘’']{2}/u.test(text)) return text;
  return text.replace(/‘‘|’’|''/gu, (pair, at: number) => (pair === '‘‘' ? '“ ' : pair === '’’' ? ' ”' : /\S/u.test(text[at - 1] ?? ' ') ? ' ”' : '“ '));
}

/** Reads one paragraph; `continuing` says the previous paragraph ended inside a quote. */
export function readParagraph(
  block: { id: string; text: string },
  index: number,
  continuing: boolean,
  entities: Entity[],
): ParagraphView {
  const marked = withDoubledSingleMarks(block.text);
  const { spans, leftOpen } = findQuoteSpans(marked, continuing);
  const masked = maskQuotes(marked, spans);
  const mentions = mentionsOutsideQuotes(block.id, spans, entities);
  const tokens = tokenise(masked);
  assignMentions(tokens, mentions);
  return {
    block: block.id,
    index,
    text: block.text,
    spans,
    masked,
    sentences: splitSentences(masked),
    tokens,
    mentions,
    leftOpen,
    entities,
  };
}

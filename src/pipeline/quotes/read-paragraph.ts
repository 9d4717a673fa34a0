// Paragraph view: a paragraph's quote spans, its text with the quoted words masked out, its sentences and mentions.
import type { Entity } from '../../contract/article';
import { ABBREVIATIONS, SPEECH_VERB_FORMS } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans';

/** A word of the masked text: its text (trailing apostrophes and stops dropped), lower-cased form and offsets. */
export type Token = { text: string; lower: string; start: number; end: number; mention?: PlacedMention };

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
const TRAILING = /[.'’-]+$/u;

function tokenise(masked: string): Token[] {
  const out: Token[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const text = TRAILING.test(m[0]) ? m[0].replace(TRAILING, '') : m[0];
    out.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length });
  }
  return out;
}

const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s+["“«‘(\p{Lu}\p{N}]|\s*$)/gu;

/** Whether the text opens with a short clause holding a speech verb: " Ms. Mule asked." */
function attributionFollows(rest: string): boolean {
  let clause = '';
  for (const part of rest.split(/(?<=[.!?])/u)) {
    clause += part;
    const last = /([\p{L}]+)[.!?]$/u.exec(part)?.[1]?.toLowerCase();
    if (!last || !ABBREVIATIONS.has(last)) break; // "Ms." does not end the clause
  }
  if (/["“”«»]/u.test(clause)) return false; // another quote follows: a new sentence
  const words = clause.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.length <= 8 && words.some((w) => SPEECH_VERB_FORMS.has(w));
}

/** Splits masked text into sentences at stops followed by a capital, skipping abbreviations and initials. */
function splitSentences(masked: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of masked.matchAll(SENTENCE_END)) {
    const stop = m.index;
    const word = /([\p{L}.]+)$/u.exec(masked.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
    const bare = word.toLowerCase().replace(/^\.+/u, '');
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word))) continue;
    const end = stop + m[0].length;
    // "“Is it possible?” Ms. Mule asked.": a short attribution after a closing mark belongs to the quote's sentence.
    if (/["”»]/u.test(m[0]) && attributionFollows(masked.slice(end))) continue;
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

/** Mentions of each entity in this block that do not fall inside quoted words. */
function mentionsOutsideQuotes(block: string, spans: QuoteSpan[], entities: Entity[]): PlacedMention[] {
  const out = mentionsIn(block, entities).filter((m) => !spans.some((s) => m.start < s.end && m.end > s.start)).map((m) => ({ ...m }));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Reads one paragraph; `continuing` says the previous paragraph ended inside a quote. */
export function readParagraph(
  block: { id: string; text: string },
  index: number,
  continuing: boolean,
  entities: Entity[],
): ParagraphView {
  const { spans, leftOpen } = findQuoteSpans(block.text, continuing);
  const masked = maskQuotes(block.text, spans);
  const mentions = mentionsOutsideQuotes(block.id, spans, entities);
  const tokens = tokenise(masked);
  for (const t of tokens) t.mention = mentions.find((m) => m.start <= t.start && t.end <= m.end);
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
  };
}

/** Small shared judgements about tokens: which gaps join a name, which lines are headline-style or shouting. */
import { COUNTRY_FORMS, isCompoundPart, isFunctionWord, isNameAbbreviation, PERSON_CONNECTORS } from '../language';
import type { Token } from './tokenize-text';

/** Whether token `j` continues the phrase before it: one space, or ". " after an initial ("Patrick J. Buchanan", "St. Petersburg", "Ms. Mule"). */
export function joinsPrevious(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t || !prev) return false;
  return t.gap === ' ' || (t.gap === '. ' && (/^\p{Lu}$/u.test(prev.text) || isNameAbbreviation(prev.text)));
}

/**
 * Whether tokens `j` and `j + 1` are two particles of a name before its capitalised surname: "Ursula von der Leyen",
 * "Nick Van den Brul" (the second particle in lower case, as written).
 */
export function isParticlePairBeforeName(tokens: Token[], j: number): boolean {
  const [first, second, surname] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!first || !second || !surname) return false;
  return PERSON_CONNECTORS.has(first.text.toLowerCase()) && PERSON_CONNECTORS.has(second.text) && joinsPrevious(tokens, j + 1) && surname.capitalised && joinsPrevious(tokens, j + 2);
}

/**
 * Whether token `j` is the second half of a hyphenated name word: a capitalised part ("Waller-Bridge", "Al-Hams",
 * "Ocasio-Cortez") or a short lower-case syllable of a given name ("Jae-in", "Jong-un"), not an English compound
 * ("Biden-led", "Kremlin-backed").
 */
export function continuesNameWord(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  // Not after an initial: "D-Calif." is a party and a state.
  if (!t || !prev || t.gap !== '-' || !prev.capitalised || prev.possessive || prev.text.length < 2) return false;
  // "Sino-Indian", "Russia-Ukraine": a country's name or demonym is a word of its own.
  if (t.capitalised) return t.allCaps === prev.allCaps && !COUNTRY_FORMS.has(t.text.toLowerCase());
  return t.text.length <= 6 && /^\p{Ll}+$/u.test(t.text) && !isCompoundPart(t.text);
}

/** The words of a run of tokens, a hyphenated name word kept whole: "Waller", "Bridge" → "Waller-Bridge". */
export function hyphenJoined(tokens: Token[]): string[] {
  const words: string[] = [];
  tokens.forEach((t, k) => {
    if (k > 0 && continuesNameWord(tokens, k)) words[words.length - 1] += `-${t.text}`;
    else words.push(t.text);
  });
  return words;
}

/** Gaps that end a title's reach: sentence or clause punctuation. */
export const BREAKING_GAP = /[.,;:!?()"“”«»—–]|\s-\s/u;

export const lower = (t: Token) => t.text.toLowerCase();
export const sliceOf = (text: string, from: Token, to: Token) => text.slice(from.start, to.end);

let lastText = '';
let lastShouting = false;

/**
 * A line mostly in capitals, where "US" may be the pronoun and no code counts. Remembers the last line asked about,
 * and keeps the very string last asked with: a different string of the same text (a repeated paragraph) is compared
 * character by character once, then by reference. Keeping the first one made every later call compare the whole of
 * a long repeated block (a second 500 KB block of "US, US, …": 4.6 s instead of 1 s).
 */
export function isShouting(text: string): boolean {
  if (text !== lastText) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    lastShouting = letters.length > 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
  }
  lastText = text;
  return lastShouting;
}

/** Lower-case content words a headline in title case may still have (a slip, a "vs"), beyond its function words. */
const MAX_TITLE_CASE_LOWER = 1;

/**
 * A headline-style line: most words of four letters or more are capitalised, and the rest are function words. A
 * sentence crowded with names ("Serbia’s Novak Djokovic and Britain’s Andy Murray will make their first …") is prose,
 * and so is one that ends with a full stop and has a lower-case verb or noun ("Chinese Foreign Minister Wang Yi spoke
 * on Friday."): headlines do not end with a full stop.
 */
export function isTitleCase(tokens: Token[], text: string): boolean {
  const long = tokens.filter((t) => t.text.length > 3);
  const lowerContent = long.filter((t) => !t.capitalised && /\p{L}/u.test(t.text) && !isFunctionWord(t.text)).length;
  const sentence = /\.["'”’)]*\s*$/u.test(text.slice(-8));
  return long.length > 0 && long.filter((t) => t.capitalised).length / long.length > 0.6 && lowerContent <= (sentence ? 0 : MAX_TITLE_CASE_LOWER);
}

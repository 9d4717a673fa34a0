/** Word tokens with their offsets, born here once and carried by every later step. */
import { isFirstName } from '../language';

/** One word of a block or heading. `start`/`end` exclude a possessive "'s"; `gap` is the text since the previous token. */
export type Token = {
  text: string;
  start: number;
  end: number;
  gap: string;
  possessive: boolean;
  capitalised: boolean;
  allCaps: boolean;
};

/** Dotted abbreviations ("U.S."), then words with inner apostrophes ("O'Brien", "Putin's"). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

/**
 * Two capitalised words a scraper glued together, the first of four letters or more: "Ilhan OmarHillicon Valley"
 * (a name run into the next teaser's title). Shorter first parts are names' own ("McDonald", "DeSantis", "LeBron").
 */
const GLUED_WORDS = /^(\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll}{2,}$)/u;

/**
 * Whether a word starting at `at` follows a given name, by a space ("Ilhan OmarHillicon"), or a given name and a
 * hyphened first half of a surname ("Alexandria Ocasio-CortezSanders"): where a glued word is a name's end.
 */
function afterGivenName(tokens: Token[], text: string, at: number): boolean {
  const previous = tokens[tokens.length - 1];
  if (previous === undefined || !previous.capitalised || previous.possessive) return false;
  const gap = text.slice(previous.end, at);
  if (gap === ' ') return isFirstName(previous.text);
  const before = tokens[tokens.length - 2];
  return gap === '-' && before !== undefined && text.slice(before.end, previous.start) === ' ' && isFirstName(before.text);
}

/**
 * Splits text into word tokens; hyphens and brackets separate tokens ("Putin-Trump" is two). A glued word after a
 * given name ("Ilhan OmarHillicon") is split where the glue is, the second part with an empty gap; a brand's own
 * capitals ("Next On BuzzFeed News") are left alone.
 */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    // The cheap shape test first: it fails at the first letter of almost every word, before any lexicon lookup.
    const glued = GLUED_WORDS.test(m[0]) && afterGivenName(tokens, text, m.index) ? GLUED_WORDS.exec(m[0]) : null;
    if (glued) {
      const head = glued[1]!;
      tokens.push({ text: head, start: m.index, end: m.index + head.length, gap: text.slice(last, m.index), possessive: false, capitalised: true, allCaps: false });
      last = m.index + head.length;
    }
    let word = glued ? m[0].slice(glued[1]!.length) : m[0];
    const start = glued ? last : m.index;
    const possessive = POSSESSIVE.test(word) && word.length > 3;
    if (possessive) word = word.slice(0, -2);
    const first = word[0]!;
    const upper = word.toUpperCase();
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      gap: text.slice(last, start),
      possessive,
      // Case tests without regular expressions: this runs for every word of every article.
      capitalised: first !== first.toLowerCase(),
      allCaps: word.length > 1 && word === upper && upper !== word.toLowerCase(),
    });
    last = m.index + m[0].length;
  }
  return tokens;
}

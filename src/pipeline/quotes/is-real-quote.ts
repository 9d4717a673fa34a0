// Quote or scare quote: keep quoted speech, drop quoted terms, names and titles.
import { TITLE_SMALL_WORDS } from '../language';

/** Fewest words a quoted span needs to be a quote rather than a scare-quoted term. */
const MIN_QUOTE_WORDS = 4;
/** Most words a capitalised quoted span may have and still be read as a title ("Defeat Jihad"). */
const MAX_TITLE_WORDS = 20;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

/** A quoted span shaped like a title: every word capitalised bar small ones, no sentence punctuation inside. */
function looksLikeTitle(words: string[], quoted: string): boolean {
  // A title may have a subtitle after a colon and end with a stop, but has no other sentence punctuation inside.
  if (words.length > MAX_TITLE_WORDS || /[.!,;]\s/u.test(quoted.replace(/[.!?]$/u, ''))) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * True when the quoted words are speech rather than a scare-quoted term or a title: at least MIN_QUOTE_WORDS
 * words, some of them lower case ("Montevideo Mechanism", "interim president" and "Defeat Jihad" are not quotes).
 */
export function isRealQuote(quoted: string): boolean {
  const words = quoted.match(WORD) ?? [];
  if (words.length < MIN_QUOTE_WORDS) return false;
  return !looksLikeTitle(words, quoted);
}

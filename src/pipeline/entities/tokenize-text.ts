/** Word tokens with their offsets, born here once and carried by every later step. */

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

/** Splits text into word tokens; hyphens and brackets separate tokens ("Putin-Trump" is two). */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
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
    last = start + m[0].length;
  }
  return tokens;
}

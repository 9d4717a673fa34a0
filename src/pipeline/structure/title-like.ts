// Whether a line is shaped like a title: the shape rule shared by headline finding, teasers and the line model.
import { ENDS_LIKE_SENTENCE } from '../patterns';

/** Longest line, in words, that can still be a headline, a sub-headline or a teaser title. */
const MAX_TITLE_WORDS = 16;

const words = (text: string) => text.split(' ').filter(Boolean);

/** Share of capitalised words from which a line is in title case ("Do Parties Or Voters Choose …?"). */
export const TITLE_CASE_SHARE = 0.6;

/** Share of a line's words that start with a capital letter or a digit, ignoring short function words. */
export function capitalisedShare(lineWords: readonly string[]): number {
  const content = lineWords
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w.length > 3);
  if (content.length === 0) return 1;
  return content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / content.length;
}

/** Whether an opening double quote mark is closed again (a title never leaves one open). */
export function quotesBalanced(text: string): boolean {
  const opens = (text.match(/[“«]/gu) ?? []).length;
  const closes = (text.match(/[”»]/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

/** A line shaped like a title: short, starts like a name or a quote, does not end like a sentence. */
export function isTitleLike(text: string): boolean {
  const n = words(text).length;
  if (n === 0 || n > MAX_TITLE_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"'‘“«(]/u.test(text)) return false;
  if (/[@#]\w|https?:\/\/|pic\.twitter\.com|\p{Extended_Pictographic}/u.test(text)) return false;
  if (!quotesBalanced(text)) return false;
  if (text.endsWith('?')) return capitalisedShare(words(text)) >= TITLE_CASE_SHARE;
  return !ENDS_LIKE_SENTENCE.test(text) || /^["'‘“«].*["'’”»]$/u.test(text);
}


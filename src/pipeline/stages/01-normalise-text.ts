// Stage 1: undo what a scraper leaves around the words (line endings, indentation, odd spaces) without changing a word.
import { INVISIBLE_ONLY } from '../patterns';
import type { Line } from '../types';

/** Space characters that render as a plain space: no-break, figure, thin and other typographic spaces. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/** A line as the reader sees it: odd spaces to plain ones, runs folded, trimmed; '' when nothing in it shows. */
function cleanLine(line: string): string {
  const text = line.replace(ODD_SPACES, ' ').replace(/\t/gu, ' ').replace(/ {2,}/gu, ' ').trim();
  return INVISIBLE_ONLY.test(text) ? '' : text;
}

/**
 * Splits raw article text into numbered lines: NFC, CRLF/CR to LF, odd spaces to plain ones,
 * runs of spaces folded, indentation and trailing space trimmed, and a line of only invisible characters
 * (zero-width spaces, joiners, format marks) made blank. Line numbers stay those of the raw file.
 */
export function normaliseText(raw: string): Line[] {
  const text = raw.replace(/^\uFEFF/u, '').normalize('NFC');
  return text.split(/\r\n|\r|\n/u).map((line, i) => ({ no: i + 1, text: cleanLine(line) }));
}

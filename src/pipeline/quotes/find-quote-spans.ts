// Quote spans: pair the double quote marks of one paragraph, carrying an unclosed quote into the next paragraph.
import { ANY_MARK, CLOSING_MARKS, NEUTRAL_MARKS, OPENING_MARKS } from '../language';

/** The words between one pair of marks, as offsets into the paragraph. */
export type QuoteSpan = {
  /** Offset of the opening mark, or null when the quote continues from the previous paragraph. */
  open: number | null;
  /** Offset of the closing mark, or null when the quote runs on past the paragraph's end. */
  close: number | null;
  /** The quoted words: text.slice(start, end), marks and surrounding spaces excluded. */
  start: number;
  end: number;
  /** True when this span carries on a quote left open at the end of the previous paragraph. */
  continues: boolean;
};

export type ParagraphSpans = { spans: QuoteSpan[]; leftOpen: boolean };

const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/** Trims spaces off both ends of [start, end) without moving past each other. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Finds the quoted spans of one paragraph. Curly and guillemet marks say which way they face; a straight mark
 * opens when it stands before a word and closes otherwise. `continuing` says the previous paragraph ended inside
 * a quote, so a closing mark before any opening one ends that quote, and a paragraph that reopens with a mark
 * carries it on.
 */
export function findQuoteSpans(text: string, continuing: boolean): ParagraphSpans {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  let depth = 0; // curly marks nested inside an open quote
  let carried = continuing;
  const firstContent = trimmed(text, 0, text.length).start;

  const closeAt = (i: number) => {
    const from = open === null ? 0 : open + 1;
    const range = trimmed(text, from, i);
    const continues = open === null || (carried && open === firstContent);
    if (range.end > range.start) spans.push({ open, close: i, ...range, continues });
    open = null;
    carried = false;
  };

  for (const mark of text.matchAll(ANY_MARK)) {
    const i = mark.index;
    const ch = mark[0];
    const neutral = NEUTRAL_MARKS.has(ch);
    const before = text[i - 1];
    const after = text[i + 1];
    if (open === null) {
      const opens = OPENING_MARKS.has(ch) || (neutral && !isSpace(after) && !/[,.;:!?)\]]/u.test(after ?? ''));
      if (opens) {
        open = i;
        depth = 0;
      } else if (carried && spans.length === 0 && !isSpace(before)) {
        closeAt(i); // the end of a quote begun in an earlier paragraph
      }
      continue;
    }
    if (OPENING_MARKS.has(ch)) {
      depth++;
      continue;
    }
    if (CLOSING_MARKS.has(ch) && depth > 0) {
      depth--;
      continue;
    }
    closeAt(i);
  }
  if (open !== null) {
    const range = trimmed(text, open + 1, text.length);
    const continues = carried && open === firstContent;
    if (range.end > range.start) spans.push({ open, close: null, ...range, continues });
    return { spans, leftOpen: true };
  }
  return { spans, leftOpen: false };
}

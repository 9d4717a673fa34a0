// Stage 2: decide what each line is (headline, sub-headline, body, caption, credit, teaser, metadata, chrome).
import {
  BYLINE,
  CAPTION_CREDIT_TAIL,
  CAPTION_OPENING,
  CHROME_LINE,
  CREDIT_LINE,
  DATE_LINE,
  EMBED_FEATURES,
  EMBED_SIGNATURE,
  ENDS_LIKE_SENTENCE,
  FOOTER_LINE,
  isCounterLine,
  isUnbroken,
  KICKER_TEASER,
  RELATED_LINE,
  TAGS_LABEL,
  TOPIC_LABEL,
  VISIBLE_LETTER_OR_DIGIT,
} from '../patterns';
import type { ClassifiedLine, Line, LineKind } from '../types';

/** Longest line, in words, that can still be a headline, a sub-headline or a teaser title. */
const MAX_TITLE_WORDS = 16;
/** Longest line, in words and in characters, that is read as a section label ("Russia", "Science & Health") in the header. */
const MAX_CATEGORY_WORDS = 3;
const MAX_CATEGORY_CHARS = 40;

/** How many non-blank lines from the top may come before the headline (date lines, a lead photo caption). */
const MAX_LINES_BEFORE_HEADLINE = 6;

const words = (text: string) => text.split(' ').filter(Boolean);

/** Kinds recognised from the line alone, by the shared patterns. */
function kindByPattern(text: string): LineKind | null {
  if (text === '') return 'blank';
  if (isUnbroken(text)) return 'unbroken';
  if (DATE_LINE.test(text)) return 'date';
  if (EMBED_SIGNATURE.test(text)) return 'embed';
  if (CREDIT_LINE.test(text) || BYLINE.test(text)) return 'credit';
  if (RELATED_LINE.test(text)) return 'related';
  if (TOPIC_LABEL.test(text)) return 'topic-label';
  if (TAGS_LABEL.test(text)) return 'tags-label';
  if (isCounterLine(text)) return 'counter';
  if (CHROME_LINE.test(text)) return 'chrome';
  if (FOOTER_LINE.test(text)) return 'footer';
  if (CAPTION_OPENING.test(text) || CAPTION_CREDIT_TAIL.test(text)) return 'caption';
  return null;
}

/** Share of words that start with a capital letter or a digit, ignoring short function words. */
function capitalisedShare(text: string): number {
  const content = words(text)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w.length > 3);
  if (content.length === 0) return 1;
  return content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / content.length;
}

/** Whether an opening double quote mark is closed again (a title never leaves one open). */
function quotesBalanced(text: string): boolean {
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
  if (text.endsWith('?')) return capitalisedShare(text) >= 0.6;
  return !ENDS_LIKE_SENTENCE.test(text) || /^["'‘“«].*["'’”»]$/u.test(text);
}

/** How many lines above its signature an embedded post's text may run. */
const MAX_EMBED_LINES = 2;
/** Longest featureless line, in words, read as a reply in a thread of embedded posts rather than as prose. */
const MAX_EMBED_REPLY_WORDS = 15;

/**
 * Marks the text of embedded posts: walking up from each signature line, a line belongs to the post when it
 * looks like one (handles, hashtags, links, emoji), or is a short reply sitting right below another post.
 */
function markEmbedText(lines: ClassifiedLine[], fixed: (LineKind | null)[]): void {
  const previousContent = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (lines[j]!.text !== '') return j;
    return -1;
  };
  for (let i = 0; i < lines.length; i++) {
    if (fixed[i] !== 'embed') continue;
    for (let j = previousContent(i), taken = 0; j >= 0 && taken < MAX_EMBED_LINES && fixed[j] === null; j = previousContent(j), taken++) {
      const above = previousContent(j);
      const { text } = lines[j]!;
      const reply = above >= 0 && fixed[above] === 'embed' && words(text).length <= MAX_EMBED_REPLY_WORDS;
      if (!EMBED_FEATURES.test(text) && !reply) break;
      fixed[j] = 'embed';
    }
  }
}

/** A short label between the headline and the story ("World", "Science & Health"): a few short words, no sentence. */
function isSectionLabel(text: string): boolean {
  return text.length <= MAX_CATEGORY_CHARS && words(text).length <= MAX_CATEGORY_WORDS && !ENDS_LIKE_SENTENCE.test(text);
}

/**
 * Index of the headline among lines: the first title-like line near the top, else the first free line. A headline
 * shows at least one letter or digit; free lines without one ("—", "•") are passed over and do not count.
 */
function findHeadline(lines: ClassifiedLine[], fixed: (LineKind | null)[]): number {
  const free: number[] = [];
  for (let i = 0; i < lines.length && free.length < MAX_LINES_BEFORE_HEADLINE; i++) if (fixed[i] === null && VISIBLE_LETTER_OR_DIGIT.test(lines[i]!.text)) free.push(i);
  const first = free[0];
  if (first === undefined) return -1;
  // The common case: the file starts with its title.
  if (lines.findIndex((l) => l.text !== '') === first) return first;
  return free.find((i) => isTitleLike(lines[i]!.text)) ?? first;
}

/** Classifies every line of an article; blank lines keep the kind 'blank' so grouping can see paragraph breaks. */
export function classifyLines(input: Line[]): ClassifiedLine[] {
  const lines: ClassifiedLine[] = input.map((l) => ({ ...l, kind: 'paragraph' }));
  const fixed = lines.map((l) => kindByPattern(l.text));
  markEmbedText(lines, fixed);
  const kinds: LineKind[] = fixed.map((k) => k ?? 'paragraph');
  const prevNonBlank = (i: number) => (i > 0 && kinds[i - 1] !== 'blank' ? i - 1 : -1);
  const nextNonBlank = (i: number) => (i + 1 < lines.length && kinds[i + 1] !== 'blank' ? i + 1 : -1);
  const nextContent = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (kinds[j] !== 'blank') return j;
    return -1;
  };

  // Label lines ("Topic:", "Tags:") with no inline value take the next content line as their value.
  for (let i = 0; i < lines.length; i++) {
    const label = kinds[i];
    if ((label === 'topic-label' || label === 'tags-label') && /:\s*$/u.test(lines[i]!.text)) {
      const j = nextContent(i);
      if (j >= 0 && fixed[j] === null) {
        kinds[j] = label === 'topic-label' ? 'topic' : 'tags';
        fixed[j] = kinds[j]!;
      }
    }
  }

  const headline = findHeadline(lines, fixed);
  if (headline < 0) return lines.map((l, i) => ({ ...l, kind: kinds[i]! }));
  kinds[headline] = 'headline';
  const headlineText = lines[headline]!.text;
  // Free lines above the headline are the lead photo's caption.
  for (let i = 0; i < headline; i++) if (fixed[i] === null && kinds[i] !== 'blank') kinds[i] = 'caption';

  // The header: metadata between the headline and the first line of prose.
  let bodyStart = headline + 1;
  for (; bodyStart < lines.length; bodyStart++) {
    const { text } = lines[bodyStart]!;
    if (kinds[bodyStart] === 'blank' || fixed[bodyStart] !== null) continue;
    if (text === headlineText) continue;
    if (isSectionLabel(text)) {
      kinds[bodyStart] = 'category';
      continue;
    }
    break;
  }

  for (let i = headline + 1; i < lines.length; i++) {
    if (fixed[i] !== null || kinds[i] !== 'paragraph') continue;
    const { text } = lines[i]!;
    // Pages repeat the headline, sometimes run together with the standfirst.
    if (text === headlineText || text.startsWith(`${headlineText} `)) {
      kinds[i] = 'repeated-headline';
      continue;
    }
    const before = prevNonBlank(i);
    const after = nextNonBlank(i);
    // Photo furniture: a caption sits right above its credit, a related-story title right below it.
    if (after >= 0 && kinds[after] === 'credit') {
      kinds[i] = 'caption';
      continue;
    }
    if (before >= 0 && kinds[before] === 'credit' && isTitleLike(text)) {
      kinds[i] = 'teaser';
      continue;
    }
    if (!isTitleLike(text)) continue;
    if (KICKER_TEASER.test(text)) {
      kinds[i] = 'teaser';
      continue;
    }
    // A sub-headline stands alone, or opens a group of prose lines (one-sentence-per-line layouts).
    const alone = before < 0 && after < 0;
    const opensProse = before < 0 && after >= 0 && kinds[after] === 'paragraph' && !isTitleLike(lines[after]!.text);
    const somethingFollows = nextContent(i) >= 0;
    if ((alone || opensProse) && somethingFollows) kinds[i] = 'subheading';
  }
  return lines.map((l, i) => ({ ...l, kind: kinds[i]! }));
}

// Stage 3: turn classified lines into sections of blocks, and account for every line left out of the story.
import type { Block, BlockKind, Dropped, Section } from '../../contract/article';
import { characterCount, FURNITURE_WORD } from '../patterns';
import { uniqueSlugger } from '../slug';
import type { ClassifiedLine, LineKind } from '../types';

/** Line kinds shown in the story as blocks, and the block kind each becomes. */
const BLOCK_KIND: Partial<Record<LineKind, BlockKind>> = {
  paragraph: 'paragraph',
  caption: 'caption',
  credit: 'credit',
  teaser: 'teaser',
  related: 'related',
  embed: 'embed',
};

/** Line kinds left out of the story, with the reason recorded in `dropped`. */
const DROP_REASON: Partial<Record<LineKind, string>> = {
  date: 'publication date line (parsed into date)',
  'repeated-headline': 'headline repeated by the page (alone or run into the standfirst)',
  category: 'site section label',
  'topic-label': 'topic label (parsed into topic)',
  topic: 'topic line (parsed into topic)',
  'tags-label': 'tags label (parsed into tags)',
  tags: 'tags line (parsed into tags)',
  counter: 'share or comment counter',
  chrome: 'site chrome (sharing prompt, ad, social or box label)',
  footer: 'footer or disclaimer',
};

/** Longer than any word of running text: a single such token is no label, whatever its shape. */
const MAX_WORD_CHARS = 40;

/** Why a line the line model called furniture is left out, told from its shape. */
function furnitureReason(text: string): string {
  const words = text.split(' ').filter(Boolean);
  if (/^(?:https?:\/\/|www\.)\S+$/iu.test(text)) return 'a bare link (sharing or navigation)';
  if (words.length === 1 && characterCount(text) > MAX_WORD_CHARS) return `not text: a run of ${characterCount(text).toLocaleString('en-US')} characters without a space`;
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?:;]$/u.test(text)) return 'byline or author name';
  if (words.length <= 3) return 'site section or box label';
  if (/^["“«„]/u.test(text) && /["”»]$/u.test(text)) return "a pull quote (the story's own words set apart; the paragraph keeps them)";
  if (words.some((w) => FURNITURE_WORD.test(w))) return 'sharing, sign-up or navigation line';
  return 'page furniture (told from its shape and its neighbours)';
}

/** Why an unbroken run of characters is left out: it is no text a reader could read. */
const unbrokenReason = (text: string) => `not text: a run of ${characterCount(text).toLocaleString('en-US')} characters without a space`;

export type Grouped = { headline: string; sections: Section[]; dropped: Dropped[] };

/** Fewest adjacent prose-line pairs from which a text's wrapping can be judged. */
const MIN_WRAP_PAIRS = 3;

/**
 * Whether the text is hard-wrapped: most pairs of adjacent prose lines break mid-sentence (the first line does
 * not end like a sentence and the next goes on in lower case). Only then do adjacent lines join into one
 * paragraph; otherwise every line is a paragraph (one paragraph per line, or one sentence per line).
 */
export function isHardWrapped(lines: ClassifiedLine[]): boolean {
  let pairs = 0;
  let broken = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.kind !== 'paragraph' || b.kind !== 'paragraph') continue;
    pairs++;
    if (!/[.!?…:;]["'”’»)\]]*$/u.test(a.text) && /^[\p{Ll}\p{N}(]/u.test(b.text)) broken++;
  }
  return pairs >= MIN_WRAP_PAIRS && broken * 2 > pairs;
}

/**
 * Groups lines into sections: the first under the headline, a new one at each sub-headline. Each prose line is a
 * paragraph, unless the text is hard-wrapped: then consecutive prose lines with no blank line between them form
 * one paragraph. Every other line is its own block or a `dropped` entry, so each non-empty input line lands in
 * exactly one place.
 */
export function groupSections(lines: ClassifiedLine[]): Grouped {
  const slug = uniqueSlugger();
  const headline = lines.find((l) => l.kind === 'headline')?.text ?? '';
  const sections: Section[] = [{ id: slug(headline, 'story'), heading: headline, blocks: [] }];
  const dropped: Dropped[] = [];
  let blockCount = 0;
  let open: Block | null = null; // the paragraph that the next prose line continues
  const joinLines = isHardWrapped(lines);

  for (const line of lines) {
    const current = sections[sections.length - 1]!;
    if (line.kind === 'blank' || line.kind === 'headline') {
      open = null;
      continue;
    }
    if (line.kind === 'subheading') {
      sections.push({ id: slug(line.text, `section-${sections.length + 1}`), heading: line.text, blocks: [] });
      open = null;
      continue;
    }
    const reason = line.kind === 'furniture' ? furnitureReason(line.text) : line.kind === 'unbroken' ? unbrokenReason(line.text) : DROP_REASON[line.kind];
    if (reason !== undefined) {
      dropped.push({ text: line.text, reason });
      open = null;
      continue;
    }
    const kind = BLOCK_KIND[line.kind] ?? 'paragraph';
    if (kind === 'paragraph' && open && (joinLines || line.kind === 'continuation')) {
      open.text = `${open.text} ${line.text}`;
      continue;
    }
    const block: Block = { id: `b${++blockCount}`, kind, text: line.text };
    current.blocks.push(block);
    open = kind === 'paragraph' ? block : null;
  }
  return { headline, sections, dropped };
}

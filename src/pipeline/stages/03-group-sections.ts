// Stage 3: turn classified lines into sections of blocks, and account for every line left out of the story.
import type { Block, BlockKind, Dropped, Section } from '../../contract/article';
import { characterCount } from '../patterns';
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
  chrome: 'site chrome (sharing prompt, ad or social label)',
  footer: 'footer or disclaimer',
};

/** Why an unbroken run of characters is left out: it is no text a reader could read. */
const unbrokenReason = (text: string) => `not text: a run of ${characterCount(text).toLocaleString('en-US')} characters without a space`;

export type Grouped = { headline: string; sections: Section[]; dropped: Dropped[] };

/**
 * Groups lines into sections: the first under the headline, a new one at each sub-headline. Consecutive prose
 * lines with no blank line between them form one paragraph (one-sentence-per-line layouts); every other line is
 * its own block or a `dropped` entry, so each non-empty input line lands in exactly one place.
 */
export function groupSections(lines: ClassifiedLine[]): Grouped {
  const slug = uniqueSlugger();
  const headline = lines.find((l) => l.kind === 'headline')?.text ?? '';
  const sections: Section[] = [{ id: slug(headline, 'story'), heading: headline, blocks: [] }];
  const dropped: Dropped[] = [];
  let blockCount = 0;
  let open: Block | null = null; // the paragraph that the next prose line continues

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
    const reason = line.kind === 'unbroken' ? unbrokenReason(line.text) : DROP_REASON[line.kind];
    if (reason !== undefined) {
      dropped.push({ text: line.text, reason });
      open = null;
      continue;
    }
    const kind = BLOCK_KIND[line.kind] ?? 'paragraph';
    if (kind === 'paragraph' && open) {
      open.text = `${open.text} ${line.text}`;
      continue;
    }
    const block: Block = { id: `b${++blockCount}`, kind, text: line.text };
    current.blocks.push(block);
    open = kind === 'paragraph' ? block : null;
  }
  return { headline, sections, dropped };
}

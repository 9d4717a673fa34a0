// Stage 4: read the publication date, outlet, topic and tags from the lines that state them.
import type { Section } from '../../contract/article';
import { DATE_LINE, DATELINE, TAGS_LABEL, TOPIC_LABEL, TRAILING_COUNT } from '../patterns';
import type { ClassifiedLine } from '../types';

export type Metadata = { date: string | null; source: string | null; topic: string | null; tags: string[] };

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseDate(text: string): string | null {
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A label's inline value ("Topic: Politics"), or the text of the value line that follows it. */
function labelled(lines: ClassifiedLine[], label: 'topic-label' | 'tags-label', pattern: RegExp): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === label) {
      const inline = pattern.exec(line.text)?.[1]?.trim();
      if (inline) return inline;
    }
    if (line.kind === (label === 'topic-label' ? 'topic' : 'tags')) return line.text;
  }
  return null;
}

/** How many opening paragraphs may precede the dateline (a standfirst often does). */
const DATELINE_SEARCH_DEPTH = 3;

/** The outlet named in an opening paragraph's dateline: "MOSCOW (Sputnik) —" → "Sputnik". */
function findSource(sections: Section[]): string | null {
  const opening = sections
    .flatMap((s) => s.blocks)
    .filter((b) => b.kind === 'paragraph')
    .slice(0, DATELINE_SEARCH_DEPTH);
  for (const block of opening) {
    const outlet = DATELINE.exec(block.text)?.[1]?.trim();
    if (outlet) return outlet;
  }
  return null;
}

/** Extracts metadata the text states outright; anything not stated stays null or empty. */
export function extractMetadata(lines: ClassifiedLine[], sections: Section[]): Metadata {
  const dateLine = lines.find((l) => l.kind === 'date');
  const topic = labelled(lines, 'topic-label', TOPIC_LABEL)?.replace(TRAILING_COUNT, '').trim() || null;
  const tagsText = labelled(lines, 'tags-label', TAGS_LABEL);
  const tags = tagsText ? [...new Set(tagsText.split(/\s*[,;|]\s*/u).map((t) => t.trim()).filter(Boolean))] : [];
  return { date: dateLine ? parseDate(dateLine.text) : null, source: findSource(sections), topic, tags };
}

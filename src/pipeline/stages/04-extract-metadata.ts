// Stage 4: read the publication date, outlet, topic and tags from the lines that state them.
import type { Section } from '../../contract/article';
import { DATE_LINE, DATELINE, TAGS_LABEL, TOPIC_LABEL, TRAILING_COUNT } from '../patterns';
import { findDate, isUpdateStamp } from '../structure/dates';
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

/** The top of a page, where its time stamp stands: its first half, and never fewer lines than this. */
const MIN_TOP_LINES = 15;
/** How many opening lines after the headline may carry the date at their end ("…its recovery?Monday, 6 January 2020"). */
const GLUED_DATE_DEPTH = 3;
/** How far into a byline its date may stand (past the name and a role). */
const BYLINE_DATE_REACH = 80;

/**
 * The stated publication date: a time stamp line in the first half of the page (a "Published" one before an
 * "Updated" one), else a date that ends one of the opening lines, stands in a byline or in the first paragraph's
 * dateline, else the first byline with a date, else a "Published" stamp at the foot of the page.
 */
/** The date a time stamp line states. */
const stampDate = (line: ClassifiedLine) => parseDate(line.text) ?? findDate(line.text)?.iso ?? null;

function findPublicationDate(lines: ClassifiedLine[]): string | null {
  const content = lines.filter((l) => l.kind !== 'blank');
  const top = content.slice(0, Math.max(MIN_TOP_LINES, Math.ceil(content.length / 2)));
  const stamps = top.filter((l) => l.kind === 'date');
  const stamp = stamps.find((l) => !isUpdateStamp(l.text)) ?? stamps[0];
  if (stamp) return stampDate(stamp);
  const headline = content.findIndex((l) => l.kind === 'headline');
  for (const line of content.slice(headline + 1, headline + 1 + GLUED_DATE_DEPTH)) {
    // An embedded post's signature dates the post, not the story ("— Piers Morgan (@piersmorgan) May 10, 2020").
    if (line.kind === 'embed') continue;
    const found = findDate(line.text);
    if (!found) continue;
    const atEnd = found.index + found.length >= line.text.replace(/[\s.]+$/u, '').length;
    const inDateline = /\s[-—–]\s/u.test(line.text.slice(found.index + found.length, found.index + found.length + 40)) && found.index < 40;
    // "By Jane Doe March 11, 2015 3:46 PM": a byline that carries its date.
    const inByline = /^by\s/iu.test(line.text) && found.index < BYLINE_DATE_REACH;
    if (atEnd || inDateline || inByline) return found.iso;
  }
  // A byline further down (after the page's navigation) that carries the date: "By Jane Doe 8 January 2020, 3:51 pm".
  // The story's own byline comes before those of teasers at the foot, so the first one is taken.
  for (const line of content) {
    if (line.kind !== 'credit' || !/^by\s/iu.test(line.text)) continue;
    const found = findDate(line.text);
    if (found && found.index < BYLINE_DATE_REACH) return found.iso;
  }
  // A stamp at the foot of the story ("First Published on Nov 20, 2019 01:38 pm"), where some outlets print it.
  const foot = content.slice(top.length).find((l) => l.kind === 'date' && !isUpdateStamp(l.text));
  return foot ? stampDate(foot) : null;
}

/** Extracts metadata the text states outright; anything not stated stays null or empty. */
export function extractMetadata(lines: ClassifiedLine[], sections: Section[]): Metadata {
  const topic = labelled(lines, 'topic-label', TOPIC_LABEL)?.replace(TRAILING_COUNT, '').trim() || null;
  const tagsText = labelled(lines, 'tags-label', TAGS_LABEL);
  const tags = tagsText ? [...new Set(tagsText.split(/\s*[,;|]\s*/u).map((t) => t.trim()).filter(Boolean))] : [];
  return { date: findPublicationDate(lines), source: findSource(sections), topic, tags };
}

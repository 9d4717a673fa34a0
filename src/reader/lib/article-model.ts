/**
 * Everything the reader derives from one article, computed once per article: text segments per block,
 * which entities each section mentions, mentions in reading order. Pure functions, no React.
 */
import type { Article, Entity, EntityType, Quote } from '../../contract/article';

/** A mention covering a run of text: its unique key (`block:start:entity`) and its entity. */
export interface SegmentMention {
  key: string;
  entityId: string;
}

/** A run of a block's text: plain, inside mentions, inside a quote, or both. */
export interface Segment {
  text: string;
  /** The mentions covering this run, outermost first (mentions of two entities may overlap); absent when none. */
  mentions?: SegmentMention[];
  quoteId?: string;
}

export interface MentionRef {
  key: string;
  /** Position in reading order across the whole article. */
  rank: number;
  entityId: string;
  target: string;
  sectionId: string;
}

export interface ArticleModel {
  article: Article;
  entityById: Map<string, Entity>;
  /** Segments per block id and per section id (for its heading). */
  segments: Map<string, Segment[]>;
  /** Entity ids mentioned per block id / section heading id. */
  entitiesIn: Map<string, Set<string>>;
  /** Entity ids mentioned anywhere in a section (heading included). */
  entitiesBySection: Map<string, Set<string>>;
  /** Mentions per entity in reading order (an entity's own overlapping mentions, which the contract rejects, dropped). */
  mentionsOf: Map<string, MentionRef[]>;
  quoteById: Map<string, Quote>;
  sectionOf: Map<string, string>;
  /** Place entities per country entity id (each place's `country` is that id). */
  placesOf: Map<string, Entity[]>;
  /** Entities grouped for the sidebar, most-mentioned first; credit-only people kept apart. */
  groups: Record<EntityType, Entity[]>;
  photoCredits: Entity[];
}

export const ENTITY_GROUPS: { type: EntityType; label: string; glyph: string }[] = [
  { type: 'person', label: 'People', glyph: '●' },
  { type: 'country', label: 'Countries', glyph: '■' },
  { type: 'place', label: 'Places', glyph: '▲' },
  { type: 'organization', label: 'Organizations', glyph: '◆' },
];

interface Span {
  start: number;
  end: number;
}

/** Spans sorted outermost first: by start, then the longer first (input order breaks ties). */
const outermostFirst = <T extends Span>(spans: readonly T[]) => [...spans].sort((a, b) => a.start - b.start || b.end - a.end);

/**
 * Splits `text` at every span boundary; each piece knows every mention covering it (outermost first) and its
 * quote. One sweep over the boundaries, so a block with thousands of mentions costs no more than their number.
 */
export function segmentText(text: string, mentions: readonly (Span & SegmentMention)[], quotes: readonly (Span & { id: string })[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...mentions, ...quotes]) {
    cuts.add(clamp(s.start));
    cuts.add(clamp(s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = outermostFirst(mentions.filter((m) => clamp(m.start) < clamp(m.end)));
  const quotesByStart = outermostFirst(quotes.filter((q) => clamp(q.start) < clamp(q.end)));
  let active: (Span & SegmentMention)[] = [];
  let activeQuotes: (Span & { id: string })[] = [];
  let nextMention = 0;
  let nextQuote = 0;
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    // Spans starting here join at the end, which keeps `active` outermost first; spans that ended leave.
    while (nextMention < byStart.length && clamp(byStart[nextMention]!.start) <= start) active.push(byStart[nextMention++]!);
    while (nextQuote < quotesByStart.length && clamp(quotesByStart[nextQuote]!.start) <= start) activeQuotes.push(quotesByStart[nextQuote++]!);
    active = active.filter((m) => clamp(m.end) > start);
    activeQuotes = activeQuotes.filter((q) => clamp(q.end) > start);
    const segment: Segment = { text: text.slice(start, end) };
    if (active.length) segment.mentions = active.map(({ key, entityId }) => ({ key, entityId }));
    const quote = activeQuotes[0];
    if (quote) segment.quoteId = quote.id;
    segments.push(segment);
  }
  return segments;
}

const byMentions = (a: Entity, b: Entity) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);

/** Builds the article model. Tolerates spans the validator would reject (they are skipped). */
export function buildArticleModel(article: Article): ArticleModel {
  const texts = new Map<string, string>();
  const order = new Map<string, number>();
  const sectionOf = new Map<string, string>();
  for (const section of article.sections) {
    texts.set(section.id, section.heading);
    order.set(section.id, order.size);
    sectionOf.set(section.id, section.id);
    for (const block of section.blocks) {
      texts.set(block.id, block.text);
      order.set(block.id, order.size);
      sectionOf.set(block.id, section.id);
    }
  }
  const entityById = new Map(article.entities.map((e) => [e.id, e]));

  // Every valid mention, in reading order. Mentions of two entities may overlap (both are shown); a mention
  // overlapping an earlier one of the same entity (which the contract rejects) is dropped.
  const all = article.entities.flatMap((e) =>
    e.mentions
      .filter((m) => texts.has(m.block) && m.start < m.end && m.end <= (texts.get(m.block)?.length ?? 0))
      .map((m) => ({ entityId: e.id, target: m.block, start: m.start, end: m.end, key: `${m.block}:${m.start}:${e.id}` })),
  );
  all.sort((a, b) => (order.get(a.target) ?? 0) - (order.get(b.target) ?? 0) || a.start - b.start || b.end - a.end);
  const kept: typeof all = [];
  const lastEnd = new Map<string, number>();
  for (const m of all) {
    const own = `${m.entityId}\u0000${m.target}`;
    if (m.start < (lastEnd.get(own) ?? 0)) continue;
    lastEnd.set(own, m.end);
    kept.push(m);
  }

  const mentionsOf = new Map<string, MentionRef[]>(article.entities.map((e) => [e.id, []]));
  const entitiesIn = new Map<string, Set<string>>();
  const entitiesBySection = new Map<string, Set<string>>(article.sections.map((s) => [s.id, new Set<string>()]));
  const spansIn = new Map<string, typeof kept>();
  kept.forEach((m, rank) => {
    const sectionId = sectionOf.get(m.target) ?? '';
    mentionsOf.get(m.entityId)?.push({ key: m.key, rank, entityId: m.entityId, target: m.target, sectionId });
    if (!entitiesIn.has(m.target)) entitiesIn.set(m.target, new Set());
    entitiesIn.get(m.target)?.add(m.entityId);
    entitiesBySection.get(sectionId)?.add(m.entityId);
    if (!spansIn.has(m.target)) spansIn.set(m.target, []);
    spansIn.get(m.target)?.push(m);
  });

  const quotesIn = new Map<string, Quote[]>();
  const quoteById = new Map<string, Quote>();
  for (const q of article.quotes) {
    quoteById.set(q.id, q);
    if (!texts.has(q.block)) continue;
    if (!quotesIn.has(q.block)) quotesIn.set(q.block, []);
    quotesIn.get(q.block)?.push(q);
  }

  const segments = new Map<string, Segment[]>();
  for (const [id, text] of texts) segments.set(id, segmentText(text, spansIn.get(id) ?? [], quotesIn.get(id) ?? []));

  const placesOf = new Map<string, Entity[]>();
  for (const e of article.entities) if (e.type === 'country') placesOf.set(e.id, []);
  for (const e of article.entities) if (e.type === 'place' && e.country !== null) placesOf.get(e.country)?.push(e);

  const groups: Record<EntityType, Entity[]> = { person: [], country: [], place: [], organization: [] };
  const photoCredits: Entity[] = [];
  for (const e of article.entities) {
    if (e.creditOnly) photoCredits.push(e);
    else groups[e.type].push(e);
  }
  for (const list of Object.values(groups)) list.sort(byMentions);

  return { article, entityById, segments, entitiesIn, entitiesBySection, mentionsOf, quoteById, sectionOf, placesOf, groups, photoCredits };
}

/** Does a section mention this entity — for a country, itself or any place in it? */
export function sectionMentions(model: ArticleModel, sectionId: string, entityId: string): boolean {
  const present = model.entitiesBySection.get(sectionId);
  if (!present) return false;
  if (present.has(entityId)) return true;
  return (model.placesOf.get(entityId) ?? []).some((p) => present.has(p.id));
}

/** Ids of the sections that mention every chosen entity (all sections when none is chosen). */
export function visibleSections(model: ArticleModel, chosen: readonly string[]): Set<string> {
  return new Set(model.article.sections.filter((s) => chosen.every((id) => sectionMentions(model, s.id, id))).map((s) => s.id));
}

/** The short form people use in running text: the last word of a person's name. */
export function shortName(entity: Entity): string {
  if (entity.type !== 'person') return entity.name;
  return entity.name.split(/\s+/u).at(-1) ?? entity.name;
}

/**
 * The collection stage: from the digests of every story (story-digest.ts), one record per real-world entity across
 * stories, with a stable key, and everything its page shows: forms, stories with mention counts, a timeline by
 * month, every quote by it, and the people and countries of the same stories. Pure and near-linear: people merge
 * through an index (merge-people.ts), countries, places and organisations by a folded name, and co-occurrence costs
 * the sum over stories of (entities in the story)².
 */
import { ENTITY_PAGE_SIZE, RELATED_LIMIT, type EntityList, type EntityPage, type EntityQuote, type EntityStory, type RelatedEntity, type StoryEntityKeys } from '../../contract/collection';
import { SCHEMA_VERSION, type EntityType } from '../../contract/article';
import { COUNTRY_FORMS, placeKey } from '../language';
import { keyNameOf, otherKey, personKey, storyPersonKey, uniqueKeys } from './entity-keys';
import { mergePeople } from './merge-people';
import type { DigestEntity, StoryDigest } from './story-digest';

/** Everything known about one entity across the collection: an entity page before it is cut into pages. */
export type EntityRecord = Omit<EntityPage, 'page' | 'pages'>;

/** What the collection stage produces: one record per entity, each story's entity keys, and the entity list. */
export interface Collection {
  entities: EntityRecord[];
  storyKeys: StoryEntityKeys[];
  list: EntityList;
}

/** One story entity of a record. */
type Member = { story: number; entity: DigestEntity };
type Record = { type: EntityType; identity: string; key: string; members: Member[] };

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a country, place or organisation is merged by across stories: the data's country, a folded place name, the organisation's name. */
function mergeName(entity: DigestEntity): string {
  if (entity.type === 'country') return COUNTRY_FORMS.get(entity.name.toLowerCase())?.country ?? entity.name;
  if (entity.type === 'place') return placeKey(entity.name);
  return entity.name.toLowerCase();
}

/** Groups every story entity into records, each with its key. */
function groupRecords(stories: readonly StoryDigest[]): Record[] {
  const people: Member[] = [];
  const others = new Map<string, Record>();
  const records: Record[] = [];
  stories.forEach((story, s) => {
    for (const entity of story.entities) {
      if (entity.type === 'person') {
        people.push({ story: s, entity });
        continue;
      }
      const name = mergeName(entity);
      const identity = `${entity.type}:${name}`;
      let record = others.get(identity);
      if (!record) {
        record = { type: entity.type, identity, key: otherKey(entity.type, name), members: [] };
        others.set(identity, record);
        records.push(record);
      }
      record.members.push({ story: s, entity });
    }
  });
  const groups = mergePeople(people.map((m) => ({ forms: [m.entity.name, ...m.entity.aliases] })));
  const merged = new Map<number, Member[]>();
  people.forEach((member, i) => {
    const group = groups[i]!;
    if (group < 0) {
      const id = stories[member.story]!.id;
      records.push({ type: 'person', identity: `person:${member.entity.name}@${id}`, key: storyPersonKey(member.entity.name, id), members: [member] });
      return;
    }
    const list = merged.get(group);
    if (list) list.push(member);
    else merged.set(group, [member]);
  });
  for (const members of merged.values()) {
    const keyName = keyNameOf([...new Set(members.flatMap((m) => [m.entity.name, ...m.entity.aliases]).filter((f) => f.includes(' ')))]);
    records.push({ type: 'person', identity: `person:${keyName}`, key: personKey(keyName), members });
  }
  const keys = uniqueKeys(
    records.map((r) => r.key),
    records.map((r) => r.identity),
  );
  records.forEach((r, i) => (r.key = keys[i]!));
  // Records in key order: the output never depends on the order stories came in.
  return records.sort((a, b) => byCodeUnit(a.key, b.key));
}

/** The value most members give (ties: the longer, then the first in code-unit order), counting each story once. */
function mostCommon(values: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && best !== null && (v.length > best.length || (v.length === best.length && v < best)))) [best, bestCount] = [v, n];
  return best;
}

/** Forms by the number of stories using them, then in code-unit order. */
function formsOf(members: readonly Member[]): string[] {
  const stories = new Map<string, Set<number>>();
  for (const m of members)
    for (const f of [m.entity.name, ...m.entity.aliases]) {
      const set = stories.get(f);
      if (set) set.add(m.story);
      else stories.set(f, new Set([m.story]));
    }
  return [...stories].sort((a, b) => b[1].size - a[1].size || byCodeUnit(a[0], b[0])).map(([f]) => f);
}

/** Newest first, undated last, then by id. */
const storyOrder = (a: EntityStory, b: EntityStory) => (a.date === b.date ? byCodeUnit(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : byCodeUnit(b.date, a.date));

/** The most frequent co-occurring records (ties: by name, then key), at most RELATED_LIMIT. */
function topRelated(counts: Map<number, number> | undefined, records: readonly Record[], names: readonly string[], type: EntityType): RelatedEntity[] {
  if (!counts) return [];
  return [...counts]
    .filter(([r]) => records[r]!.type === type)
    .sort((a, b) => b[1] - a[1] || byCodeUnit(names[a[0]]!, names[b[0]]!) || byCodeUnit(records[a[0]]!.key, records[b[0]]!.key))
    .slice(0, RELATED_LIMIT)
    .map(([r, stories]) => ({ key: records[r]!.key, name: names[r]!, stories }));
}

/** Builds the collection from every story's digest. Stories must have distinct ids. */
export function buildCollection(stories: readonly StoryDigest[]): Collection {
  const all = groupRecords(stories);
  // A record needs a story that mentions it: a country only ever named through its places has no page.
  const records = all.filter((r) => r.members.some((m) => m.entity.mentions > 0));
  const recordOf = stories.map(() => new Map<string, number>());
  records.forEach((r, i) => {
    for (const m of r.members) recordOf[m.story]!.set(m.entity.id, i);
  });

  // Co-occurrence: for each record, in how many stories each other record appears too.
  const together: Map<number, number>[] = records.map(() => new Map());
  for (const inStory of recordOf) {
    const present = [...new Set(inStory.values())];
    for (const a of present) {
      const counts = together[a]!;
      for (const b of present) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }

  const names = records.map((r) => mostCommon(new Map(r.members.map((m) => [m.story, m.entity.name])).values())!);
  const entities = records.map((record, r): EntityRecord => {
    const byStory = new Map<number, DigestEntity[]>();
    for (const m of record.members) {
      const list = byStory.get(m.story);
      if (list) list.push(m.entity);
      else byStory.set(m.story, [m.entity]);
    }
    const listed: EntityStory[] = [];
    const quotesByStory = new Map<string, EntityQuote[]>();
    for (const [s, entities] of byStory) {
      const mentions = entities.reduce((n, e) => n + e.mentions, 0);
      if (mentions === 0) continue;
      const story = stories[s]!;
      const ids = new Set(entities.map((e) => e.id));
      listed.push({ id: story.id, headline: story.headline, date: story.date, source: story.source, entities: [...ids], mentions });
      quotesByStory.set(
        story.id,
        story.quotes.filter((q) => q.speaker !== null && ids.has(q.speaker)).map((q) => ({ story: story.id, quote: q.id, section: q.section, text: q.text })),
      );
    }
    listed.sort(storyOrder);
    const quotes = listed.flatMap((s) => quotesByStory.get(s.id) ?? []);
    const months = new Map<string, number>();
    for (const s of listed) if (s.date) months.set(s.date.slice(0, 7), (months.get(s.date.slice(0, 7)) ?? 0) + 1);
    return {
      schemaVersion: SCHEMA_VERSION,
      key: record.key,
      type: record.type,
      name: names[r]!,
      description: mostCommon(new Map(record.members.filter((m) => m.entity.description).map((m) => [m.story, m.entity.description!])).values()),
      forms: formsOf(record.members),
      storyCount: listed.length,
      quoteCount: quotes.length,
      mentionCount: listed.reduce((n, s) => n + s.mentions, 0),
      timeline: [...months].sort((a, b) => byCodeUnit(a[0], b[0])).map(([month, n]) => ({ month, stories: n })),
      undated: listed.filter((s) => !s.date).length,
      stories: listed,
      quotes,
      people: topRelated(together[r], records, names, 'person'),
      countries: topRelated(together[r], records, names, 'country'),
    };
  });
  const storyKeys = stories.map((story, s): StoryEntityKeys => ({
    schemaVersion: SCHEMA_VERSION,
    story: story.id,
    keys: Object.fromEntries([...recordOf[s]!].map(([entity, r]) => [entity, records[r]!.key])),
  }));
  const list: EntityList = { schemaVersion: SCHEMA_VERSION, entities: entities.map((p) => ({ key: p.key, type: p.type, name: p.name, stories: p.storyCount })) };
  return { entities, storyKeys, list };
}

/**
 * A record cut into the pages the reader shows, ENTITY_PAGE_SIZE stories and quotes each (page 1 at
 * `collection/entities/<key>.json`, page n at `collection/entities/<key>/<n>.json`): the heading, timeline and related
 * entities are on every page, so any page reads on its own.
 */
export function entityPages(record: EntityRecord): EntityPage[] {
  const pages = Math.max(1, Math.ceil(Math.max(record.storyCount, record.quoteCount) / ENTITY_PAGE_SIZE));
  return Array.from({ length: pages }, (_, i) => {
    const from = i * ENTITY_PAGE_SIZE;
    return { ...record, page: i + 1, pages, stories: record.stories.slice(from, from + ENTITY_PAGE_SIZE), quotes: record.quotes.slice(from, from + ENTITY_PAGE_SIZE) };
  });
}

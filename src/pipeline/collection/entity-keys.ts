/**
 * Collection keys (`/e/<key>`): a readable slug of a record's key name, with a prefix per type but people's
 * ("sergei-lavrov", "country-russia", "place-moscow", "org-nato"). A key depends on its own record only, never on
 * which other records exist, so adding stories does not move it: a person's key name is its plainest full spelling
 * (see keyNameOf), a country's the data's name for it, a place's and an organisation's the folded name they are
 * merged by. A person named by one word only is that story's own, keyed by the name and a hash of the story id.
 */
import type { EntityType } from '../../contract/article';
import { slugify } from '../slug';
import { clusteringOrder, hasInitial, nameWords } from './merge-people';

const PREFIX: Record<Exclude<EntityType, 'person'>, string> = { country: 'country', place: 'place', organization: 'org' };
const RESERVED = /^(?:country|place|org|person)-/u;

/** FNV-1a of the UTF-16 code units, as 8 hex digits: a short, stable disambiguator (no Node API needed). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The spelling a person's key is made from: full given names before initials, the fewest words (the plain "Sergei
 * Lavrov" rather than a later story's "Sergei Viktorovich Lavrov"), the longest of those (not the nickname "Pat
 * Moore" beside "Patrick Moore"), then the clustering order.
 */
export function keyNameOf(spellings: readonly string[]): string {
  const rank = (s: string) => Number(hasInitial(s)) * 1000 + nameWords(s).length;
  return [...spellings].sort((a, b) => rank(a) - rank(b) || b.length - a.length || clusteringOrder(a, b))[0]!;
}

/** A person's key from its key name (a full name). */
export function personKey(keyName: string): string {
  const slug = slugify(keyName);
  if (!slug) return `person-${shortHash(keyName)}`;
  return RESERVED.test(slug) ? `person-${slug}` : slug;
}

/** The key of a person its story names by one word only: the name and the story, so two stories' "Smith" stay two. */
export const storyPersonKey = (name: string, storyId: string): string => `${slugify(name) || 'person'}-${shortHash(storyId)}`;

/** The key of a country, place or organisation from the name it is merged by. */
export function otherKey(type: Exclude<EntityType, 'person'>, name: string): string {
  const slug = slugify(name);
  return `${PREFIX[type]}-${slug || shortHash(name)}`;
}

/**
 * Makes keys unique: when two records' keys are equal (a near-impossible coincidence of slugs, such as "O'Neil" and
 * "ONeil" in different people), the record whose identity comes first keeps the key and every other gets its own
 * identity's hash added. `identities[i]` is record i's identity (type and merged name): unique and stable.
 */
export function uniqueKeys(keys: readonly string[], identities: readonly string[]): string[] {
  const holders = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = holders.get(k);
    if (list) list.push(i);
    else holders.set(k, [i]);
  });
  const out = [...keys];
  for (const [key, list] of holders) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => (identities[a]! < identities[b]! ? -1 : 1));
    for (const i of sorted.slice(1)) out[i] = `${key}-${shortHash(identities[i]!)}`;
  }
  return out;
}

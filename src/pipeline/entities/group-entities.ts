/**
 * Groups found mentions into one entity per real thing: a person's full name, surname and transliterated spellings
 * become one entity; a country's name, code and demonym one; and gives each a canonical name, aliases and an id.
 */
import type { Entity, EntityType, Mention } from '../../contract/article';
import { uniqueSlugger } from '../slug';
import { CAPITALS, COUNTRY_FORMS, PLACE_NOUNS, placeKey, isTitle, isCommonWord, isFirstName, isNeverName, isOrganizationHead, isPlaceHead } from '../language';
import type { Found, Loose } from './find-mentions';
import { continuesNameWord, hyphenJoined } from './token-rules';
import type { Token } from './tokenize-text';
import { firstClusters, NameIndex, WordIndex } from './name-index';
import { foldName } from './similar-names';

type Cluster = { type: EntityType; key: string; found: Found[]; order: number };

/** Order of mentions in the article: by target, then by offset. */
export type TargetOrder = Map<string, number>;

const byPosition = (order: TargetOrder) => (a: Mention, b: Mention) =>
  (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0) || a.start - b.start;

/**
 * Middle initials of a name of three words or more ("H.W." of "George H.W. Bush"), as letters, or null. Two names
 * whose middle initials differ are two people ("George H.W. Bush", "George W. Bush").
 */
function middleInitials(words: readonly string[]): string | null {
  const middle = words.slice(1, -1);
  return middle.length > 0 && middle.every((w) => /^(?:\p{Lu}\.?)+$/u.test(w)) ? middle.join('').replace(/\./gu, '') : null;
}

function clusterPeople(people: Found[]): Found[][] {
  // Each distinct spelling is filed once (`spelled` by its words joined): a person named in thousands of paragraphs
  // made the search quadratic when every mention added its name again. The index finds the first cluster with a
  // name sameNameholder accepts, as testing every cluster in order would.
  const clusters: { spelled: Set<string>; initials: Set<string>; found: Found[] }[] = [];
  const index = new NameIndex();
  // Fuller names first, so a surname alone joins the full name rather than founding its own person.
  const ordered = [...people].sort((a, b) => (b.nameWords?.length ?? 0) - (a.nameWords?.length ?? 0));
  // Names that found a cluster whose middle initials clash with theirs ("George W. Bush" beside "George H.W. Bush"):
  // a cluster of their own, found again by their spelling (its initials are theirs alone, so it never clashes).
  const apart = new Map<string, number>();
  for (const f of ordered) {
    const words = f.nameWords ?? [f.text];
    const spelling = words.join(' ');
    // A full name joins a cluster through its full names only, so one shared surname does not chain two people.
    const initials = middleInitials(words);
    let k = apart.get(spelling) ?? index.smallest(words);
    const theirs = clusters[k]?.initials;
    if (initials !== null && theirs !== undefined && (theirs.size > 1 || (theirs.size === 1 && !theirs.has(initials)))) {
      k = clusters.length;
      apart.set(spelling, k);
    }
    const home = clusters[k];
    if (home) {
      if (!home.spelled.has(spelling)) {
        home.spelled.add(spelling);
        index.add(k, words);
      }
      if (initials !== null) home.initials.add(initials);
      home.found.push(f);
    } else {
      clusters.push({ spelled: new Set([spelling]), initials: new Set(initials === null ? [] : [initials]), found: [f] });
      index.add(clusters.length - 1, words);
    }
  }
  return clusters.map((c) => c.found);
}

/**
 * A name needs to look like one. Not the name of a thing somewhere ("Walter Reed hospital") unless the text gives
 * it a title. One word: not a verb or adjective ("Responds"), not an acronym ("PM", "COVID"), not the head noun of
 * an institution or place ("District" in "U.S. District Judge"). Several words: not ending in a title after a word
 * that is no given name ("Roman Pontiff", but "Wayne King").
 */
function isPlausiblePerson(found: Found[]): boolean {
  // Named as a thing somewhere ("Walter Reed hospital") and never titled or given a role as a person.
  if (found.some((f) => f.namesThing) && !found.some((f) => f.description)) return false;
  const multi = found.filter((f) => (f.nameWords?.length ?? 0) > 1);
  // A title word ends a name only after a given name ("Wayne King", not "Roman Pontiff").
  if (multi.length) return multi.some((f) => !isTitle(f.nameWords![f.nameWords!.length - 1]!) || isFirstName(f.nameWords![0]!));
  return found.some(
    (f) => !isNeverName(f.text) && f.text !== f.text.toUpperCase() && !isOrganizationHead(f.text) && !isPlaceHead(f.text) && !PLACE_NOUNS.has(f.text.toLowerCase()),
  );
}

/**
 * "her mother, Fiona, said" where the story also names "Fiona Parry": a person only ever called by one given name is
 * the one person of the story whose given name is it or starts with it ("Geoff", "Geoffrey Skelley"), when it has at
 * least NICKNAME_LETTERS letters. With two such people (or none) it stays apart.
 */
const NICKNAME_LETTERS = 4;

function givenNamesJoinFullNames(people: Found[][]): Found[][] {
  const fullByGiven = new Map<string, number[]>(); // clusters by the first letters of a full name's given name
  const givenOf = new Map<number, string[]>();
  people.forEach((cluster, k) => {
    const given = new Set(cluster.flatMap((f) => ((f.nameWords?.length ?? 0) >= 2 ? [foldName(f.nameWords![0]!)] : [])));
    for (const g of given) if (g.length >= NICKNAME_LETTERS) fullByGiven.set(g.slice(0, NICKNAME_LETTERS), [...(fullByGiven.get(g.slice(0, NICKNAME_LETTERS)) ?? []), k]);
    givenOf.set(k, [...given]);
  });
  const joined = new Set<number>();
  people.forEach((cluster, k) => {
    const word = cluster[0]!.nameWords?.[0] ?? cluster[0]!.text;
    if (!isFirstName(word) || !cluster.every((f) => (f.nameWords?.length ?? 1) === 1 && foldName(f.nameWords?.[0] ?? f.text) === foldName(word))) return;
    // The same given name, or a short form that starts it ("Geoff" for "Geoffrey Skelley").
    const alone = foldName(word);
    const homes = (fullByGiven.get(alone.slice(0, NICKNAME_LETTERS)) ?? []).filter((h) => givenOf.get(h)!.some((g) => g.startsWith(alone)));
    if (homes.length !== 1) return;
    people[homes[0]!]!.push(...cluster);
    joined.add(k);
  });
  return people.filter((_, k) => !joined.has(k));
}

/**
 * "Sierra Nevada" where the story names "Sierra Nevada Corporation": a person nobody titles, whose every spelling is
 * an organisation's name without its head word, is that organisation called short. Its mentions join the
 * organisation (pushed onto `found`); the people left are returned.
 */
function organizationsByShortForm(people: Found[][], found: Found[]): Found[][] {
  const byShortForm = new Map<string, string>();
  for (const f of found) {
    if (f.type !== 'organization') continue;
    const words = f.text.split(' ');
    if (words.length >= 3 && isOrganizationHead(words[words.length - 1]!)) byShortForm.set(words.slice(0, -1).join(' '), f.key);
  }
  if (byShortForm.size === 0) return people;
  return people.filter((cluster) => {
    const key = byShortForm.get(cluster[0]!.text);
    const short = key !== undefined && cluster.every((f) => !f.description && !f.byline && byShortForm.get(f.text) === key);
    if (short) for (const f of cluster) found.push({ ...f, type: 'organization', key, country: null });
    return !short;
  });
}

/** "The" before an organisation's name and a company suffix after it: "The Guardian" is "Guardian", "Ceres Robotics Inc" is "Ceres Robotics". */
const ORGANIZATION_KEY_TRIM = /^the\s+|[\s,]+(?:inc|co|corp|ltd|llc|plc)\.?$/gu;

/** What a found mention clusters by: its key in lower case, an organisation's without "The" and a company suffix. */
function clusterKey(f: Found): string {
  const key = f.key.toLowerCase();
  if (f.type !== 'organization') return key;
  return key.replace(ORGANIZATION_KEY_TRIM, '') || key;
}

/** Links loose capitalised words to the people already found: "Lavrov said", "Putin-Trump Meeting", "Zelenskiy's". */
function linkLoose(people: Found[][], loose: Loose[]): void {
  if (people.length === 0) return; // no one to link to
  // Each cluster's distinct names, filed once; each distinct loose phrase looked up once.
  const names = new NameIndex();
  const oneWordNames = new WordIndex(); // the names of people named by one word only
  people.forEach((found, k) => {
    const distinct = [...new Map(found.map((f) => [f.key, f.nameWords ?? [f.text]])).values()];
    for (const n of distinct) names.add(k, n);
    if (distinct.every((n) => n.length === 1)) for (const n of distinct) oneWordNames.add(k, n[0]!);
  });
  // Hyphenated words someone's name has: only these are looked up whole ("Waller-Bridge", not "Bush-Boehner").
  const hyphenatedNames = new Set(people.flatMap((found) => found.flatMap((f) => (f.nameWords ?? []).filter((w) => w.includes('-')))));
  const only = (homes: number[]) => (homes.length === 1 ? people[homes[0]!]! : null);
  const memo = new Map<string, Found[] | null>();
  // Spellings each cluster uses, to tell "Bornstein" (written so) from "Bernstein" (a variant spelling of it).
  const spelled = people.map((found) => new Set(found.flatMap((f) => f.nameWords ?? [f.text])));
  const homeOf = (words: string[]) => {
    const key = words.join(' ');
    if (!memo.has(key)) {
      const homes = names.some(words, 3);
      const exact = homes.length > 1 ? homes.filter((k) => words.every((w) => spelled[k]!.has(w))) : [];
      memo.set(key, only(exact.length === 1 ? exact : homes));
    }
    return memo.get(key)!;
  };
  const surnameMemo = new Map<string, Found[] | null>();
  const homeOfSurname = (words: string[]) => {
    const last = words[words.length - 1]!;
    if (!surnameMemo.has(last)) surnameMemo.set(last, only(firstClusters(oneWordNames.matching(last), 2)));
    return surnameMemo.get(last)!;
  };
  const add = (home: Found[], block: string, tokens: Token[], inCredit: boolean) => {
    const a = tokens[0]!;
    const b = tokens[tokens.length - 1]!;
    const nameWords = hyphenJoined(tokens);
    const text = nameWords.join(' ');
    home.push({ type: 'person', block, start: a.start, end: b.end, text: text, key: text, country: null, nameWords, inCredit });
  };
  for (const { block, tokens, inCredit } of loose) {
    const words = hyphenJoined(tokens);
    // A full name the text never titled, for a person it titled by surname alone ("Loredana Mule … Ms. Mule").
    const surnameOnly = words.length > 1 && words.length <= 3 && words.every((w) => !isCommonWord(w)) ? homeOfSurname(words) : null;
    const whole = words.length > 1 ? (homeOf(words) ?? surnameOnly) : null;
    if (whole) {
      add(whole, block, tokens, inCredit);
      continue;
    }
    // Word by word: a hyphenated name whole ("Waller-Bridge said"), else its halves ("Putin-Trump meeting").
    for (let k = 0; k < tokens.length; k++) {
      let to = k + 1;
      while (to < tokens.length && continuesNameWord(tokens, to)) to++;
      const joined = to > k + 1 ? hyphenJoined(tokens.slice(k, to))[0]! : '';
      const whole = hyphenatedNames.has(joined) ? homeOf([joined]) : null;
      if (whole) {
        add(whole, block, tokens.slice(k, to), inCredit);
        k = to - 1;
        continue;
      }
      const token = tokens[k]!;
      if (token.text.length < 3) continue;
      const home = homeOf([token.text]);
      if (home) add(home, block, [token], inCredit);
    }
  }
}

/** The fullest form: most words, then the earliest. */
function canonicalName(found: Found[], order: TargetOrder): string {
  const sorted = [...found].sort(byPosition(order));
  const size = (f: Found) => f.nameWords?.length ?? 1;
  return sorted.reduce((best, f) => (size(f) > size(best) ? f : best), sorted[0]!).key;
}

/** Turns found mentions into the article's entities, in order of first mention. */
/**
 * A country's name as this text writes it, when the text uses one of its names: "Turkey" rather than the data's
 * current "Türkiye". Demonyms and codes never name the entity; without a written name the data's name stays.
 */
function countryDisplayNames(clusters: { type: EntityType; key: string; found: Found[] }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of clusters) {
    if (c.type !== 'country') continue;
    const counts = new Map<string, number>();
    for (const f of c.found) if (COUNTRY_FORMS.get(f.text.toLowerCase())?.kind === 'name' && !f.text.includes('.')) counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
    const written = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
    if (written && written !== written.toUpperCase()) names.set(c.key, written);
  }
  return names;
}

/**
 * Points each entity's `country` at its country entity's id (`countryKeys[i]`: the data's name of entity i's
 * country). A country the text names only through its places or people ("Montevideo" without "Uruguay") is added
 * after all the others with no mentions, so the link is kept and no other entity's id moves.
 */
function linkCountries(entities: Entity[], countryKeys: (string | null)[], slug: (text: string, fallback: string) => string): Entity[] {
  const idOf = new Map<string, string>();
  entities.forEach((e, i) => {
    const key = countryKeys[i];
    if (e.type === 'country' && key) idOf.set(key.toLowerCase(), e.id);
  });
  const added: Entity[] = [];
  entities.forEach((e, i) => {
    const key = countryKeys[i];
    if (!key) return;
    let id = idOf.get(key.toLowerCase());
    if (id === undefined) {
      id = slug(key, 'country');
      idOf.set(key.toLowerCase(), id);
      added.push({ id, type: 'country', name: key, aliases: [], country: id, mentions: [] });
    }
    e.country = id;
  });
  return [...entities, ...added];
}

/** Words an organisation's initials skip: "Drug Enforcement Administration" is DEA, "Bank of England" BoE's BE. */
const NOT_INITIALLED = /^(?:of|and|for|the|on|in|&)$/iu;

/**
 * An organisation's acronyms: one the text introduced in brackets ("English Defence League (EDL)"), and the initials
 * of each organisation of several words the story names ("Drug Enforcement Administration" → DEA) when no two of
 * them share initials.
 */
function acronymsOf(found: readonly Found[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  const byInitials = new Map<string, Set<string>>();
  for (const f of found) {
    if (f.type !== 'organization') continue;
    if (f.text !== f.key && /^\p{Lu}+$/u.test(f.text)) acronyms.set(f.text, f.key);
    const words = f.key.split(/\s+/u).filter((w) => !NOT_INITIALLED.test(w));
    if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const initials = words.map((w) => w[0]).join('');
    let keys = byInitials.get(initials);
    if (!keys) byInitials.set(initials, (keys = new Set()));
    keys.add(f.key);
  }
  for (const [initials, keys] of byInitials) if (keys.size === 1 && !acronyms.has(initials)) acronyms.set(initials, [...keys][0]!);
  return acronyms;
}

export function groupEntities(found: Found[], loose: Loose[], order: TargetOrder): Entity[] {
  // An organisation's acronym names it wherever it recurs ("EDL", "the DEA says"), found as an organisation of its
  // own or left loose.
  const acronyms = acronymsOf(found);
  for (const f of found) if (f.type === 'organization' && f.key === f.text && acronyms.has(f.text)) f.key = acronyms.get(f.text)!;
  for (const { block, tokens, inCredit } of loose)
    for (const t of tokens) {
      const key = acronyms.get(t.text);
      if (key) found.push({ type: 'organization', block, start: t.start, end: t.end, text: t.text, key, country: null, inCredit });
    }
  const clusters: Cluster[] = [];
  const people = givenNamesJoinFullNames(organizationsByShortForm(clusterPeople(found.filter((f) => f.type === 'person')).filter(isPlausiblePerson), found));
  // A one-word place may be a surname the article uses ("Dutton" after "Peter Dutton", "Phoenix said" after "Joaquin
  // Phoenix"), unless it is the capital of a country the article names ("London" beside "Jack London" and Britain;
  // but "Hamilton argued" beside "Ian Hamilton", in a story that never names Bermuda).
  const surnames = new Set(people.flatMap((p) => p.flatMap((f) => ((f.nameWords?.length ?? 0) > 1 ? f.nameWords!.slice(1) : []))));
  const countriesNamed = new Set(found.filter((f) => f.type === 'country').map((f) => f.key));
  const capitalOfNamed = (f: Found) => CAPITALS.has(placeKey(f.text)) && (f.country === null || countriesNamed.has(f.country));
  const asPeople = found.filter((f) => f.type === 'place' && !f.text.includes(' ') && surnames.has(f.text) && !capitalOfNamed(f));
  const taken = new Set(asPeople);
  found = found.filter((f) => !taken.has(f));
  const pseudoToken = (f: Found): Token => ({ text: f.text, start: f.start, end: f.end, gap: ' ', possessive: false, capitalised: true, allCaps: false });
  linkLoose(people, [...loose, ...asPeople.map((f) => ({ block: f.block, tokens: [pseudoToken(f)], inCredit: false }))]);
  for (const p of people) clusters.push({ type: 'person', key: '', found: p, order: 0 });
  const byKey = new Map<string, Cluster>();
  for (const f of found) {
    if (f.type === 'person') continue;
    const key = `${f.type}:${clusterKey(f)}`;
    let c = byKey.get(key);
    if (!c) {
      c = { type: f.type, key: f.key, found: [], order: 0 };
      byKey.set(key, c);
      clusters.push(c);
    }
    c.found.push(f);
  }
  const sortMentions = byPosition(order);
  for (const c of clusters) {
    // One span is one mention, however many rules found it.
    const seen = new Set<string>();
    c.found = c.found.filter((f) => {
      const at = `${f.block}:${f.start}:${f.end}`;
      return !seen.has(at) && seen.add(at) !== undefined;
    });
    c.found.sort(sortMentions);
    const first = c.found[0]!;
    c.order = (order.get(first.block) ?? 0) * 1e6 + first.start;
  }
  clusters.sort((a, b) => a.order - b.order);
  const slug = uniqueSlugger();
  const countryNames = countryDisplayNames(clusters);
  const entities = clusters.map((c): Entity => {
    const mentions = c.found.map(({ block, start, end, text }) => ({ block, start, end, text }));
    let name: string;
    if (c.type === 'person') name = canonicalName(c.found, order);
    else if (c.type === 'country') name = countryNames.get(c.key) ?? c.key;
    else name = c.found.find((f) => f.text !== f.text.toUpperCase())?.text ?? c.key;
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name);
    const entity: Entity = {
      id: slug(name, c.type),
      type: c.type,
      name,
      aliases,
      country: null,
      mentions,
    };
    if (c.type === 'person') {
      entity.description = c.found.find((f) => f.description)?.description ?? null;
      // Named only in credits, or the byline's author (an author box or a promo may name them again): not a
      // person of the story.
      if (c.found.every((f) => f.inCredit) || c.found.some((f) => f.byline)) entity.creditOnly = true;
    }
    return entity;
  });
  return linkCountries(entities, clusters.map((c) => c.found.find((f) => f.country)?.country ?? null), slug);
}

/**
 * Country lexicon, generated from the world-countries package once at module load: every way the text can name a
 * country (common and official names, abbreviations, demonyms and their plurals) and each country's capital.
 */
import worldCountries from 'world-countries';
import { isCommonWord } from './words';

/** How a surface form names its country. */
export type CountryFormKind = 'name' | 'abbreviation' | 'demonym';
export type CountryForm = { country: string; kind: CountryFormKind };

/** cca2 code → the country's common name (used by the city gazetteer). */
export const COUNTRY_BY_CODE = new Map<string, string>(worldCountries.map((c) => [c.cca2, c.name.common]));

const unaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** The key places are looked up by: lower case, no accents, "St." spelt out ("Montréal"/"Montreal", "St. Petersburg"). */
export const placeKey = (name: string): string => {
  let key = placeKeys.get(name);
  if (key === undefined) {
    key = unaccent(name.toLowerCase())
      .replace(/^st\.?\s/u, 'saint ')
      .replace(/^mt\.?\s/u, 'mount ');
    if (placeKeys.size > 100_000) placeKeys.clear();
    placeKeys.set(name, key);
  }
  return key;
};
const placeKeys = new Map<string, string>();

const initials = (name: string) =>
  name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** A demonym's plural: "Venezuelan" → "Venezuelans"; forms ending in a sibilant ("Japanese", "British") have none. */
const pluralOf = (demonym: string) => (/(?:s|sh|ch|ese|x|z)$/u.test(demonym) ? null : `${demonym}s`);

type Claim = CountryForm & { rank: number; sovereign: boolean };

/** Settles a form several countries claim: a real name beats a derived form, a sovereign state its territories ("Norwegian"). */
function settle(claims: Claim[]): CountryForm | null {
  const best = Math.min(...claims.map((c) => c.rank));
  let pool = claims.filter((c) => c.rank === best);
  if (new Set(pool.map((c) => c.country)).size > 1) pool = pool.filter((c) => c.sovereign);
  const countries = new Set(pool.map((c) => c.country));
  return countries.size === 1 ? { country: pool[0]!.country, kind: pool[0]!.kind } : null;
}

function buildForms(): Map<string, CountryForm> {
  const claims = new Map<string, Claim[]>();
  // rank: 0 a name the data states, 1 a code or demonym, 2 a form derived here ("America", "Britain").
  const add = (form: string, country: string, kind: CountryFormKind, rank: number, sovereign: boolean) => {
    const key = form.toLowerCase();
    claims.set(key, [...(claims.get(key) ?? []), { country, kind, rank, sovereign }]);
  };
  for (const c of worldCountries) {
    const country = c.name.common;
    const sovereign = c.independent === true;
    // Spellings in the country's own language ("Island" for Iceland, "Norge") are not how English text names it.
    const native = new Set(Object.values(c.name.native ?? {}).map((n) => unaccent(n.common)));
    const english = c.altSpellings.filter((a) => /^[A-Za-z][\p{L}' .-]+$/u.test(a) && !/^\p{Lu}{2,4}$/u.test(a) && !native.has(unaccent(a)));
    const names = [country, c.name.official, ...english];
    for (const name of names) {
      add(name, country, 'name', 0, sovereign);
      // "Great Britain" → "Britain"; "United States of America" → "America"; "Republic of Turkey" → "Turkey".
      const derived = /^Great (\p{Lu}\p{L}+)$/u.exec(name)?.[1] ?? / of (?:the )?(\p{Lu}\p{L}+)$/u.exec(name)?.[1];
      if (derived && !isCommonWord(derived)) add(derived, country, 'name', 2, sovereign);
    }
    for (const code of c.altSpellings.filter((a) => /^\p{Lu}{2,4}$/u.test(a))) {
      // Only codes that are a name's initials (US, UK, UAE) are how the news writes a country; ISO codes such as
      // "PM", "MP", "AI" would mostly be other things.
      const initialsOf = code.length === 2 ? [country] : names;
      if (initialsOf.some((n) => n.includes(' ') && initials(n) === code)) add(code, country, 'abbreviation', 1, sovereign);
    }
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      if (!d) continue;
      add(d, country, 'demonym', 1, sovereign);
      const plural = pluralOf(d);
      if (plural) add(plural, country, 'demonym', 1, sovereign);
    }
  }
  const forms = new Map<string, CountryForm>();
  for (const [key, list] of claims) {
    const form = settle(list);
    if (form) forms.set(key, form);
  }
  // Dotted abbreviations: "U.S.", "U.K.".
  for (const [key, form] of [...forms]) if (form.kind === 'abbreviation' && key.length <= 3) forms.set(key.split('').join('.') + '.', form);
  return forms;
}

/** Lower-cased surface form → the country it names. */
export const COUNTRY_FORMS: ReadonlyMap<string, CountryForm> = buildForms();

/** Longest country form, in words. */
export const MAX_COUNTRY_WORDS = Math.max(...[...COUNTRY_FORMS.keys()].map((k) => k.split(' ').length));

/** Capital city (as commonly written) → its country: "Oslo" → "Norway", "Washington" → "United States". */
export const CAPITALS: ReadonlyMap<string, string> = new Map(
  worldCountries.flatMap((c) =>
    c.capital.flatMap((cap) => {
      const short = cap.replace(/,?\s+D\.?\s?C\.?$/u, '');
      return [...new Set([cap, short])].map((name): [string, string] => [placeKey(name), c.name.common]);
    }),
  ),
);

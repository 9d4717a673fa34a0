/** The keys places are looked up by: how two spellings of one place ("Montréal"/"Montreal", "Kiev"/"Kyiv") fold together. */

const unaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** Folds accents away: the generator compares country names with their native spellings this way. */
export const withoutAccents = unaccent;

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

/**
 * The key a place is looked up by across romanisations of Russian and Ukrainian names: y as i, and a final
 * -ov/-ev as -iv ("Kiev"/"Kyiv", "Kharkov"/"Kharkiv", "Lvov"/"Lviv"). Only used when the plain key finds nothing.
 */
export const romanisationKey = (key: string): string => key.replace(/[oe]v\b/gu, 'iv').replace(/y/gu, 'i');

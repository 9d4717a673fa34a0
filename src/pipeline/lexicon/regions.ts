/**
 * Region gazetteer, generated from the country-region-data package once at module load: first-level regions
 * (states, provinces, oblasts) → their country. A name two countries share ("Punjab") names neither.
 */
import { allCountries } from 'country-region-data';
import { COUNTRY_BY_CODE, placeKey } from './countries';

function buildRegions(): Map<string, string> {
  const regions = new Map<string, string | null>();
  for (const [, code, list] of allCountries) {
    const country = COUNTRY_BY_CODE.get(code);
    if (!country) continue;
    for (const [name] of list) {
      // "Bristol, City of" → "Bristol"; "Avtonomna Respublika Krym" stays as written.
      const key = placeKey(name.replace(/,.*$/u, ''));
      regions.set(key, regions.has(key) && regions.get(key) !== country ? null : country);
    }
  }
  return new Map([...regions].filter((e): e is [string, string] => e[1] !== null));
}

/** Region name (as `placeKey` folds it) → its country's common name. */
export const REGIONS: ReadonlyMap<string, string> = buildRegions();

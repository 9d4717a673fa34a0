/** The geographic-feature rule: a country's name or demonym before a feature of the map names the feature ("Indian Ocean"). */
import { isGeographicFeature } from '../../language';
import { countryReading } from './country';
import { placeMention, type MentionRule } from './mention-rule';

/** "Indian Ocean", "Arabian Sea": a place (with no country of its own), not the country. */
export const geographicFeature: MentionRule = {
  name: 'geographicFeature',
  match: (ctx, { i, runEnd }) => {
    const { country, joined } = countryReading(ctx, i, runEnd);
    if (!country || !joined || !isGeographicFeature(joined.text)) return null;
    return { next: i + country.words + 1, found: [placeMention(ctx, i, i + country.words + 1, null)] };
  },
};

/** The country rule: a country's name, code or demonym ("Russia", "U.S.", "Venezuelan"). */
import { isFirstName, isOrganizationHead, isTitle, isTitleQualifier } from '../../language';
import { countryAt } from '../place-rules';
import { joinsPrevious } from '../token-rules';
import type { Token } from '../tokenize-text';
import { mentionOf, perWord, type MentionRule } from './mention-rule';

/** The country named at a word, the word after it (`joined` when it continues the run), and whether it is only a given name. */
export type CountryReading = { country: { words: number; country: string } | null; next: Token | undefined; joined: Token | null; givenName: boolean };

/** Reads the country at token `i` once for the rules that ask (geographic feature, demonym organisation, country). */
export const countryReading = perWord((ctx, i, runEnd): CountryReading => {
  const { tokens, text } = ctx;
  const country = countryAt(tokens, i, runEnd, text);
  const after = i + (country?.words ?? 0);
  const next = tokens[after];
  const joined = next !== undefined && next.capitalised && joinsPrevious(tokens, after) && after < runEnd ? next : null;
  // "Chad Wolf", "Jordan Peterson": a country's name that is also a given name, followed by a surname.
  const givenName =
    country?.words === 1 && joined !== null && isFirstName(tokens[i]!.text) && !isTitle(joined.text) && !isTitleQualifier(joined.text) && !countryAt(tokens, i + 1, runEnd, text) && !isOrganizationHead(joined.text);
  return { country, next, joined, givenName };
});

/** A country, unless its name is a given name here ("Chad Wolf"). */
export const country: MentionRule = {
  name: 'country',
  match: (ctx, { i, runEnd }) => {
    const { country: found, givenName } = countryReading(ctx, i, runEnd);
    if (!found || givenName) return null;
    return { next: i + found.words, found: [mentionOf(ctx, 'country', i, i + found.words, found.country, found.country)] };
  },
};

/** The opening-word rule: a word that opens a sentence and names nothing ("However", "During", "The") is left loose. */
import { PERSON_CONNECTORS, isCommonWord, isFirstName, isNeverSurname, isTitle, isTitleQualifier } from '../../language';
import { asianGivenAfter, bracketedGivenNames, introducedNameEnd, opensWordGivenName, titleBefore } from '../person-rules';
import { countryAt, organizationEnd, placeAt } from '../place-rules';
import { continuesNameWord, joinsPrevious } from '../token-rules';
import type { Token } from '../tokenize-text';
import { looseWords, type MentionRule } from './mention-rule';

/** Whether the word at `i` opens a sentence and names nothing ("However", "During", "The"). */
function isOpeningWord(tokens: Token[], i: number, end: number, text: string): boolean {
  const t = tokens[i]!;
  // Verbs and function words never start a name, whatever follows ("Did the Foreign Office …").
  if (isNeverSurname(t.text) && !t.allCaps && !isTitle(t.text)) return true;
  return (
    isCommonWord(t.text) &&
    !isTitle(t.text) &&
    !isTitleQualifier(t.text) &&
    !t.allCaps &&
    !countryAt(tokens, i, end, text) &&
    !placeAt(tokens, i, end, text) &&
    organizationEnd(tokens, i, end) < 0 &&
    introducedNameEnd(tokens, i, end, text) < 0 &&
    !titleBefore(tokens, i, text).titled
  );
}

/**
 * A given name that a hyphen joins to the next word ("Jean-Claude") opens a name, not a sentence; so does a particle
 * hyphened to a surname ("Al-Kahlout", "El-Sisi") or written before it ("Van Der Beek was eliminated").
 */
const opensName = (tokens: Token[], k: number, text: string) =>
  (continuesNameWord(tokens, k + 1) && (isFirstName(tokens[k]!.text) || isFirstName(tokens[k + 1]!.text) || PERSON_CONNECTORS.has(tokens[k]!.text.toLowerCase()))) ||
  (PERSON_CONNECTORS.has(tokens[k]!.text.toLowerCase()) && tokens[k + 1]?.capitalised === true && joinsPrevious(tokens, k + 1)) ||
  (k + 1 < tokens.length && bracketedGivenNames(tokens, k + 1).names.length > 0) || // "(Frank) Vogel"
  (k + 2 < tokens.length && asianGivenAfter(tokens, k, text)); // "Son Heung-min"

/**
 * While the run's words so far have all been opening words, one more is left loose and the next word may be one
 * too; not a word right after a credit's slash or "©", which starts the photographer's name.
 */
export const openingWord: MentionRule = {
  name: 'openingWord',
  match: (ctx, { i, runEnd, opening }) => {
    const { tokens, text, credit } = ctx;
    if (!opening || (credit && /[/©]/u.test(tokens[i]!.gap)) || opensName(tokens, i, text) || !isOpeningWord(tokens, i, runEnd, text)) return null;
    // "said Robin Biesbroek", "Will Moy, chief executive …": a word that is also a given name opens the name after it.
    if (!ctx.titleCase && opensWordGivenName(tokens, i, text)) return null;
    return { next: i + 1, loose: [looseWords(ctx, i, i + 1)], opening: true };
  },
};

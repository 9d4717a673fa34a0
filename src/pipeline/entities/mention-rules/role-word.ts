/**
 * The role-word rule: a capitalised agent noun the lexicon does not know, right before a given name and a surname
 * ("Defenseman Jonas Brodin", "NFL Insider Jason La Canfora"), is the person's role, not the first word of the name;
 * so is a nationality before a name of words that are no English words ("Dutchman Arnoud Okken").
 */
import { hasAgentNounShape, isCommonWord, isFirstName, isLastName, isNationalityWord } from '../../language';
import { continuesNameWord, joinsPrevious } from '../token-rules';
import type { MentionRule } from './mention-rule';

/** Steps over the role word, so that the person rule reads the name from its given name. */
export const roleWord: MentionRule = {
  name: 'roleWord',
  match: ({ tokens }, { i, runEnd }) => {
    const [role, given, surname] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
    if (given === undefined || surname === undefined || i + 2 >= runEnd) return null;
    const nationality = isNationalityWord(role.text) && !isCommonWord(role.text);
    if (!nationality && (!hasAgentNounShape(role.text) || isFirstName(role.text) || isLastName(role.text) || isCommonWord(role.text))) return null;
    const givenName = isFirstName(given.text) || (nationality && !isCommonWord(given.text) && !isCommonWord(surname.text));
    const name = joinsPrevious(tokens, i + 1) && givenName && !continuesNameWord(tokens, i + 2) && surname.capitalised && joinsPrevious(tokens, i + 2);
    return name ? { next: i + 1 } : null;
  },
};

/** The loose rule, the last: words no rule placed may still be a known person's name ("Lavrov said", "Jabeur Fathally said"). */
import { PERSON_CONNECTORS } from '../../language';
import { continuesNameWord } from '../token-rules';
import { looseWords, type MentionRule } from './mention-rule';
import { isPersonAt, nameReading } from './person';

/** Longest run of capitals read as a name's initials ("KJ", "JFK"). */
const MAX_INITIALS = 3;

/**
 * Keeps the word, or the name-like words from it, loose for group-entities to match against the article's people.
 * Always matches. The words stop before a name the person rule vouches for that closes the run: in "… of Public
 * Prosecution Eva Persson took", "Prosecution" is loose and "Eva Persson" is a person.
 */
export const loose: MentionRule = {
  name: 'loose',
  match: (ctx, { i, runEnd }) => {
    let to = Math.max(nameReading(ctx, i, runEnd).runTo, i + 1);
    // "Van Der Beek", "De La Hoya": capitalised particles stay with the surname they open.
    let k = i;
    while (k + 1 < runEnd && PERSON_CONNECTORS.has(ctx.tokens[k]!.text.toLowerCase()) && ctx.tokens[k + 1]!.capitalised) k++;
    if (k > i) to = Math.max(to, nameReading(ctx, k, runEnd).runTo, k + 1);
    for (let k = i + 1; k < to; k++) {
      // A name's initials stay with it ("KJ Noh"): they are no word to step over.
      if (ctx.tokens[k - 1]!.allCaps && ctx.tokens[k - 1]!.text.length <= MAX_INITIALS) break;
      if (continuesNameWord(ctx.tokens, k) || !isPersonAt(ctx, k, runEnd)) continue;
      // The name must close the run: inside a longer name ("Dow Jones Industrial Average") it is none.
      if (nameReading(ctx, k, runEnd).runTo < runEnd) break;
      to = k;
      break;
    }
    while (to < runEnd && continuesNameWord(ctx.tokens, to)) to++; // a hyphenated word stays whole ("Al-Kahlout said")
    return { next: to, loose: [looseWords(ctx, i, to)] };
  },
};

/** The loose rule, the last: words no rule placed may still be a known person's name ("Lavrov said", "Jabeur Fathally said"). */
import { continuesNameWord } from '../token-rules';
import { looseWords, type MentionRule } from './mention-rule';
import { isPersonAt, nameReading } from './person';

/**
 * Keeps the word, or the name-like words from it, loose for group-entities to match against the article's people.
 * Always matches. The words stop before a name the person rule vouches for: in "… of Public Prosecution Eva Persson
 * took", "Prosecution" is loose and "Eva Persson" is a person.
 */
export const loose: MentionRule = {
  name: 'loose',
  match: (ctx, { i, runEnd }) => {
    let to = Math.max(nameReading(ctx, i, runEnd).runTo, i + 1);
    for (let k = i + 1; k < to; k++) {
      if (continuesNameWord(ctx.tokens, k) || !isPersonAt(ctx, k, runEnd)) continue;
      to = k;
      break;
    }
    while (to < runEnd && continuesNameWord(ctx.tokens, to)) to++; // a hyphenated word stays whole ("Al-Kahlout said")
    return { next: to, loose: [looseWords(ctx, i, to)] };
  },
};

/** The loose rule, the last: words no rule placed may still be a known person's name ("Lavrov said", "Jabeur Fathally said"). */
import { continuesNameWord } from '../token-rules';
import { looseWords, type MentionRule } from './mention-rule';
import { nameReading } from './person';

/** Keeps the word, or the name-like words from it, loose for group-entities to match against the article's people. Always matches. */
export const loose: MentionRule = {
  name: 'loose',
  match: (ctx, { i, runEnd }) => {
    let to = Math.max(nameReading(ctx, i, runEnd).runTo, i + 1);
    while (to < runEnd && continuesNameWord(ctx.tokens, to)) to++; // a hyphenated word stays whole ("Al-Kahlout said")
    return { next: to, loose: [looseWords(ctx, i, to)] };
  },
};

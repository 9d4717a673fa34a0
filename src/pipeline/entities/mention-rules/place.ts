/** The place rule: a capital, city or region the data knows, of one word once no name reading claimed it ("Kiev", "Florida"). */
import { placeAt } from '../place-rules';
import { placeMention, type MentionRule } from './mention-rule';

/** A known place at the word, with its country. */
export const place: MentionRule = {
  name: 'place',
  match: (ctx, { i, runEnd }) => {
    const found = placeAt(ctx.tokens, i, runEnd, ctx.text);
    return found ? { next: i + found.words, found: [placeMention(ctx, i, i + found.words, found.country)] } : null;
  },
};

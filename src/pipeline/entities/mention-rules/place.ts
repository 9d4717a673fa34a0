/** The place rule: a capital, city or region the data knows, of one word once no name reading claimed it ("Kiev", "Florida"). */
import { PERSON_CONNECTORS } from '../../language';
import { placeAt } from '../place-rules';
import { placeMention, type MentionRule } from './mention-rule';

/** A known place at the word, with its country; not a name's particle before its surname ("Van Der Beek", not the city Van). */
export const place: MentionRule = {
  name: 'place',
  match: (ctx, { i, runEnd }) => {
    const found = placeAt(ctx.tokens, i, runEnd, ctx.text);
    if (!found) return null;
    const after = i + found.words;
    if (found.words === 1 && after < runEnd && PERSON_CONNECTORS.has(ctx.tokens[i]!.text.toLowerCase()) && ctx.tokens[after]!.capitalised) return null;
    return { next: after, found: [placeMention(ctx, i, after, found.country)] };
  },
};

/** The long-place rule: a place of two or three words the data knows ("New York", "Da Nang"), before any name reading. */
import { placeAt } from '../place-rules';
import { placeMention, type MentionRule } from './mention-rule';

/** A known place of more than one word: its words would otherwise read as a given name and a surname. */
export const longPlace: MentionRule = {
  name: 'longPlace',
  match: (ctx, { i, runEnd }) => {
    const place = placeAt(ctx.tokens, i, runEnd, ctx.text);
    return place && place.words > 1 ? { next: i + place.words, found: [placeMention(ctx, i, i + place.words, place.country)] } : null;
  },
};

/** The region rule: a region named by its head word ("Clark County", "Hubei Province"). */
import { regionEnd } from '../place-rules';
import { placeMention, type MentionRule } from './mention-rule';

/** A region up to and with its head word, as a place. */
export const region: MentionRule = {
  name: 'region',
  match: (ctx, { i, runEnd }) => {
    const end = regionEnd(ctx.tokens, i, runEnd);
    return end > i ? { next: end, found: [placeMention(ctx, i, end, null)] } : null;
  },
};

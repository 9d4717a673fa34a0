/** The organisation rule: words that end in an organisation's head ("… Ministry", "University of …"). */
import { countryAt, organizationEnd } from '../place-rules';
import { organizationMatch, type MentionRule } from './mention-rule';

/** An organisation named by its head word, unless a country opens it ("Chinese Foreign Ministry": see the demonym rule). */
export const organization: MentionRule = {
  name: 'organization',
  match: (ctx, { i, runEnd }) => {
    const orgEnd = organizationEnd(ctx.tokens, i, runEnd);
    return orgEnd > i && !countryAt(ctx.tokens, i, orgEnd, ctx.text) ? organizationMatch(ctx, i, orgEnd) : null;
  },
};

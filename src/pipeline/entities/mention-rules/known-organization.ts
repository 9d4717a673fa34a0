/** The known-organisation rule: one word the language pack knows as an organisation ("Reuters", "NATO"). */
import { isKnownOrganization } from '../../language';
import { organizationMatch, type MentionRule } from './mention-rule';

/** A known organisation of one word, with its acronym in brackets after it. */
export const knownOrganization: MentionRule = {
  name: 'knownOrganization',
  match: (ctx, { i }) => (isKnownOrganization(ctx.tokens[i]!.text) ? organizationMatch(ctx, i, i + 1) : null),
};

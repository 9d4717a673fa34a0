/** The demonym-organisation rule: a demonym that opens an organisation's name belongs to it ("Chinese Foreign Ministry"). */
import { isTitle } from '../../language';
import { organizationEnd } from '../place-rules';
import { countryReading } from './country';
import { organizationMatch, type MentionRule } from './mention-rule';

/** An organisation whose name opens with a country's name or demonym, not before a title ("Russian Foreign Minister"). */
export const organizationOpenedByDemonym: MentionRule = {
  name: 'organizationOpenedByDemonym',
  match: (ctx, { i, runEnd }) => {
    const { tokens } = ctx;
    const { country, next, givenName } = countryReading(ctx, i, runEnd);
    if (!country || givenName) return null;
    const inOrg = organizationEnd(tokens, i + country.words, runEnd) > i + country.words && !isTitle(next?.text ?? '');
    const orgEnd = organizationEnd(tokens, i, runEnd);
    return inOrg && orgEnd > i ? organizationMatch(ctx, i, orgEnd) : null;
  },
};

/** The organisation-after-"The" rule: "The" opening a sentence is not part of the organisation it introduces. */
import { organizationEnd } from '../place-rules';
import type { MentionRule } from './mention-rule';

/** "The Foreign Ministry said …": steps over "The", so that the organisation starts at the word after it. */
export const organizationAfterThe: MentionRule = {
  name: 'organizationAfterThe',
  match: ({ tokens }, { i, runEnd }) => (tokens[i]!.text === 'The' && organizationEnd(tokens, i + 1, runEnd) > i + 1 ? { next: i + 1 } : null),
};

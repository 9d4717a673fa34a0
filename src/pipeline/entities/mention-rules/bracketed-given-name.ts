/** The bracketed-given-name rule: a given name in an editorial bracket ("[Nicolas] Maduro") goes with the name after it. */
import type { MentionRule } from './mention-rule';

/** Steps over a word that closes an editor's bracket before a capitalised word: the person rule reads it with that name. */
export const bracketedGivenName: MentionRule = {
  name: 'bracketedGivenName',
  match: ({ tokens }, { i }) => (tokens[i + 1]?.capitalised && /^\]\s*$/u.test(tokens[i + 1]!.gap) ? { next: i + 1 } : null),
};

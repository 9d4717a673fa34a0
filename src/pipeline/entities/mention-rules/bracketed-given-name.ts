/** The bracketed-given-name rule: a given name in an editorial bracket ("[Nicolas] Maduro", "(Frank) Vogel") goes with the name after it. */
import { bracketedGivenNames } from '../person-rules';
import type { MentionRule } from './mention-rule';

/** Steps over a word that closes an editor's bracket before a capitalised word: the person rule reads it with that name. */
export const bracketedGivenName: MentionRule = {
  name: 'bracketedGivenName',
  match: ({ tokens }, { i }) => {
    const next = tokens[i + 1];
    if (!next?.capitalised) return null;
    const closes = /^\]\s*$/u.test(next.gap) || (/^\)\s*$/u.test(next.gap) && bracketedGivenNames(tokens, i + 1).names.length > 0);
    return closes ? { next: i + 1 } : null;
  },
};

/** The joining-word rule: a lower-case word inside a run ("of", "and", "-in") names nothing by itself. */
import type { MentionRule } from './mention-rule';

/** Steps over a word that is not capitalised: it only joins the capitalised words around it. */
export const joiningWord: MentionRule = {
  name: 'joiningWord',
  match: ({ tokens }, { i }) => (tokens[i]!.capitalised ? null : { next: i + 1 }),
};

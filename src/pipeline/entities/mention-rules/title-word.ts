/** The title-word rule: a title ("President", "Dr") or its qualifier ("Deputy", "former") is no one's name. */
import { isTitle, isTitleQualifier } from '../../language';
import type { MentionRule } from './mention-rule';

/** Steps over a title word: the person rule reads it back as the title of the name after it. */
export const titleWord: MentionRule = {
  name: 'titleWord',
  match: ({ tokens }, { i }) => (isTitle(tokens[i]!.text) || isTitleQualifier(tokens[i]!.text) ? { next: i + 1 } : null),
};

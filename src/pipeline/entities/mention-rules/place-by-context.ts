/** The place-by-context rule: an unknown place its context names ("the Russian city of Sochi", "Ukraine's Donbas region"). */
import { isCommonWord } from '../../language';
import { placeContext } from '../place-rules';
import { mentionOf, type MentionRule } from './mention-rule';

/** After "of" or a country's possessive, the capitalised words that a place noun and a country place. */
export const placeByContext: MentionRule = {
  name: 'placeByContext',
  match: (ctx, { i, runEnd }) => {
    const { tokens, text } = ctx;
    const t = tokens[i]!;
    const context = isCommonWord(t.text) ? null : placeContext(tokens, i, 1, text);
    if (!context || !(tokens[i - 1]?.text === 'of' || tokens[i - 1]?.possessive)) return null;
    let k = 1;
    while (i + k < runEnd && tokens[i + k]!.capitalised && !isCommonWord(tokens[i + k]!.text)) k++;
    return { next: i + k, found: [mentionOf(ctx, 'place', i, i + k, text.slice(t.start, tokens[i + k - 1]!.end), context)] };
  },
};

/** The credit-photographer rule: in a credit line, a name right after a slash or "©" is the photographer's. */
import { creditNameEnd } from '../person-rules';
import { mentionOf, type MentionRule } from './mention-rule';

/** "© Sputnik / Ramil Sitdikov": the name after the slash is a person in the credit, not in the story. */
export const creditPhotographer: MentionRule = {
  name: 'creditPhotographer',
  match: (ctx, { i }) => {
    const { tokens, text } = ctx;
    const t = tokens[i]!;
    if (!ctx.credit || !/[/©]/u.test(t.gap)) return null;
    const end = creditNameEnd(tokens, i, text);
    if (end <= i) return null;
    const nameWords = tokens.slice(i, end).map((w) => w.text);
    return { next: end, found: [mentionOf(ctx, 'person', i, end, text.slice(t.start, tokens[end - 1]!.end), null, { nameWords, description: null, inCredit: true })] };
  },
};

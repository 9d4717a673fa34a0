/** The dateline rule: "KHAN YOUNIS, GAZA — …": a paragraph that opens with a dateline names the place it was filed from. */
import { countryAt, placeAt } from '../place-rules';
import type { Token } from '../tokenize-text';
import { placeMention, type MentionRule } from './mention-rule';

/** A dateline's place in capitals, then perhaps ", REGION" and an agency in brackets, then a dash: "KHAN YOUNIS, GAZA —". */
const DATELINE_AFTER = /^(?:,\s*[\p{Lu}][\p{Lu}\s.]*)?\s*(?:\([^)]{1,30}\)\s*)?[—–]/u;

/** Whether the paragraph opens with a dateline whose place is the first `end` tokens, all in capitals. */
function isDateline(tokens: Token[], end: number, text: string): boolean {
  for (let k = 0; k < end; k++) if (!tokens[k]!.allCaps) return false;
  return DATELINE_AFTER.test(text.slice(tokens[end - 1]!.end));
}

/** The whole first run of a paragraph, in capitals before a dateline's dash, is a place (unless it is a country). */
export const dateline: MentionRule = {
  name: 'dateline',
  match: (ctx, { i, runEnd }) => {
    const { target, tokens, text } = ctx;
    if (i !== 0 || target.kind !== 'paragraph' || !isDateline(tokens, runEnd, text) || countryAt(tokens, 0, runEnd, text)) return null;
    return { next: runEnd, found: [placeMention(ctx, 0, runEnd, placeAt(tokens, 0, runEnd, text)?.country ?? null)] };
  },
};

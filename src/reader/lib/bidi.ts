/**
 * Keeps text the app does not control (article text, parts of the URL) from reordering the app's own words
 * around it: an unclosed right-to-left override in a headline would otherwise flip the rest of the tab title, and
 * a Hebrew or Arabic name would drag a following count into its run ("Highlighting …: 3 mentions").
 */

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Text that can reorder what follows it: bidi control characters (embeddings, overrides, isolates, marks) and
 * right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms; the RTL planes).
 */
const CAN_REORDER = /[\p{Bidi_Control}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const ISOLATES = /[\u2066-\u2069]/gu;

/**
 * `text` as a directional isolate (U+2068 FSI … U+2069 PDI), for use beside other text. The isolate's PDI closes
 * every embedding and override the text leaves open, and its direction comes from the text's first strong letter,
 * so right-to-left text still reads right to left. The text is kept as written (nothing is stripped that shows),
 * except that a PDI the text never opened is dropped (it would close our isolate early, and on its own it does
 * nothing) and isolates the text leaves open are closed. Plain left-to-right text is returned unchanged, so names
 * and labels stay exactly what they are for the common case.
 */
export function isolate(text: string): string {
  if (!CAN_REORDER.test(text)) return text;
  let open = 0;
  const balanced = text.replace(ISOLATES, (c) => {
    if (c !== PDI) open++;
    else if (open === 0) return '';
    else open--;
    return c;
  });
  return `${FSI}${balanced}${PDI.repeat(open)}${PDI}`;
}

/** The marks that open and close a quotation in English text. */

/** Double quote marks. Single marks (‘ ’ ') are never quote marks here: they nest inside doubles or are apostrophes. */
export const OPENING_MARKS = new Set(['“', '«', '„']);
export const CLOSING_MARKS = new Set(['”', '»']);
/** A mark that opens or closes depending on where it stands. */
export const NEUTRAL_MARKS = new Set(['"']);
/** Any of the marks above. */
export const ANY_MARK = /["“”«»„]/gu;

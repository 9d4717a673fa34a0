// Dates as pages print them ("Nov 19, 2019", "Thursday 27 July 2017", "18.11.2019", "2019-11-18"), read into ISO form.

import { MONTH_NUMBERS as MONTHS, WEEKDAY_NAMES as WEEKDAYS } from '../language';

const monthAlternatives = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${monthAlternatives})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// A year ends at a word boundary, or where a scraper glued the clock time to it ("Nov 20 20194:29 AM").
const YEAR = '((?:19|20)\\d\\d)(?=\\d{1,2}:\\d\\d|\\b)';

/** The date forms recognised, each with how its groups map to year, month and day. */
const FORMS: { re: RegExp; order: 'mdy' | 'dmy' | 'ymd' | 'numeric-dmy' | 'numeric-slash' }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'iu'), order: 'mdy' },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'iu'), order: 'dmy' },
  { re: /\b((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)/u, order: 'ymd' },
  { re: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/u, order: 'numeric-dmy' },
  { re: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/u, order: 'numeric-slash' },
  // A US stamp with a two-digit year, "11/18/19 11:04 PM": only before a clock time, where it cannot be a fraction.
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d\d)(?=,?\s+\d{1,2}:\d\d)/u, order: 'numeric-slash' },
];

export type FoundDate = { iso: string; index: number; length: number };

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The first real calendar date written in `text`, with where it stands; null when there is none. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, order } of FORMS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    let y: number;
    let mo: number;
    let d: number;
    if (order === 'mdy') [mo, d, y] = [MONTHS.get(m[1]!.toLowerCase())!, Number(m[2]), Number(m[3])];
    else if (order === 'dmy') [d, mo, y] = [Number(m[1]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[3])];
    else if (order === 'ymd') [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (order === 'numeric-dmy') [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else {
      // 03/11/2019 is ambiguous: a first number above 12 can only be a day; otherwise read it the US way.
      const [a, b] = [Number(m[1]), Number(m[2])];
      const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      [mo, d, y] = a > 12 ? [b, a, year] : [a, b, year];
    }
    if (isRealDate(y, mo, d)) best = { iso: iso(y, mo, d), index: m.index, length: m[0].length };
  }
  return best;
}

/** Words a time stamp line may hold besides its date: labels, weekdays, clock times, zones, "at", "|". */
const STAMP_WORD = /^(?:first|published|updated|posted|last|modified|on|at|date|time|am|pm|a\.m\.|p\.m\.|[a-z]{1,4}t|gmt|utc|\d{1,2}(?:[:.]\d\d)+(?:[ap]\.?m\.?)?|\d{3,4}|\(\d{3,4}|[a-z]{3}\)|[|·•,–—-])$/iu;

/** The label that opens a stamp, whatever its line holds before it: "First published", "Updated". */
const STAMP_LABEL = /\b(?:first\s+)?(?:published|posted|updated)\b/iu;
/** Most words (an outlet, a place) a line may hold before its stamp's label. */
const MAX_WORDS_BEFORE_STAMP_LABEL = 4;

/** A stamp line gives at most this many dates (published, updated). */
const MAX_DATES_IN_STAMP = 3;

/**
 * Whether the line is a time stamp and nothing else: a date with at most labels ("Published", "Updated"), a
 * weekday, a clock time and a zone around it ("Published 7:07 PM EST Nov 19, 2019", "Thursday 27 July 2017").
 */
export function isDateStamp(text: string): boolean {
  // "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": an outlet and a place before the stamp's
  // label are the stamp's too.
  const label = STAMP_LABEL.exec(text);
  if (label && label.index > 0 && text.slice(0, label.index).split(/\s+/u).filter(Boolean).length <= MAX_WORDS_BEFORE_STAMP_LABEL) return isDateStamp(text.slice(label.index));
  let rest = text;
  let found = findDate(rest);
  if (!found) return false;
  // "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019" holds two dates.
  for (let dates = 0; found && dates < MAX_DATES_IN_STAMP; dates++, found = findDate(rest)) {
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;
  }
  const others = rest
    .split(/[\s,]+/u)
    .map((w) => w.replace(/:$/u, ''))
    .filter(Boolean)
    // A stamp may end its sentence: "Published: 28 Apr, 2020 CET."
    .filter((w) => !(STAMP_WORD.test(w) || STAMP_WORD.test(w.replace(/\.$/u, '')) || WEEKDAYS.has(w.toLowerCase().replace(/[.,]$/u, ''))));
  // A page's section may label its stamp: "May 06, 2022 News", "A Section on 05/24/2018".
  return others.length === 0 || (others.length <= MAX_STAMP_LABEL_WORDS && others.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)));
}

/** Capitalised words of a section's label a stamp may carry besides its own words. */
const MAX_STAMP_LABEL_WORDS = 2;

/** Whether a stamp says the page was updated rather than first published. */
export const isUpdateStamp = (text: string) => /\b(?:updated|modified)\b/iu.test(text);

/** Small text formatters shared by pages. */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2019-06-06" → "6 June 2019"; anything unparseable is shown as given. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** "1 quote", "2 quotes", "1 person"/"0 people". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `text` cut to at most `max` UTF-16 code units plus "…" when it is longer, never between the two halves of one
 * character (a lone surrogate would print as U+FFFD in the prerendered page and break hydration); `atWord` backs
 * off to the end of the last whole word.
 */
export function clip(text: string, max: number, { atWord = false }: { atWord?: boolean } = {}): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  if (atWord) cut = cut.replace(/\s+\S*$/u, '');
  return `${cut}…`;
}

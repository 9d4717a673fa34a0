/** Readable, URL-safe slugs, unique within one article and never one of the ids the reader reserves. */
import { isReservedSlug } from '../contract/dom-ids';

const MAX_SLUG_LENGTH = 60;

/** "Moscow Seeks to See How Kiev’s Pledges…" → "moscow-seeks-to-see-how-kievs-pledges". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH);
}

/**
 * Returns a function that hands out slugs never given before: "talks", "talks-2", … ; `fallback` when the text has
 * no letters. A slug the reader reserves (its own DOM ids such as "root", the numbered block and quote ids such as
 * "b1") is never handed out: it gets a number too ("root-2"). Linear in the number of slugs: each base remembers
 * the next number to try, and a number below it was taken when it was passed (nothing is ever given back).
 */
export function uniqueSlugger(taken: Iterable<string> = []): (text: string, fallback: string) => string {
  const used = new Set(taken);
  const next = new Map<string, number>();
  const free = (slug: string) => !used.has(slug) && !isReservedSlug(slug);
  return (text, fallback) => {
    const base = slugify(text) || fallback;
    let slug = base;
    if (!free(slug)) {
      let n = next.get(base) ?? 2;
      while (!free(`${base}-${n}`)) n++;
      slug = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(slug);
    return slug;
  };
}

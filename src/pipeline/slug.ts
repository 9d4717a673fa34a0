/** Readable, URL-safe slugs, unique within one article. */

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

/** Returns a function that hands out slugs never given before: "talks", "talks-2", … ; `fallback` when the text has no letters. */
export function uniqueSlugger(taken: Iterable<string> = []): (text: string, fallback: string) => string {
  const used = new Set(taken);
  return (text, fallback) => {
    const base = slugify(text) || fallback;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

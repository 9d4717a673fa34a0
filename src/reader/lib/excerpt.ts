/**
 * A Pagefind excerpt as text runs, so it renders as React text and never as HTML. Pagefind builds excerpts from
 * the indexed text, HTML-escaped, with the matched words wrapped in `<mark>`; this reads exactly that: the marks
 * become marked runs, the entities it escapes are decoded, and any other tag is kept as the text it is.
 */

/** A piece of an excerpt: plain, or one of the matched words. */
export type ExcerptRun = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Decodes the few entities an escaped text holds; an unknown one stays as written. */
const decode = (text: string) => text.replace(/&(#?[a-z0-9]+);/giu, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);

/** Splits an excerpt at its `<mark>`…`</mark>` pairs; adjacent runs of the same kind are joined, empty ones dropped. */
export function parseExcerpt(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += text;
    else runs.push({ text, marked });
  };
  const pattern = /<mark>([\s\S]*?)<\/mark>/gu;
  let at = 0;
  for (let m = pattern.exec(excerpt); m; m = pattern.exec(excerpt)) {
    push(decode(excerpt.slice(at, m.index)), false);
    push(decode(m[1]!), true);
    at = m.index + m[0].length;
  }
  push(decode(excerpt.slice(at)), false);
  return runs;
}

/**
 * Seed file names: which names are seeds, the article id each one gets, and how a name is printed in an error line.
 * Pure (no file system, no pipeline), so the Vite plugin can use it without loading the NLP libraries.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as v from 'valibot';
import { ArticleSchema } from '../contract/article.ts';
import { slugify } from '../pipeline/slug.ts';

const SEED_EXTENSION = /\.(?:txt|html?)$/iu;
/** A saved web page among the seeds: ingested by the HTML route. */
const PAGE_EXTENSION = /\.html?$/iu;
const MAX_ID_LENGTH = 60;
/** How many hex digits of a name's hash tell colliding names apart; longer ones only if a shorter one is taken. */
const HASH_LENGTHS = [8, 16, 64] as const;

/** A seed is a `.txt` file or a saved page (`.html`, `.htm`), whatever the case of the extension (`UPPER.TXT` too). */
export const isSeedName = (name: string): boolean => SEED_EXTENSION.test(name);

/** Whether a seed is a saved web page (`.html`, `.htm`), for the HTML route. */
export const isPageName = (name: string): boolean => PAGE_EXTENSION.test(name);

/** Code points that would split an error line, move the cursor or reorder text on a terminal, or stand for bytes lost. */
const UNSAFE_IN_NAMES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD\uD800-\uDFFF]/u;

/**
 * A file name as it is printed in a `FILE: reason` line: unchanged when it is safe, otherwise JSON-quoted with every
 * control, format and separator character escaped (`"seeds/a\nb.txt"`), so it can neither split the line nor drive
 * the terminal.
 */
export function quoteFileName(file: string): string {
  if (!UNSAFE_IN_NAMES.test(file)) return file;
  // JSON.stringify escapes C0 controls, quotes and lone surrogates; the rest are escaped by hand.
  const escape = (c: string) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
  return JSON.stringify(file).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]/gu, escape);
}

/** The name without its seed extension (or, for a single file given on the command line, any extension). */
function stem(name: string): string {
  return SEED_EXTENSION.test(name) ? name.replace(SEED_EXTENSION, '') : name.replace(/\.[^.]+$/u, '');
}

/** One word of a name: plain ASCII when its letters are Latin ones with accents ("Crème" → "creme"), else kept ("статья"). */
function slugWord(word: string): string {
  const ascii = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return /^[a-z0-9]+$/u.test(ascii) ? ascii : word.normalize('NFC').toLowerCase();
}

/** Shortens to MAX_ID_LENGTH code points, at a dash when there is one late enough (as slugify does). */
function shorten(slug: string): string {
  const chars = Array.from(slug);
  if (chars.length <= MAX_ID_LENGTH) return slug;
  const cut = chars.slice(0, MAX_ID_LENGTH + 1).join('');
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 20 ? cut.slice(0, lastDash) : chars.slice(0, MAX_ID_LENGTH).join('').replace(/-+$/u, '');
}

/** "Статья о выборах" → "статья-о-выборах": letters and digits of any script, lower case, words joined by dashes. */
export function unicodeSlug(text: string): string {
  const words = text.normalize('NFC').replace(/['’‘`]/gu, '').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return shorten(words.map(slugWord).join('-'));
}

/** Whether the contract accepts `id` as an article id (today ASCII `[a-z0-9-]`; Unicode letters once it allows them). */
const isArticleId = (id: string): boolean => v.is(ArticleSchema.entries.id, id);

/** The readable part of a name's id, or '' when the name has no letters or digits an id may hold. */
function baseSlug(name: string): string {
  const readable = unicodeSlug(stem(name));
  if (readable && isArticleId(readable)) return readable;
  const ascii = slugify(stem(name));
  return ascii && isArticleId(ascii) ? ascii : '';
}

/** A short, stable fingerprint of the exact file name: what tells apart names that slug alike. */
export const nameHash = (name: string): string => createHash('sha256').update(name, 'utf8').digest('hex');

/**
 * The article id of one seed on its own: "000_3979cacfdab927d0.txt" → "000-3979cacfdab927d0", "Foo Bar.TXT" →
 * "foo-bar"; a name with no letters or digits gets "article-" and 8 hex digits of its hash. In a batch, use
 * assignArticleIds, which also keeps ids distinct.
 */
export function articleIdFor(file: string): string {
  const name = path.basename(file);
  return baseSlug(name) || `article-${nameHash(name).slice(0, HASH_LENGTHS[0])}`;
}

/**
 * Distinct, stable ids for the seeds of one folder (`names` are file names, not paths). When several names slug
 * alike (`Foo Bar.txt`, `foo-bar.txt`, `foo_bar.txt`), the one whose name already is the slug keeps it (else the
 * first in code-unit order) and each other gets the slug plus a hash of its own name (`foo-bar-1f0e3dad`), so the
 * same set of files always gives the same ids and adding a file never renames a canonically named one.
 * Throws when no distinct id exists (a full SHA-256 collision), naming both files.
 */
export function assignArticleIds(names: readonly string[]): Map<string, string> {
  const sorted = [...names].sort();
  const groups = new Map<string, string[]>();
  for (const name of sorted) {
    const slug = baseSlug(name);
    groups.set(slug, [...(groups.get(slug) ?? []), name]);
  }
  const ids = new Map<string, string>();
  const owner = new Map<string, string>();
  const give = (name: string, id: string) => {
    ids.set(name, id);
    owner.set(id, name);
  };
  // Every readable slug goes to its group's winner first, so a hashed id can never take a name's plain one.
  // A .txt seed keeps the id it had before pages were seeds too: it goes before a page of the same name.
  const winner = (slug: string, group: string[]) => group.find((name) => stem(name) === slug && !isPageName(name)) ?? group.find((name) => stem(name) === slug) ?? group[0]!;
  for (const [slug, group] of groups) if (slug) give(winner(slug, group), slug);
  for (const name of sorted) {
    if (ids.has(name)) continue;
    const prefix = baseSlug(name) || 'article';
    const hash = nameHash(name);
    const id = HASH_LENGTHS.map((n) => `${prefix}-${hash.slice(0, n)}`).find((candidate) => !owner.has(candidate));
    if (id === undefined) {
      const other = owner.get(`${prefix}-${hash}`)!;
      throw new Error(`${quoteFileName(other)} and ${quoteFileName(name)} would both get the id "${prefix}-${hash}"`);
    }
    give(name, id);
  }
  return ids;
}

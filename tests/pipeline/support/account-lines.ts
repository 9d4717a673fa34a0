/**
 * The "nothing is lost" check: walks the input's non-blank lines in order and finds each one in exactly one
 * place of the output (the headline, a heading, a block, a metadata line kept in `dropped`), in document order,
 * and checks that no output piece holds text that came from nowhere.
 *
 * The same line can stand both in the story and in `dropped` (a chart's tick labels, repeated teasers), so the
 * walk keeps every way of reading the lines so far (a small beam of states), not only the first that fits.
 */
import type { Article } from '../../../src/contract/article';
import { normaliseText } from '../../../src/pipeline/stages/01-normalise-text';

export type Accounting = { lost: string[]; invented: string[] };

/** Where a reading of the lines has got to: the current piece, how much of it is used, the next dropped entry. */
type State = { p: number; used: number; d: number; headlineUsed: boolean };
/** How many readings are kept at once; ambiguity in real articles needs a handful. */
const BEAM = 64;

export function accountLines(raw: string, article: Article): Accounting {
  const lines = normaliseText(raw).filter((l) => l.text !== '');
  // Story pieces in document order.
  const pieces = article.sections.flatMap((s, i) => [...(i === 0 ? [] : [s.heading]), ...s.blocks.map((b) => b.text)]);

  /** The states one line can lead to from `s`, piece first. */
  const advance = (s: State, text: string): State[] => {
    const next: State[] = [];
    if (!s.headlineUsed && text === article.headline) next.push({ ...s, headlineUsed: true });
    const piece = pieces[s.p];
    const at = s.used > 0 ? s.used + 1 : 0;
    const end = at + text.length;
    if (piece !== undefined && piece.startsWith(text, at) && (end === piece.length || piece[end] === ' ')) {
      next.push(end >= piece.length ? { ...s, p: s.p + 1, used: 0 } : { ...s, used: end });
    }
    if (article.dropped[s.d]?.text === text) next.push({ ...s, d: s.d + 1 });
    return next;
  };

  let states: State[] = [{ p: 0, used: 0, d: 0, headlineUsed: false }];
  for (const { text } of lines) {
    const seen = new Set<string>();
    const next: State[] = [];
    for (const s of states) {
      for (const t of advance(s, text)) {
        const key = `${t.p}:${t.used}:${t.d}:${t.headlineUsed}`;
        if (!seen.has(key) && next.length < BEAM) {
          seen.add(key);
          next.push(t);
        }
      }
    }
    if (next.length === 0) return greedyReport(lines, article, pieces);
    states = next;
  }
  const complete = states.some((s) => s.p === pieces.length && s.d === article.dropped.length && (s.headlineUsed || lines.length === 0));
  return complete ? { lost: [], invented: [] } : greedyReport(lines, article, pieces);
}

/** The first-fit walk, for a readable report of what was lost or invented when no reading accounts for everything. */
function greedyReport(lines: { text: string }[], article: Article, texts: string[]): Accounting {
  const pieces = texts.map((text) => ({ text, used: 0 }));
  let headlineUsed = false;
  let p = 0;
  let d = 0;
  const lost: string[] = [];
  for (const { text } of lines) {
    if (!headlineUsed && text === article.headline) {
      headlineUsed = true;
      continue;
    }
    const piece = pieces[p];
    const at = piece && piece.used > 0 ? piece.used + 1 : 0;
    const end = at + text.length;
    if (piece && piece.text.startsWith(text, at) && (end === piece.text.length || piece.text[end] === ' ')) {
      piece.used = end;
      if (piece.used >= piece.text.length) p++;
      continue;
    }
    if (article.dropped[d]?.text === text) {
      d++;
      continue;
    }
    lost.push(text);
  }
  const invented = [...pieces.filter((x) => x.used !== x.text.length).map((x) => x.text), ...article.dropped.slice(d).map((x) => x.text)];
  if (!headlineUsed && lines.length > 0) invented.push(article.headline);
  return { lost, invented };
}

/**
 * The "nothing is lost" check: walks the input's non-blank lines in order and finds each one in exactly one
 * place of the output (the headline, a heading, a block, a metadata line kept in `dropped`), in document order,
 * and checks that no output piece holds text that came from nowhere.
 */
import type { Article } from '../../../src/contract/article';
import { normaliseText } from '../../../src/pipeline/stages/01-normalise-text';

export type Accounting = { lost: string[]; invented: string[] };

export function accountLines(raw: string, article: Article): Accounting {
  const lines = normaliseText(raw).filter((l) => l.text !== '');
  // Story pieces in document order; each tracks how much of its text input lines have used up.
  const pieces = article.sections.flatMap((s, i) => [
    ...(i === 0 ? [] : [{ text: s.heading, used: 0 }]),
    ...s.blocks.map((b) => ({ text: b.text, used: 0 })),
  ]);
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
  const invented = [
    ...pieces.filter((x) => x.used !== x.text.length).map((x) => x.text),
    ...article.dropped.slice(d).map((x) => x.text),
  ];
  if (!headlineUsed && lines.length > 0) invented.push(article.headline);
  return { lost, invented };
}

/**
 * Golden files of the whole pipeline output (structure, metadata, entities, quotes, dropped lines) for every real
 * article, so that review shows what a change moves on each one. Regenerate with `npx vitest run -u`; never edit
 * them by hand. The blind split has no golden file: its outputs stay unread (see tests/fixtures/blind-split.json).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';
import { ingestArticle } from '../../src/pipeline/ingest-article';
import { realArticles } from './support/real-articles';

const visible = realArticles.filter((a) => !a.blind);

describe('the whole output of every real article matches its golden file', () => {
  it('finds the seed, the corpus and the web corpus', () => {
    expect(visible.filter((a) => a.set === 'seed').length).toBeGreaterThanOrEqual(1);
    expect(visible.filter((a) => a.set === 'corpus').length).toBeGreaterThanOrEqual(60);
    expect(visible.filter((a) => a.set === 'web').length).toBeGreaterThanOrEqual(30);
  });

  it.each(visible.map((a) => [`${a.set}/${a.name}`, a] as const))('%s', async (_label, { name, set, file }) => {
    const article = ingestArticle(fs.readFileSync(file, 'utf8'), 'article');
    const checked = validateArticle(article);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    await expect(`${JSON.stringify(article, null, 1)}\n`).toMatchFileSnapshot(`../golden/${set}/${name}.json`);
  });
});

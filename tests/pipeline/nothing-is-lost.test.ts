import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';
import { ingestArticle } from '../../src/pipeline/ingest-article';
import { accountLines } from './support/account-lines';
import { realArticles } from './support/real-articles';

const files = realArticles.map((a) => a.file);

describe('every real article ingests into valid JSON with every line in exactly one place', () => {
  it('finds the corpus', () => expect(files.length).toBeGreaterThanOrEqual(97));

  it.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const raw = fs.readFileSync(file, 'utf8');
    const article = ingestArticle(raw, 'article');
    const checked = validateArticle(article);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(accountLines(raw, article)).toEqual({ lost: [], invented: [] });
  });
});

// The seed article end to end: its seven direct quotes, each by Lavrov, with no scare quote or teaser title among them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spanTargets } from '../../src/contract/article';
import { ingestArticle } from '../../src/pipeline/ingest-article';

const seed = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'seeds', '000_3979cacfdab927d0.txt'), 'utf8');
const article = ingestArticle(seed, 'seed');
const lavrov = article.entities.find((e) => e.type === 'person' && e.name.includes('Lavrov'));

describe('seed quotes', () => {
  it('finds the seven quotes in reading order', () => {
    expect(article.quotes.map((q) => q.text.split(' ').slice(0, 6).join(' '))).toEqual([
      'Information has leaked about their contacts',
      'As for your question about working',
      'During these conversations, we reaffirmed our',
      'We have a lot of issues',
      'We are ready to discuss these',
      'We have not received any specific',
      'We do not even know yet',
    ]);
  });

  it('attributes every quote to Lavrov, whether by name, "he said" or "the minister stated"', () => {
    expect(lavrov).toBeDefined();
    for (const q of article.quotes) expect(q.speaker, q.id).toBe(lavrov!.id);
  });

  it('keeps each quote in a paragraph block, its text equal to the block slice', () => {
    const targets = spanTargets(article);
    const paragraphs = new Set(article.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph').map((b) => b.id));
    for (const q of article.quotes) {
      expect(paragraphs.has(q.block), q.id).toBe(true);
      expect(targets.get(q.block)!.slice(q.start, q.end), q.id).toBe(q.text);
    }
  });

  it('takes no scare quote or teaser title for a quote', () => {
    const texts = article.quotes.map((q) => q.text);
    for (const title of ['Montevideo Mechanism', 'Most of Their People', 'Dumb as Rock'])
      expect(texts.some((t) => t.startsWith(title)), title).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/pipeline/ingest-article';
import { LINE_MODEL } from '../../src/pipeline/structure/line-model';
import { foldOf, otherLayout } from '../../src/cli/structure-training';

describe('the other layout of an article, for the structure cross-validation', () => {
  it('turns blank-line paragraphs into one paragraph per line, and maps each line to its new number', () => {
    const raw = 'Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.';
    const { text, lineOf } = otherLayout(raw);
    expect(text).toBe('Title\n\nFirst paragraph.\nSecond paragraph.\nThird paragraph.');
    expect([1, 3, 5, 7].map(lineOf)).toEqual([1, 3, 4, 5]);
    expect(text.split('\n')[lineOf(7) - 1]).toBe('Third paragraph.');
  });

  it('turns one paragraph per line into blank-line paragraphs, and maps each line to its new number', () => {
    const raw = 'Title\n\nFirst paragraph.\nSecond paragraph.\nThird paragraph.';
    const { text, lineOf } = otherLayout(raw);
    expect(text).toBe('Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.');
    expect([3, 4, 5].map((l) => text.split('\n')[lineOf(l) - 1])).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
  });
});

describe('folds of the cross-validation', () => {
  it('puts a stem in the same fold on every run, and spreads stems over all folds', () => {
    const stems = Array.from({ length: 50 }, (_, i) => `article-${i}`);
    expect(stems.map((s) => foldOf(s, 5))).toEqual(stems.map((s) => foldOf(s, 5)));
    expect(new Set(stems.map((s) => foldOf(s, 5)))).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});

describe('a line model passed to the pipeline', () => {
  const body = 'The owners said they would open their doors within the week, and thanked their staff.';
  const last = 'The council said it would not appeal the ruling, though several members had called for one.';
  const raw = `Big Story\n\nThe court ordered malls to reopen on Monday after a long dispute with the city council.\n\nOwners welcome the ruling\n\n${body}\n\n${last}`;
  it('is the one the structure stage uses, the committed model unless another is given', () => {
    const committed = ingestArticle(raw, 'a');
    expect(committed.sections.map((s) => s.heading)).toEqual(['Big Story', 'Owners welcome the ruling']);
    expect(ingestArticle(raw, 'a', { lineModel: LINE_MODEL })).toEqual(committed);
    expect(committed.dropped).toEqual([]);
    // A model that calls every free line furniture: the story's last line, which no rule takes back, is dropped.
    const furnitureOnly = { ...LINE_MODEL, rounds: [LINE_MODEL.classes.map((c) => ({ v: c === 'furniture' ? 50 : -50 }))] };
    const other = ingestArticle(raw, 'a', { lineModel: furnitureOnly });
    expect(other.dropped.map((d) => d.text)).toEqual([last]);
  });
});

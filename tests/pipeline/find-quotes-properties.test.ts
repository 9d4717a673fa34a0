// Whatever the paragraphs hold, quotes point at their own text and name only known entities.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/pipeline/stages/06-find-quotes';
import { buildStory } from './build-story';

const pieces = [
  '"', '“', '”', '«', '»', "'", '’', ' ', ' ', ' ', ', ', '. ', '? ', ': ', ' — ', 'Lavrov', 'Sergey Lavrov', 'he', 'she',
  'said', 'told', 'according to', 'the minister', 'the Ministry', 'a spokesman', 'We welcome this', 'talks', 'in Oslo',
  'Mr.', 'U.S.', 'Ms. Mule', 'asked', 'was quoted by', 'as saying', 'They', 'it', '\u00a0', '…', '[', ']',
];
const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('findQuotes on arbitrary paragraphs', () => {
  it('never throws, keeps text equal to the block slice and names only known entities', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (blocks) => {
        const story = buildStory(blocks, [
          { id: 'sergey-lavrov', names: ['Sergey Lavrov', 'Lavrov'], description: 'Russian Foreign Minister' },
          { id: 'ministry', type: 'organization', names: ['Ministry'] },
        ]);
        const texts = new Map(story.sections[0]!.blocks.map((b) => [b.id, b.text]));
        const ids = new Set(story.entities.map((e) => e.id));
        const quotes = findQuotes(story.sections, story.entities);
        quotes.forEach((q, i) => {
          expect(q.id).toBe(`q${i + 1}`);
          expect(texts.get(q.block)!.slice(q.start, q.end)).toBe(q.text);
          expect(q.speaker === null || ids.has(q.speaker)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});

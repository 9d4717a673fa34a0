import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/pipeline/ingest-article';

const paragraphsOf = (raw: string) =>
  ingestArticle(raw, 'a')
    .sections.flatMap((s) => s.blocks)
    .filter((b) => b.kind === 'paragraph')
    .map((b) => b.text);

const P1 = 'The minister promised on Monday to reform the pension system before the end of the year, officials in the capital said.';
const P2 = 'Opposition leaders called the plan a delaying tactic and said they would vote against it when it reaches the parliament next month.';
const P3 = 'The reform would raise the retirement age by two years and is expected to save the treasury billions over the next decade.';

describe('paragraphs from lines', () => {
  it('one-paragraph-per-line-keeps-each-line-a-paragraph', () => {
    expect(paragraphsOf(`Reform Promised\n${P1}\n${P2}\n${P3}`)).toEqual([P1, P2, P3]);
  });

  it('hard-wrapped-text-joins-its-lines-into-paragraphs', () => {
    const wrapped = [
      'The minister promised on Monday to reform the pension',
      'system before the end of the year, officials in the',
      'capital said, and the opposition called it a delay.',
      '',
      'Opposition leaders said they would vote against it when',
      'it reaches the parliament next month, and unions warned',
      'of a general strike if the government goes ahead.',
    ].join('\n');
    expect(paragraphsOf(`Reform Promised\n\n${wrapped}`)).toEqual([
      'The minister promised on Monday to reform the pension system before the end of the year, officials in the capital said, and the opposition called it a delay.',
      'Opposition leaders said they would vote against it when it reaches the parliament next month, and unions warned of a general strike if the government goes ahead.',
    ]);
  });

  it('sentence-split-after-an-initialism-is-one-paragraph', () => {
    const raw = `Reform Promised\n${P1}\nThe plan has the support of the governor and the state's congressional delegation, including U.S.\nSenator Jane Doe.\n${P2}`;
    expect(paragraphsOf(raw)).toEqual([P1, "The plan has the support of the governor and the state's congressional delegation, including U.S. Senator Jane Doe.", P2]);
  });

  it('sentence-broken-mid-line-goes-on-in-lower-case', () => {
    const raw = `Reform Promised\n${P1}\nThe reform, which the cabinet approved after a long night of talks with the\nunions, would raise the retirement age by two years.\n${P2}`;
    expect(paragraphsOf(raw)).toEqual([P1, 'The reform, which the cabinet approved after a long night of talks with the unions, would raise the retirement age by two years.', P2]);
  });
});

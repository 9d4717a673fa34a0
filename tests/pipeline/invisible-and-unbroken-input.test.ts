import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';
import { ingestArticle, InputError } from '../../src/pipeline/ingest-article';
import { accountLines } from './support/account-lines';

/** Ingests and checks the contract and the nothing-is-lost accounting, or returns the InputError's message. */
function ingest(raw: string) {
  try {
    const article = ingestArticle(raw, 'case');
    const checked = validateArticle(article);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(accountLines(raw, article)).toEqual({ lost: [], invented: [] });
    return { article, error: null };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { article: null, error: err.message };
  }
}

describe('a file of nothing but invisible characters is empty', () => {
  const cases: [string, string][] = [
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['every zero-width and format character on its own line', '\u200b\n\u200c\n\u200d\n\u2060\n\ufeff\n\u00ad\n\u200e\u200f\n\u202a\u202c\n\u2066\u2069'],
    ['invisible characters among spaces, tabs and blank lines', ' \u200b \t\u2060\r\n\r\n\u00a0\ufeff\u200d\n'],
    ['Hangul fillers, a letter to Unicode but blank', '\u3164\u3164\n\u115f\u1160\n\uffa0'],
    ['variation selectors and a combining grapheme joiner', '\ufe0f\ufe0e\u034f'],
    ['control characters', '\u0001\u0007\u001b\u007f'],
  ];
  it.each(cases)('%s: an InputError saying it is empty or blank', (_name, raw) => {
    expect(ingest(raw).error).toMatch(/^is empty or blank \(only invisible characters/u);
  });
});

describe('a headline shows a letter or digit', () => {
  const cases: [string, string, string][] = [
    ['a zero-width line above the headline is a blank line', '\u200b\u200b\n\nPlanes Grounded Across Europe\n\nFlights resumed on Monday.', 'Planes Grounded Across Europe'],
    ['a dash above the headline is passed over and kept as a caption', '—\n\nPlanes Grounded Across Europe\n\nFlights resumed on Monday.', 'Planes Grounded Across Europe'],
    ['invisible characters inside a headline keep it a headline', 'Planes\u200b Grounded\n\nFlights resumed on Monday.', 'Planes\u200b Grounded'],
    ['a digit is enough', '2020 ★\n\nFlights resumed on Monday.', '2020 ★'],
  ];
  it.each(cases)('%s', (_name, raw, headline) => {
    expect(ingest(raw).article?.headline).toBe(headline);
  });

  it('a file whose lines show no letter or digit has no line that can be a headline', () => {
    expect(ingest('—\n\n•\n\n|\n\n?!').error).toMatch(/^has no line that can be a headline/u);
  });

  it('a line of only invisible characters between two lines of prose is a paragraph break', () => {
    const { article } = ingest('Planes Grounded\n\nFlights resumed on Monday.\n\u200b\u2060\nAirports reopened.');
    expect(article?.sections[0]!.blocks.map((b) => b.text)).toEqual(['Flights resumed on Monday.', 'Airports reopened.']);
  });
});

describe('an unbroken run of characters is not text', () => {
  const headline = 'Planes Grounded Across Europe\n\n';
  const cases: [string, string, string][] = [
    ['200,000 letters', 'x'.repeat(200_000), 'not text: a run of 200,000 characters without a space'],
    ['501 characters, one past the longest a link may be', 'a'.repeat(501), 'not text: a run of 501 characters without a space'],
    ['emoji count as one character each', '🙂'.repeat(600), 'not text: a run of 600 characters without a space'],
    ['a run of capitals right after the headline is no site section label', 'A'.repeat(200_000), 'not text: a run of 200,000 characters without a space'],
  ];
  it.each(cases)('%s: dropped whole, with its length as the reason, and the story goes on', (_name, run, reason) => {
    const { article } = ingest(`${headline}${run}\n\nFlights resumed on Monday.`);
    expect(article?.dropped).toEqual([{ text: run, reason }]);
    expect(article?.sections[0]!.blocks.map((b) => b.text)).toEqual(['Flights resumed on Monday.']);
  });

  it('a 500-character link is no unbroken run: it is told as a link', () => {
    const link = `https://example.com/${'a'.repeat(480)}`;
    const { article } = ingest(`${headline}Flights resumed on Monday after a night of storms across the north of the country, the airports said.\n\n${link}`);
    expect(article?.dropped).toEqual([{ text: link, reason: 'a bare link (sharing or navigation)' }]);
  });

  it('a long single word right after the headline is no site section label', () => {
    const word = 'supercalifragilisticexpialidocious'.repeat(2);
    const { article } = ingest(`${headline}${word}\n\nFlights resumed on Monday after a night of storms across the north of the country, the airports said.`);
    expect(article?.dropped).toEqual([{ text: word, reason: 'not text: a run of 68 characters without a space' }]);
  });

  it('short labels after the headline are still section labels', () => {
    const { article } = ingest(`${headline}Science & Health\n\nFlights resumed on Monday after a night of storms across the north of the country, the airports said.`);
    expect(article?.dropped).toEqual([{ text: 'Science & Health', reason: 'site section or box label' }]);
  });

  it('a file that is only an unbroken run has no line that can be a headline', () => {
    expect(ingest('x'.repeat(200_000)).error).toMatch(/^has no line that can be a headline/u);
  });
});

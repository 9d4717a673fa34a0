/** Internal shapes passed between pipeline stages (the public shape is the contract's Article). */

/** One input line after normalisation. `no` is 1-based over the raw file; blank lines have text ''. */
export type Line = { no: number; text: string };

/** What a line is, decided by classify-lines. */
export type LineKind =
  | 'blank'
  | 'date'
  | 'headline'
  | 'repeated-headline'
  | 'category'
  | 'topic-label'
  | 'topic'
  | 'tags-label'
  | 'tags'
  | 'counter'
  | 'chrome'
  | 'caption'
  | 'credit'
  | 'teaser'
  | 'related'
  | 'embed'
  | 'subheading'
  | 'footer'
  | 'furniture'
  | 'unbroken'
  | 'paragraph'
  /** A line that goes on with the sentence of the line above it (split by the scraper): joins that paragraph. */
  | 'continuation';

export type ClassifiedLine = Line & { kind: LineKind };

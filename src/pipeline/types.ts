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
  | 'unbroken'
  | 'paragraph';

export type ClassifiedLine = Line & { kind: LineKind };

// Shallow features of every line and of its neighbours (boilerpipe's and jusText's signals), for the line model.
import { isFunctionWord } from '../language';
import { DATE_WORD, ENDS_LIKE_SENTENCE, FURNITURE_WORD, KICKER_TEASER, NUMBERED_ITEM } from '../patterns';
import type { Line, LineKind } from '../types';
import { capitalisedShare, isTitleLike } from './title-like';

/** A line long and finished enough to be running prose: what jusText calls a good block. */
const PROSE_WORDS = 15;
/** Lines of at most this many words are "short" (labels, titles, teasers). */
const SHORT_WORDS = 10;
/** Fewest words of a sentence that can hold a crosshead between itself and the next. */
const SANDWICH_WORDS = 10;
/** Distances to the nearest prose line are capped here (in non-blank lines). */
const MAX_DISTANCE = 8;

const wordsOf = (text: string) => text.split(' ').filter(Boolean);
const log2p = (n: number) => Math.log2(1 + n);

/** Per-line measurements that the neighbour features reuse. */
type Shape = { words: number; functionWords: number; endsSentence: boolean; prose: boolean; short: boolean; capShare: number; fixed: boolean; personLike: boolean; titleLike: boolean; number: number | null };

/** Fewest words of a prose line, for a document whose sentences are short: half its typical sentence line, at least this. */
const MIN_PROSE_WORDS = 6;

/**
 * How many words make a line prose in this document: PROSE_WORDS, or fewer where the text's own sentence lines
 * are shorter (a one-sentence-per-line text of short sentences), so that its body is still seen as body.
 */
function proseThreshold(lines: Line[], content: number[]): number {
  const lengths = content
    .map((i) => lines[i]!.text)
    .filter((t) => ENDS_LIKE_SENTENCE.test(t))
    .map((t) => wordsOf(t).length)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return PROSE_WORDS;
  const median = lengths[Math.floor(lengths.length / 2)]!;
  return Math.max(MIN_PROSE_WORDS, Math.min(PROSE_WORDS, Math.round(median * 0.75)));
}

/** Feature names, in the order of each feature vector; the model file records them and is checked against them. */
export const FEATURE_NAMES = [
  'words', 'chars', 'endsSentence', 'endsColon', 'endsQuestion', 'endsBare', 'capShare', 'allCaps', 'numbered',
  'startsQuote', 'wholeQuoted', 'digitShare', 'separators', 'social', 'functionShare', 'furnitureShare', 'dateWords',
  'glued', 'longestWord', 'sentences', 'personLike', 'repeated', 'layoutBlank', 'blankBefore', 'blankAfter',
  'prevWords', 'prevEndsSentence', 'prevFixed', 'prevCapShare', 'nextWords', 'nextEndsSentence', 'nextFixed', 'nextCapShare',
  'prev2Prose', 'next2Prose', 'distProseAbove', 'distProseBelow', 'shortRun', 'beforeFirstProse', 'afterLastProse',
  'titleLike', 'numberedSequence', 'prevProse', 'nextProse', 'prevPersonLike', 'nextPersonLike', 'nextTitleLike', 'kicker', 'sandwiched', 'sandwichedInDocument',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Computes the feature vector of every line (blank lines get an empty vector), in one linear pass plus a few
 * linear sweeps for the distances. `fixed` marks lines whose kind an unambiguous pattern already decided.
 */
export function lineFeatures(lines: Line[], fixed: readonly (LineKind | null)[]): number[][] {
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.text !== '') content.push(i);
  const shapes = new Map<number, Shape>();
  const counts = new Map<string, number>();
  const proseWords = proseThreshold(lines, content);
  for (const i of content) {
    const { text } = lines[i]!;
    const words = wordsOf(text);
    const endsSentence = /[.!?…]["'”’»)\]]*$/u.test(text);
    const functionWords = words.filter((w) => isFunctionWord(w.replace(/[^\p{L}'’]/gu, ''))).length;
    const capShare = capitalisedShare(words);
    shapes.set(i, {
      functionWords,
      personLike: words.length >= 2 && words.length <= 4 && capShare === 1 && functionWords === 0 && !/[.!?:;]$/u.test(text),
      titleLike: isTitleLike(text),
      number: /^(\d{1,2})(?:[.)]|\s\p{Ll})/u.exec(text) ? Number(/^\d{1,2}/u.exec(text)![0]) : null,
      words: words.length,
      endsSentence,
      prose: words.length >= proseWords && ENDS_LIKE_SENTENCE.test(text),
      short: words.length <= SHORT_WORDS,
      capShare,
      fixed: fixed[i] !== null && fixed[i] !== 'blank',
    });
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let blankAfterCount = 0;
  for (const i of content) if (i + 1 < lines.length && lines[i + 1]!.text === '') blankAfterCount++;
  const layoutBlank = content.length > 1 ? blankAfterCount / (content.length - 1) : 0;

  // Distances (in content lines) to the nearest prose line above and below, and runs of short lines.
  const n = content.length;
  const distAbove = new Array<number>(n).fill(MAX_DISTANCE);
  const distBelow = new Array<number>(n).fill(MAX_DISTANCE);
  const run = new Array<number>(n).fill(0);
  for (let k = 0, last = -Infinity; k < n; k++) {
    distAbove[k] = Math.min(MAX_DISTANCE, k - last);
    if (shapes.get(content[k]!)!.prose) last = k;
  }
  for (let k = n - 1, next = Infinity; k >= 0; k--) {
    distBelow[k] = Math.min(MAX_DISTANCE, next - k);
    if (shapes.get(content[k]!)!.prose) next = k;
  }
  for (let k = 0; k < n; ) {
    let end = k;
    while (end < n && shapes.get(content[end]!)!.short) end++;
    for (let j = k; j < end; j++) run[j] = end - k;
    k = end === k ? k + 1 : end;
  }
  let firstProse = n;
  let lastProse = -1;
  for (let k = 0; k < n; k++) if (shapes.get(content[k]!)!.prose) { firstProse = Math.min(firstProse, k); lastProse = k; }

  // Numbered items that form a sequence in the document ("1.", "2.", "3."): numbered sub-headlines or list items.
  const numbers = new Set<number>();
  for (const i of content) {
    const number = shapes.get(i)!.number;
    if (number !== null) numbers.add(number);
  }

  const at = (k: number): Shape | undefined => (k >= 0 && k < n ? shapes.get(content[k]!) : undefined);
  // A short unfinished line between two finished sentences: how a crosshead sits in running text.
  const isSentence = (x: Shape | undefined) => x !== undefined && x.endsSentence && x.words >= SANDWICH_WORDS;
  const sandwiched = content.map((_, k) => {
    const self = at(k)!;
    return self.short && !self.endsSentence && isSentence(at(k - 1)) && isSentence(at(k + 1));
  });
  const sandwichedCount = sandwiched.filter(Boolean).length;
  const out: number[][] = lines.map(() => []);
  for (let k = 0; k < n; k++) {
    const i = content[k]!;
    const { text } = lines[i]!;
    const s = shapes.get(i)!;
    const words = wordsOf(text);
    const letters = text.replace(/[^\p{L}]/gu, '');
    const prev = at(k - 1);
    const next = at(k + 1);
    const { functionWords } = s;
    const number = s.number;
    const furnitureWords = words.filter((w) => FURNITURE_WORD.test(w)).length;
    const features: Record<FeatureName, number> = {
      words: log2p(s.words),
      chars: log2p(text.length),
      endsSentence: s.endsSentence ? 1 : 0,
      endsColon: /:["'”’]?$/u.test(text) ? 1 : 0,
      endsQuestion: /\?["'”’]?$/u.test(text) ? 1 : 0,
      endsBare: /[\p{L}\p{N}]$/u.test(text) ? 1 : 0,
      capShare: s.capShare,
      allCaps: letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? 1 : 0,
      numbered: NUMBERED_ITEM.test(text) ? 1 : 0,
      startsQuote: /^["'‘“«]/u.test(text) ? 1 : 0,
      wholeQuoted: /^["'‘“«].*["'’”»]$/u.test(text) ? 1 : 0,
      digitShare: text.length ? text.replace(/[^\p{N}]/gu, '').length / text.length : 0,
      separators: /\s[|•·]\s|\s\/\s/u.test(text) ? 1 : 0,
      social: /(?:^|\s)[@#]\w|https?:\/\/|www\.|\.com\b|\p{Extended_Pictographic}/u.test(text) ? 1 : 0,
      functionShare: s.words ? functionWords / s.words : 0,
      furnitureShare: s.words ? furnitureWords / s.words : 0,
      dateWords: Math.min(3, words.filter((w) => DATE_WORD.test(w)).length),
      glued: (text.match(/\p{Ll}\p{Lu}\p{Ll}/gu) ?? []).length > 0 ? 1 : 0,
      longestWord: log2p(words.reduce((m, w) => Math.max(m, w.length), 0)),
      sentences: log2p((text.match(/[.!?]["'”’]?\s+["'“‘]?\p{Lu}/gu) ?? []).length),
      personLike: s.personLike ? 1 : 0,
      repeated: (counts.get(text) ?? 0) > 1 ? 1 : 0,
      layoutBlank,
      blankBefore: i > 0 && lines[i - 1]!.text === '' ? 1 : 0,
      blankAfter: i + 1 < lines.length && lines[i + 1]!.text === '' ? 1 : 0,
      prevWords: prev ? log2p(prev.words) : 0,
      prevEndsSentence: prev?.endsSentence ? 1 : 0,
      prevFixed: prev?.fixed ? 1 : 0,
      prevCapShare: prev?.capShare ?? 0,
      nextWords: next ? log2p(next.words) : 0,
      nextEndsSentence: next?.endsSentence ? 1 : 0,
      nextFixed: next?.fixed ? 1 : 0,
      nextCapShare: next?.capShare ?? 0,
      prev2Prose: at(k - 2)?.prose ? 1 : 0,
      next2Prose: at(k + 2)?.prose ? 1 : 0,
      distProseAbove: distAbove[k]!,
      distProseBelow: distBelow[k]!,
      shortRun: log2p(run[k]!),
      beforeFirstProse: k < firstProse ? 1 : 0,
      afterLastProse: k > lastProse ? 1 : 0,
      titleLike: s.titleLike ? 1 : 0,
      numberedSequence: number !== null && (numbers.has(number - 1) || numbers.has(number + 1)) ? 1 : 0,
      prevProse: prev?.prose ? 1 : 0,
      nextProse: next?.prose ? 1 : 0,
      prevPersonLike: prev?.personLike ? 1 : 0,
      nextPersonLike: next?.personLike ? 1 : 0,
      nextTitleLike: next?.titleLike ? 1 : 0,
      kicker: KICKER_TEASER.test(text) ? 1 : 0,
      sandwiched: sandwiched[k] ? 1 : 0,
      sandwichedInDocument: log2p(sandwichedCount),
    };
    out[i] = FEATURE_NAMES.map((name) => features[name]);
  }
  return out;
}

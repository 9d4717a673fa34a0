// Stage 2: decide what each line is (headline, sub-headline, body, caption, credit, teaser, metadata, chrome).
import {
  BYLINE,
  CAPTION_CREDIT_TAIL,
  CAPTION_GLUED_CREDIT,
  CAPTION_OPENING,
  CHROME_LINE,
  CREDIT_LINE,
  DATE_WORD,
  DATELINE,
  DATE_LINE,
  EMBED_FEATURES,
  EMBED_SIGNATURE,
  ENDS_LIKE_SENTENCE,
  FOOTER_LINE,
  FURNITURE_WORD,
  NAME_SLASH_CREDIT,
  PLATFORM_WORD,
  SEPARATOR_LINE,
  SOURCE_PHOTO_BY,
  isCounterLine,
  isUnbroken,
  RELATED_LINE,
  QUESTION_LEAD,
  QUESTION_OPENER,
  SPEAKER_TURN,
  TAGS_LABEL,
  TOPIC_LABEL,
  VISIBLE_LETTER_OR_DIGIT,
} from '../patterns';
import { COUNTRY_FORMS, isFunctionWord, isKnownPlace, isTitle } from '../language';
import { isDateStamp } from '../structure/dates';
import type { BoostedTrees } from '../structure/boosted-trees';
import { classifyFreeLines } from '../structure/line-model';
import { capitalisedShare, isTitleLike, quotesBalanced, TITLE_CASE_SHARE } from '../structure/title-like';
import type { ClassifiedLine, Line, LineKind } from '../types';

/** How many non-blank lines from the top may come before the headline (date lines, a lead photo caption). */
const MAX_LINES_BEFORE_HEADLINE = 6;

const words = (text: string) => text.split(' ').filter(Boolean);

/**
 * "South Africa/AFP", "Cape Town Stadium/AFP": words before the slash that name a place (any one word or two in a row),
 * a photo's title more than its maker.
 */
const namesPlaceBeforeSlash = (text: string) => {
  const ws = text.slice(0, text.indexOf('/')).trim().toLowerCase().split(/\s+/u);
  const runs = [...ws, ...ws.slice(1).map((w, k) => `${ws[k]} ${w}`), ws.join(' ')];
  return runs.some((r) => COUNTRY_FORMS.has(r) || isKnownPlace(r));
};

/** Kinds recognised from the line alone, by the shared patterns (the HTML route applies them to its lines too). */
export function kindByPattern(text: string): LineKind | null {
  if (text === '') return 'blank';
  if (isUnbroken(text)) return 'unbroken';
  if (DATE_LINE.test(text) || isDateStamp(text)) return 'date';
  if (EMBED_SIGNATURE.test(text)) return 'embed';
  if (CREDIT_LINE.test(text) || SOURCE_PHOTO_BY.test(text) || BYLINE.test(text) || (NAME_SLASH_CREDIT.test(text) && !namesPlaceBeforeSlash(text))) return 'credit';
  if (RELATED_LINE.test(text)) return 'related';
  if (TOPIC_LABEL.test(text)) return 'topic-label';
  if (TAGS_LABEL.test(text)) return 'tags-label';
  if (isCounterLine(text)) return 'counter';
  if (CHROME_LINE.test(text)) return 'chrome';
  if (FOOTER_LINE.test(text)) return 'footer';
  if (CAPTION_OPENING.test(text) || CAPTION_CREDIT_TAIL.test(text) || CAPTION_GLUED_CREDIT.test(text)) return 'caption';
  return null;
}

/** How many lines above its signature an embedded post's text may run. */
const MAX_EMBED_LINES = 2;
/** Longest featureless line, in words, read as a reply in a thread of embedded posts rather than as prose. */
const MAX_EMBED_REPLY_WORDS = 15;

/**
 * Marks the text of embedded posts: walking up from each signature line, a line belongs to the post when it
 * looks like one (handles, hashtags, links, emoji), or is a short reply sitting right below another post.
 */
function markEmbedText(lines: ClassifiedLine[], fixed: (LineKind | null)[]): void {
  const previousContent = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (lines[j]!.text !== '') return j;
    return -1;
  };
  for (let i = 0; i < lines.length; i++) {
    if (fixed[i] !== 'embed') continue;
    for (let j = previousContent(i), taken = 0; j >= 0 && taken < MAX_EMBED_LINES && fixed[j] === null; j = previousContent(j), taken++) {
      const above = previousContent(j);
      const { text } = lines[j]!;
      const reply = above >= 0 && fixed[above] === 'embed' && words(text).length <= MAX_EMBED_REPLY_WORDS;
      if (!EMBED_FEATURES.test(text) && !reply) break;
      fixed[j] = 'embed';
    }
  }
}

/**
 * Index of the headline among lines: the first title-like line near the top, else the first free line. A headline
 * shows at least one letter or digit; free lines without one ("—", "•") are passed over and do not count.
 */
function findHeadline(lines: ClassifiedLine[], fixed: (LineKind | null)[]): number {
  const free: number[] = [];
  for (let i = 0; i < lines.length && free.length < MAX_LINES_BEFORE_HEADLINE; i++) if (fixed[i] === null && VISIBLE_LETTER_OR_DIGIT.test(lines[i]!.text)) free.push(i);
  const first = free[0];
  if (first === undefined) return -1;
  // The common case: the file starts with its title.
  if (lines.findIndex((l) => l.text !== '') === first) return first;
  return free.find((i) => isTitleLike(lines[i]!.text)) ?? first;
}

/**
 * Marks lines that go on with the sentence of the line above (a sentence split in two by the scraper): the line
 * above ends without a sentence's end and this one goes on in lower case, or the line above ends with an
 * initialism or an abbreviated title ("U.S.", "Sen.") and this one finishes the sentence.
 */
function markContinuations(lines: Line[], fixed: (LineKind | null)[], headline: number): void {
  for (let i = headline + 2; i < lines.length; i++) {
    if (fixed[i] !== null || (fixed[i - 1] !== null && fixed[i - 1] !== 'continuation')) continue;
    const above = lines[i - 1]!.text;
    const { text } = lines[i]!;
    const brokenMidSentence = !ENDS_LIKE_SENTENCE.test(above) && /^\p{Ll}/u.test(text) && words(above).length >= MIN_SPLIT_WORDS;
    const lastWord = above.slice(above.lastIndexOf(' ') + 1);
    const endsOnAbbreviation = (INITIALISM_END.test(lastWord) || (/\.$/u.test(lastWord) && isTitle(lastWord.slice(0, -1)))) && words(above).length >= MIN_SPLIT_WORDS;
    if (brokenMidSentence || (endsOnAbbreviation && /^\p{Lu}/u.test(text) && ENDS_LIKE_SENTENCE.test(text))) {
      fixed[i] = 'continuation';
      // The line a sentence starts on is prose too.
      if (fixed[i - 1] === null) fixed[i - 1] = 'paragraph';
    }
  }
}

/** Fewest numbered titles in a row that make a numbered list of sections (a newsletter's items, a listicle). */
const MIN_NUMBERED_HEADINGS = 3;
/** A numbered title: "1. Student debt …", "2) …", "1 big thing: …". */
const NUMBERED_TITLE = /^(\d{1,2})(?:[.)]\s+|\s+(?=\p{L}))\S/u;

/**
 * Numbered titles that count 1, 2, 3 … (or 2, 3, 4 …, after an unnumbered first part) down the page are
 * sub-headlines: each free line that opens with the next
 * number, is short enough for a title and does not end like a sentence. Fewer than three in a row are left to
 * the line model (a lone "1." is as likely a list item).
 */
function markNumberedHeadings(lines: Line[], fixed: (LineKind | null)[], headline: number): void {
  let run: number[] = [];
  let lastNumber = 0; // the number of the run's last title
  let best: number[] = [];
  for (let i = headline + 1; i < lines.length; i++) {
    if (fixed[i] !== null) continue;
    const { text } = lines[i]!;
    const m = NUMBERED_TITLE.exec(text);
    if (!m || words(text).length > MAX_HEADING_WORDS || /[.;,]["'”’]?$/u.test(text) || !quotesBalanced(text)) continue;
    const n = Number(m[1]);
    // The count may open at 2, when the first part is the story's lead or carries no number.
    if (n === 1 || (n === 2 && run.length === 0)) run = [i];
    else if (run.length > 0 && n === lastNumber + 1) run.push(i);
    else continue;
    lastNumber = n;
    if (run.length > best.length) best = run.slice();
  }
  if (best.length >= MIN_NUMBERED_HEADINGS) for (const i of best) fixed[i] = 'subheading';
}

/** Fewest words of a standfirst, and the share of them that must be function words (it reads as prose). */
const MIN_STANDFIRST_WORDS = 8;
const MIN_STANDFIRST_FUNCTION_SHARE = 0.2;

/**
 * The standfirst (dek): the first free line under the headline, when it reads as prose (enough words, enough
 * function words, no word of page furniture). It is the story's first paragraph, even when a byline follows it.
 */
function markStandfirst(lines: Line[], fixed: (LineKind | null)[], headline: number): void {
  for (let i = headline + 1; i < lines.length; i++) {
    if (fixed[i] !== null) continue;
    const ws = words(lines[i]!.text);
    const functionShare = ws.filter((w) => isFunctionWord(w.replace(/[^\p{L}'’]/gu, ''))).length / ws.length;
    if (ws.length >= MIN_STANDFIRST_WORDS && functionShare >= MIN_STANDFIRST_FUNCTION_SHARE && !ws.some((w) => FURNITURE_WORD.test(w))) fixed[i] = 'paragraph';
    return;
  }
}

/** A word as it opens a sentence: "WHO" and "who" read as "Who". */
const asTitle = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** Longest crosshead, in words, that the rule below recognises (longer ones are left to the line model). */
const MAX_CROSSHEAD_WORDS = 5;
/** Most words of a title right after a photo's caption or credit that the rule below takes for a crosshead. */
const MAX_TITLE_AFTER_PHOTO_WORDS = 12;
/** Most words of a question crosshead. */
const MAX_QUESTION_WORDS = 10;
/** Most words of a quoted claim set as a crosshead. */
const MAX_QUOTED_CLAIM_WORDS = 12;
/** Fewest words of the prose lines around a question crosshead. */
const PROSE_AROUND_QUESTION_WORDS = 8;
/** A paragraph around a crosshead: a finished sentence of at least this many words. */
const PROSE_AROUND_WORDS = 15;

/** A line that addresses its reader: an address to write to, a call to act, or a label ("Note:") before it. */
const ADDRESSES_READER = /[@#]\w|https?:\/\/|www\.|\.com\b|\b(?:click|subscribe|sign up|download|tap)\b|^\p{L}+:\s/iu;

/** Fewest words of a line in which a platform's name is its topic, not a share button's label. */
const MIN_PLATFORM_TOPIC_WORDS = 4;
/**
 * Marks of a label, not a sub-headline: a word of page furniture (unless `furniture` is false) or of a date, or a
 * label's shape (isLabel).
 */
const hasLabelMarks = (text: string, ws: readonly string[], furniture = true) =>
  ws.some((w) => (furniture && FURNITURE_WORD.test(w) && !(ws.length >= MIN_PLATFORM_TOPIC_WORDS && PLATFORM_WORD.test(w))) || DATE_WORD.test(w)) || isLabel(text);

/**
 * A label's shape, whatever its words: parts a separator sets apart ("Profile | Grace Mugabe"), a phrase left open on
 * a lower-case grammar word ("In partnership with"; a question may end on one: "What was it about?"), a count in
 * brackets ("Slideshow ( 15 images )"), or a titled name alone ("Rep. Alexandria Ocasio-Cortez"), as a photo or an
 * embed is labelled.
 */
function isLabel(text: string): boolean {
  const ws = words(text);
  const last = ws.at(-1) ?? '';
  const titledName = ws.length >= 2 && ws.length <= 5 && isTitle(ws[0]!.replace(/\.$/u, '')) && ws.slice(1).every((w) => /^\p{Lu}/u.test(w));
  return (/^\p{Ll}+$/u.test(last) && isFunctionWord(last) && !text.endsWith('?')) || /\s[|•·/]\s/u.test(text) || /\(\s*\d+\s+\p{L}+\s*\)/u.test(text) || titledName;
}

/**
 * A crosshead: a short title-shaped line between two paragraphs of prose (or after a photo's credit and before
 * prose), with no label's marks (hasLabelMarks) and not a titled name ("Rep. Jane Doe"). Teasers and captions
 * between paragraphs are longer or carry such words; the rest is left to the line model.
 */
function markCrossheads(lines: Line[], fixed: (LineKind | null)[], headline: number): void {
  const proseOf = (j: number, least: number) => j >= 0 && (fixed[j] === null || fixed[j] === 'paragraph') && words(lines[j]!.text).length >= least && ENDS_LIKE_SENTENCE.test(lines[j]!.text);
  const prose = (j: number) => proseOf(j, PROSE_AROUND_WORDS);
  // A photo's credit, not an author's byline.
  const photoCredit = (j: number) => fixed[j] === 'credit' && !BYLINE.test(lines[j]!.text);
  let previous = -1;
  for (let i = headline + 1; i < lines.length; i++) {
    if (fixed[i] === 'blank') continue;
    const at = i;
    let next = i + 1;
    while (next < lines.length && fixed[next] === 'blank') next++;
    const { text } = lines[at]!;
    const ws = words(text);
    // An explainer's question ("How is the plague spread?", "So, where do people learn it?"): a short direct question
    // in sentence case opening with its question word (after a lead such as "So," or "And"), whatever names it holds
    // after it ("What tariffs has the United States imposed?"), where a teaser's is in title case; not in an
    // interview, where questions are turns of the talk ("Sputnik: …").
    const turn = (j: number) => j >= 0 && j < lines.length && SPEAKER_TURN.test(lines[j]!.text);
    // In capitals ("WHO IS THE FRONT-RUNNER?", as agencies set them) a question's case says nothing either way.
    const caseOfQuestion = capitalisedShare(ws.slice(1)) < TITLE_CASE_SHARE || inCapitals(text);
    const lead = QUESTION_LEAD.test(ws[0]!) && ws.length >= 4 ? 1 : 0;
    const question = ws.length >= 3 && ws.length - lead <= MAX_QUESTION_WORDS && text.endsWith('?') && QUESTION_OPENER.test(asTitle(ws[lead]!)) && !/["“”«»]/u.test(text) && caseOfQuestion && !turn(previous) && !turn(next);
    // A fact-check's heading quotes the claim it checks, a phrase with no stop of its own ("“… prevent the evacuation
    // of the Syrian civilians from the Rubkan camp”"); a quoted paragraph ends its sentence inside the marks.
    const quotedClaim = /^["“‘«]/u.test(text) && /["”’»]$/u.test(text) && !/[.!?,;:…]["”’»]$/u.test(text) && quotesBalanced(text) && ws.filter((w) => /\p{L}/u.test(w)).length <= MAX_QUOTED_CLAIM_WORDS;
    // After a photo's credit or captioned credit the story resumes: a crosshead there opens the next part ("Photo: … /
    // Plans for the future / As with many …"), and may be a longer title ("… Brooklyn.CreditFred R. Conrad / How to
    // replace century-old utilities: slowly, and carefully"). Not after a byline, where a short line may be a kicker
    // or standfirst.
    const photo = previous >= 0 && (photoCredit(previous) || fixed[previous] === 'caption');
    const afterPhoto = photo && previous > headline + 2;
    // In sentence case: a teaser dropped in after a photo is set in title case ("Conversation Between Putin, Trump
    // Would Be Beneficial").
    const sentenceCase = capitalisedShare(ws.slice(1)) < TITLE_CASE_SHARE;
    const candidate =
      fixed[at] === null &&
      (ws.length <= MAX_CROSSHEAD_WORDS || question || quotedClaim || (afterPhoto && ws.length <= MAX_TITLE_AFTER_PHOTO_WORDS && sentenceCase)) &&
      (isTitleLike(text) || question) &&
      // A question is a sentence: it may hold a word the page's buttons use too ("HOW WILL OBAMA PLAY?", "What more
      // can be done?"), but not a call to act ("Why not subscribe …?").
      !(question ? hasLabelMarks(text, ws, false) || ADDRESSES_READER.test(text) : hasLabelMarks(text, ws)) &&
      !isTitle(ws[0]!.replace(/\.$/u, ''));
    // After a rule of punctuation ("___", "* * *") that parts the story, the next part opens under its heading.
    const afterRule = previous > headline + 2 && fixed[previous] === 'chrome' && SEPARATOR_LINE.test(lines[previous]!.text);
    // A question carries its own mark of a heading, so shorter prose around it will do.
    const around = (j: number) => (question ? proseOf(j, PROSE_AROUND_QUESTION_WORDS) : prose(j));
    // A photo may stand between a crosshead and its section: its credit line alone ("In use / Devindra Hardawar/AOL").
    let below = next;
    if (below < lines.length && photoCredit(below)) {
      below++;
      while (below < lines.length && fixed[below] === 'blank') below++;
    }
    if (candidate && (around(previous) || afterPhoto || afterRule) && below < lines.length && around(below)) fixed[at] = 'subheading';
    previous = at;
  }
}

/** How far (in lines, either way) a pull quote stands from the paragraph it repeats. */
const PULL_QUOTE_REACH = 6;
/** Fewest words of a pull quote: shorter quotes repeat by chance. */
const MIN_PULL_QUOTE_WORDS = 8;
const folded = (text: string) => text.replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * A pull quote: a line that is one quotation only and whose words stand, verbatim, inside a paragraph a few lines
 * away (the designer set the story's own words apart). It is page furniture; the paragraph keeps the words.
 */
function markPullQuotes(lines: Line[], fixed: (LineKind | null)[], headline: number): void {
  for (let i = headline + 1; i < lines.length; i++) {
    const { text } = lines[i]!;
    if (fixed[i] !== null || !/^["“«„]/u.test(text) || !/["”»]$/u.test(text) || words(text).length < MIN_PULL_QUOTE_WORDS) continue;
    const inner = folded(text);
    for (let j = Math.max(headline + 1, i - PULL_QUOTE_REACH); j <= Math.min(lines.length - 1, i + PULL_QUOTE_REACH); j++) {
      if (j === i || (fixed[j] !== null && fixed[j] !== 'paragraph')) continue;
      const other = lines[j]!.text;
      if (other.length > text.length && folded(other).includes(inner)) {
        fixed[i] = 'furniture';
        break;
      }
    }
  }
}

/** A line split from the next mid-sentence has at least this many words (shorter ones are labels or titles). */
const MIN_SPLIT_WORDS = 6;
/** An initialism closing a line: "U.S.", "U.K.". */
const INITIALISM_END = /^(?:\p{Lu}\.){2,}$/u;

/** What the unambiguous rules decide: pattern kinds, label values, the headline, lead captions, repeated headlines. */
export type RuleKinds = { kinds: (LineKind | null)[]; headline: number };

/**
 * The rules' pass: every line a pattern recognises gets its kind, the headline is found, and the free lines left
 * (`null`) are for the line model. Training (`npm run train:structure`) runs exactly this pass too.
 */
export function ruleKinds(lines: Line[]): RuleKinds {
  const fixed = lines.map((l) => kindByPattern(l.text));
  const asClassified = lines.map((l) => ({ ...l, kind: 'paragraph' as LineKind }));
  markEmbedText(asClassified, fixed);
  const nextContent = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (fixed[j] !== 'blank') return j;
    return -1;
  };
  // Label lines ("Topic:", "Tags:") with no inline value take the next content line as their value.
  for (let i = 0; i < lines.length; i++) {
    const label = fixed[i];
    if ((label === 'topic-label' || label === 'tags-label') && /:\s*$/u.test(lines[i]!.text)) {
      const j = nextContent(i);
      if (j >= 0 && fixed[j] === null) fixed[j] = label === 'topic-label' ? 'topic' : 'tags';
    }
  }
  const headline = findHeadline(asClassified, fixed);
  if (headline < 0) return { kinds: fixed, headline };
  markPullQuotes(lines, fixed, headline);
  markContinuations(lines, fixed, headline);
  markNumberedHeadings(lines, fixed, headline);
  markCrossheads(lines, fixed, headline);
  fixed[headline] = 'headline';
  const headlineText = lines[headline]!.text;
  // Free lines above the headline are the lead photo's caption.
  for (let i = 0; i < headline; i++) if (fixed[i] === null) fixed[i] = 'caption';
  // A paragraph that opens with a dateline ("MOSCOW (Sputnik) —") is the story's own text.
  for (let i = headline + 1; i < lines.length; i++) if (fixed[i] === null && DATELINE.test(lines[i]!.text)) fixed[i] = 'paragraph';
  // A photo caption sits right above its credit, with no blank line between them.
  // (An author's byline is a credit too, but what stands above it is the standfirst, not a caption.)
  for (let i = headline + 1; i + 1 < lines.length; i++) {
    if (fixed[i] === null && fixed[i + 1] === 'credit' && !BYLINE.test(lines[i + 1]!.text)) fixed[i] = 'caption';
  }
  // Pages repeat the headline, sometimes run together with the standfirst.
  for (let i = headline + 1; i < lines.length; i++) {
    const { text } = lines[i]!;
    if (fixed[i] === null && (text === headlineText || text.startsWith(`${headlineText} `))) fixed[i] = 'repeated-headline';
  }
  markStandfirst(lines, fixed, headline);
  return { kinds: fixed, headline };
}

/** Longest sub-headline, in words. */
const MAX_HEADING_WORDS = 20;

/** What no sub-headline is: a line that leaves a quotation open, one longer than any heading, or a label. */
const canBeHeading = (text: string) => quotesBalanced(text) && words(text).length <= MAX_HEADING_WORDS && !isLabel(text);

/**
 * One sentence closed by a full stop ("This is a top-down economy, not a “shared” one."): a paragraph of one
 * sentence, never a sub-headline; a heading that ends on a stop is two short ones ("Long gone? Not so fast.").
 */
const isOneStoppedSentence = (text: string) => /\.["'”’»)]*$/u.test(text) && !/[.!?]["'”’»)]*\s+["'“‘«(]?\p{Lu}/u.test(text.replace(/\.["'”’»)]*$/u, ''));

/** The kind a line the model calls furniture is shown as: a photo caption, a related-story title, or left out. */
function furnitureKind(lines: Line[], kinds: readonly (LineKind | null)[], i: number): LineKind {
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (kinds[j] !== 'blank') return kinds[j];
    return undefined;
  };
  const { text } = lines[i]!;
  if (near(1) === 'credit') return 'caption';
  // A related story's title reads as a phrase ("Doctors offer to give …"); names joined by "and" are a byline.
  const grammar = words(text).filter((w) => isFunctionWord(w) && !/^(?:and|&)$/iu.test(w)).length;
  if (isTitleLike(text) && words(text).length >= 4 && grammar > 0) return 'teaser';
  return 'furniture';
}

/** The indices of the lines after the headline that are not blank, in order: what the second passes walk. */
function contentAfter(kinds: readonly (LineKind | null)[], headline: number): number[] {
  const content: number[] = [];
  for (let i = headline + 1; i < kinds.length; i++) if (kinds[i] !== 'blank') content.push(i);
  return content;
}

/** Fewest words of a line of running prose that the context can take back from the model's furniture. */
const MIN_AMID_BODY_WORDS = 15;
/**
 * Fewest words of a shorter sentence taken back the same way, when it is not shaped like a title: one-sentence
 * paragraphs ("More than 850 others suffered other injuries in the attack.") are common in news, and a teaser or
 * box title between two paragraphs is title-like.
 */
const MIN_AMID_BODY_SENTENCE_WORDS = 5;
/** Share of grammar words that running prose has and a list of names or a headline run together does not. */
const MIN_AMID_BODY_FUNCTION_SHARE = 0.1;

/**
 * jusText's second pass: a line of running prose (a long line, or a sentence not shaped like a title) that the model
 * took for furniture, with story text on both sides
 * (a paragraph or a sub-headline above and below), is the story's own text; so is a long one after furniture that
 * opens a run of paragraphs. Losing a paragraph costs more than keeping a teaser, and teasers come in runs, away from
 * the body, not one at a time between its paragraphs.
 */
export function keepProseAmidBody(lines: Line[], ruled: readonly (LineKind | null)[], kinds: (LineKind | null)[], headline: number): void {
  const story = (k: LineKind | null | undefined) => k === 'paragraph' || k === 'subheading';
  const content = contentAfter(kinds, headline);
  let lastStory = -1;
  content.forEach((i, k) => {
    if (story(kinds[i])) lastStory = k;
  });
  content.forEach((i, k) => {
    if (ruled[i] !== null || story(kinds[i])) return;
    const above = k > 0 ? kinds[content[k - 1]!] : kinds[headline];
    const below = k + 1 < content.length ? kinds[content[k + 1]!] : undefined;
    const { text } = lines[i]!;
    // Words with letters: a sports score or a figure is neither grammar nor a name.
    const ws = words(text).filter((w) => /\p{L}/u.test(w));
    const long = ws.length >= MIN_AMID_BODY_WORDS;
    // Where furniture stands above, a long line opens the story when two paragraphs follow it and it speaks to no
    // reader's hand (no address to write to, no "click" or "subscribe", no "Note:" label): the first paragraph after
    // a page's menus and players ("A photographer and Navy veteran is fighting back after …").
    const opensBody = long && story(k + 2 < content.length ? kinds[content[k + 2]!] : undefined) && !ADDRESSES_READER.test(text);
    // What a sub-headline heads is body: a long line right under the story's last one, with no story text after it,
    // is that section's paragraph (elsewhere a line under a heading may be a chart's or a photo's caption).
    const headed = long && above === 'subheading' && k > lastStory && !ADDRESSES_READER.test(text);
    if (!headed && (!story(below) || !(story(above) || opensBody))) return;
    const sentence = long || (ws.length >= MIN_AMID_BODY_SENTENCE_WORDS && !isTitleLike(text));
    // A long line needs its share of grammar words; a short sentence one at least ("… told CNN he had no comment.").
    const grammar = ws.filter((w) => isFunctionWord(w.toLowerCase())).length;
    // A long line may end with the colon that introduces a quotation ("…, Josep Borrell, High Representative …, said:").
    const ends = long ? /[.!?:]["'”’)]*$/u : /[.!?]["'”’)]*$/u;
    const prose = sentence && ends.test(text) && grammar >= (long ? ws.length * MIN_AMID_BODY_FUNCTION_SHARE : 1);
    if (prose) kinds[i] = 'paragraph';
  });
}

/** Most words of a sub-headline in capitals ("KAZAKHSTAN WINS AGAIN"). */
const MAX_CAPITALS_HEADING_WORDS = 6;
/** Sub-headlines in capitals a story needs before its style vouches for another. */
const MIN_CAPITALS_HEADINGS = 2;

const inCapitals = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/**
 * A story keeps one style for its sub-headlines: when two or more of them are set in capitals, another short line
 * in capitals with no label's marks, followed by a sentence, is one too ("AUSTRALIA AHEAD" before the story's last
 * paragraph, which the model took for a byline).
 */
export function keepHeadingsOfTheStorysStyle(lines: Line[], ruled: readonly (LineKind | null)[], kinds: (LineKind | null)[], headline: number): void {
  const content = contentAfter(kinds, headline);
  const capitalsHeadings = content.filter((i) => kinds[i] === 'subheading' && inCapitals(lines[i]!.text)).length;
  if (capitalsHeadings < MIN_CAPITALS_HEADINGS) return;
  content.forEach((i, k) => {
    if (ruled[i] !== null || kinds[i] === 'subheading') return;
    const { text } = lines[i]!;
    const ws = words(text);
    const next = content[k + 1];
    if (ws.length > MAX_CAPITALS_HEADING_WORDS || !inCapitals(text) || ENDS_LIKE_SENTENCE.test(text) || /[:;,]$/u.test(text) || !canBeHeading(text) || hasLabelMarks(text, ws)) return;
    if (next === undefined || inCapitals(lines[next]!.text) || !ENDS_LIKE_SENTENCE.test(lines[next]!.text)) return;
    kinds[i] = 'subheading';
  });
}

/** Fewest words of the paragraphs on both sides of a sub-headline the cohesion pass takes back. */
const COHESION_PROSE_WORDS = 15;
/** How many lines after a heading it is read against: the start of the section it opens. */
const COHESION_REACH = 3;
/** Share of the heading's content words the start of its section repeats, and the share the whole story does. */
const MIN_SECTION_COHESION = 0.5;
const MIN_STORY_COHESION = 0.6;
/** Fewest content words a line needs before its cohesion says anything. */
const MIN_COHESION_WORDS = 2;
/** Letters of a word's stem: "suspicious" and "suspicion", "investigating" and "investigation" share theirs. */
const STEM_LETTERS = 5;

/** A line's content words, each cut to its stem: no grammar words, nothing shorter than four letters. */
const contentStems = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !isFunctionWord(w))
    .map((w) => w.slice(0, STEM_LETTERS));

/** Stems, and the openings of those as long as the shortest word read (a four-letter "swap" is in "swapped"). */
type StemSet = { stems: Set<string>; openings: Set<string> };
const stemSet = (stems: string[]): StemSet => ({ stems: new Set(stems), openings: new Set(stems.map((w) => w.slice(0, STEM_LETTERS - 1))) });

/** What may stand right above a sub-headline where the story resumes after its furniture. */
const FURNITURE_ABOVE: ReadonlySet<LineKind> = new Set<LineKind>(['teaser', 'furniture', 'caption', 'credit']);
/** Fewest words of such a sub-headline: two capitalised words alone are as likely a name or a tag ("South Korea"). */
const MIN_RESUMING_HEADING_WORDS = 3;

/**
 * Lexical cohesion, as in TextTiling: a title-shaped line the model took for a teaser or furniture, between two
 * paragraphs of running prose, is a sub-headline when the section it would open repeats its words and the story as
 * a whole does too ("Haig says he saw nothing suspicious" / "…, Haig … said he sold …"). A related story's title
 * between two paragraphs names another story's matter; a sub-headline names what follows it.
 */
export function keepCoherentHeadings(lines: Line[], ruled: readonly (LineKind | null)[], kinds: (LineKind | null)[], headline: number): void {
  const content = contentAfter(kinds, headline);
  const body = (i: number | undefined) => i !== undefined && (kinds[i] === 'paragraph' || kinds[i] === 'continuation');
  // Running prose on one side of line k: the body lines next to it, read as one run, since a layout of one sentence
  // per line breaks a paragraph into short lines ("… he told KNXV." / heading / "Haig said …"). The line touching
  // the heading ends like a sentence, and below it starts a paragraph.
  const prose = (k: number, step: -1 | 1) => {
    const near = content[k + step];
    if (!body(near) || !ENDS_LIKE_SENTENCE.test(lines[near!]!.text) || (step > 0 && kinds[near!] !== 'paragraph')) return false;
    let count = 0;
    for (let j = k + step; j >= 0 && j < content.length && body(content[j]) && count < COHESION_PROSE_WORDS; j += step) count += words(lines[content[j]!]!.text).length;
    return count >= COHESION_PROSE_WORDS;
  };
  // Where a photo, its credit or a teaser box stands above, the story resumes under a sub-headline in sentence case
  // ("Epstein removed from suicide watch" under a photo's credit): after the story's first paragraph, a phrase of a
  // few words whose words after the first are mostly in lower case, where a teaser's title is in title case.
  const firstBody = content.findIndex((i) => kinds[i] === 'paragraph');
  const resumesAfterFurniture = (k: number) => {
    const above = content[k - 1];
    // Not under a pull quote, whose attribution line ("A GOP operative in the state") is furniture of its own.
    if (above === undefined || firstBody < 0 || firstBody >= k || !FURNITURE_ABOVE.has(kinds[above] ?? 'paragraph') || /^["“‘«]/u.test(lines[above]!.text)) return false;
    const ws = words(lines[content[k]!]!.text);
    return ws.length >= MIN_RESUMING_HEADING_WORDS && capitalisedShare(ws.slice(1)) < TITLE_CASE_SHARE;
  };
  let story: StemSet | null = null;
  content.forEach((i, k) => {
    if (ruled[i] !== null || (kinds[i] !== 'teaser' && kinds[i] !== 'furniture')) return;
    const { text } = lines[i]!;
    const ws = words(text);
    if (!isTitleLike(text) || !canBeHeading(text) || hasLabelMarks(text, ws)) return;
    if (!prose(k, 1) || !(prose(k, -1) || resumesAfterFurniture(k))) return;
    const own = contentStems(text);
    if (own.length < MIN_COHESION_WORDS) return;
    const section = stemSet(content.slice(k + 1, k + 1 + COHESION_REACH).flatMap((j) => contentStems(lines[j]!.text)));
    // The story's words, read once per article and only when a line gets this far.
    story ??= stemSet(content.filter((j) => kinds[j] === 'paragraph').flatMap((j) => contentStems(lines[j]!.text)));
    const share = (within: StemSet) => own.filter((w) => within.stems.has(w) || (w.length < STEM_LETTERS && within.openings.has(w))).length / own.length;
    if (share(section) >= MIN_SECTION_COHESION && share(story) >= MIN_STORY_COHESION) kinds[i] = 'subheading';
  });
}

/** Classifies every line of an article; blank lines keep the kind 'blank' so grouping can see paragraph breaks. */
export function classifyLines(input: Line[], lineModel?: BoostedTrees): ClassifiedLine[] {
  return classifyLinesKnowing(input, [], lineModel);
}

/**
 * Classifies lines of which some kinds are already known (`known[i]`, null where not), as the HTML route knows them
 * from the tags: the rules and the line model decide only the others, and see the known kinds as their neighbours.
 */
export function classifyLinesKnowing(input: Line[], known: readonly (LineKind | null)[], lineModel?: BoostedTrees): ClassifiedLine[] {
  const { kinds: found, headline } = ruleKinds(input);
  const ruled = found.map((kind, i) => known[i] ?? kind);
  if (headline < 0) return input.map((l, i) => ({ ...l, kind: ruled[i] ?? 'paragraph' }));
  const model = classifyFreeLines(input, ruled, lineModel);
  const kinds = ruled.slice();
  for (let i = headline + 1; i < input.length; i++) {
    if (kinds[i] !== null) continue;
    const label = model[i];
    const heading = label === 'heading' && canBeHeading(input[i]!.text) && !isOneStoppedSentence(input[i]!.text);
    // A heading the stage turns down for a label's shape is furniture; one too long or left open reads as prose.
    const furniture = label === 'furniture' || (label === 'heading' && !heading && isLabel(input[i]!.text));
    kinds[i] = heading ? 'subheading' : furniture ? furnitureKind(input, ruled, i) : 'paragraph';
  }
  keepHeadingsOfTheStorysStyle(input, ruled, kinds, headline);
  keepProseAmidBody(input, ruled, kinds, headline);
  keepCoherentHeadings(input, ruled, kinds, headline);
  // A story has a body: when the model finds none (a text too short to show its shape), every free line that reads
  // as a sentence is taken as body.
  if (!kinds.includes('paragraph')) {
    for (let i = headline + 1; i < input.length; i++) {
      if (ruled[i] === null && ENDS_LIKE_SENTENCE.test(input[i]!.text)) kinds[i] = 'paragraph';
    }
  }
  // A sub-headline heads something: one with no content after it is a paragraph.
  let contentAfter = false;
  for (let i = input.length - 1; i > headline; i--) {
    if (kinds[i] === 'subheading' && !contentAfter) kinds[i] = 'paragraph';
    if (kinds[i] === 'paragraph') contentAfter = true;
  }
  return input.map((l, i) => ({ ...l, kind: kinds[i] ?? 'paragraph' }));
}

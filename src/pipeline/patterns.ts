/**
 * Every pattern the structure stages recognise, in one place (cf. Readability's REGEXPS): what site
 * furniture looks like across outlets. General shapes only; nothing here names an article's content.
 */

/**
 * Characters that show nothing: white space, control characters, and the default-ignorable format characters
 * (zero-width spaces and joiners U+200B–U+200D, the word joiner U+2060, U+FEFF, soft hyphens, bidirectional marks,
 * variation selectors, Hangul fillers). A line of nothing else is blank.
 */
export const INVISIBLE_ONLY = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]*$/u;

/** A letter or digit that shows (a Hangul filler is a letter to Unicode, but blank). */
export const VISIBLE_LETTER_OR_DIGIT = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}]/u;

/**
 * Longest run of characters without a space that is still read as text (a long link is; no word comes close). A
 * longer one is data, not text: an inlined image, a hash, a key held down.
 */
export const MAX_UNBROKEN_CHARS = 500;

/** Characters (code points, not UTF-16 units) in a text. */
export function characterCount(text: string): number {
  let pairs = 0; // a high surrogate followed by a low one is one character
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}

/** A line that is one run of more than MAX_UNBROKEN_CHARS characters without a space. */
export const isUnbroken = (text: string) => text.length > MAX_UNBROKEN_CHARS && !/\s/u.test(text) && characterCount(text) > MAX_UNBROKEN_CHARS;

/** "date 2019-06-06 Register", "Published: 2020-05-14", "2019-06-06". */
export const DATE_LINE = /^(?:(?:date|published|updated|posted)\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:]+Z?)?(?:\s+\p{L}+)?$/iu;

/**
 * A picture's maker named after a capitalised source at the line's start, in a caption run on after it: "U.S. Air
 * Force photo by Staff Sgt. Corey Hook An F-16 …" (case-sensitive: the source is capitalised; not "A photo by …").
 */
export const SOURCE_PHOTO_BY = /^(?!(?:A|An|The|This|That)\s)(?:\p{Lu}[\p{L}.]*\s){1,4}(?:[Pp]hoto|[Ii]mage|[Vv]ideo|[Ii]llustration)\s+by\s+\p{Lu}/u;

/** Photo and author credits: "By Jane Doe, science writer …", "© Sputnik / Ramil Sitdikov", "(c) AFP", "Photo: Reuters", "Photograph by Jane Doe", NPR's "Enlarge this image toggle caption ...". */
export const CREDIT_LINE = /^(?:©|\(c\)\s|copyright\s|photo(?:graph)?s?\s*(?:credit)?\s*:|image\s*(?:credit|source)\s*:|(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video)\s+(?:by|courtesy(?: of)?)\s+\S|enlarge this image\b|toggle caption\b|hide caption\b)/iu;

/**
 * A photo's credit alone on its line, the photographer's two or three names and a one-word agency joined by a slash:
 * "Devindra Hardawar/AOL", "Jane Doe/Reuters". Longer or spaced forms are left to the line model: a caption's own words
 * take those shapes too.
 */
export const NAME_SLASH_CREDIT = /^(?:\p{Lu}[\p{L}'’.-]+\s){1,2}\p{Lu}[\p{L}'’.-]+\/\p{Lu}[\p{L}.&]*$/u;

/**
 * A caption run into its credit by the page ("… in Bushwick, Brooklyn.CreditFred R. Conrad/The New York Times",
 * "CreditCreditJeon Heon-Kyun/EPA"), or ending on "Credit" and a slashed credit ("… South Sudan. Credit Ashraf
 * Shazly/Agence France-Presse — Getty Images").
 */
export const CAPTION_GLUED_CREDIT = /(?:^|[.!?"”’)])Credit(?:Credit)?\p{Lu}|[.!?"”’)]\sCredit:?\s(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*\s?\/\s?\p{Lu}[^/]{1,60}$/u;

/** Links to other stories: "READ MORE: ...", "Also on rt.com ...", "RELATED: ...", "SEE ALSO: ...". */
export const RELATED_LINE = /^(?:read more|read also|see also|related(?: stories| story| articles?)?|more on this|also read|watch)\s*[:：]|^also on [a-z0-9.-]+\.[a-z]{2,}\b/iu;

/** A label on its own line whose value follows on the next line, or inline after the colon. */
export const TOPIC_LABEL = /^topics?\s*:\s*(.*)$/iu;
export const TAGS_LABEL = /^(?:tags|keywords)\s*:\s*(.*)$/iu;

/**
 * A trailing article count that some sites print after a topic name: "Political Crisis in Venezuela (530)". Without
 * the spaces before it (trim them after): a leading \s* made every start in a long run of spaces rescan the run.
 */
export const TRAILING_COUNT = /\(\d+\)\s*$/u;

/** What may follow a counter's number: a unit ("1.2k") and a label ("12 comments"). */
const COUNTER_UNIT = /[kKmM]/uy;
const COUNTER_LABEL = /shares?|comments?|views?|likes?/uy;
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * Share and comment counters: lines of bare numbers ("0 0 0", "12 comments", "1.2k shares 3 likes"), each a digit,
 * more digits, commas and stops, then perhaps a unit and a label. Read left to right in one pass: as the regular
 * expression /^(?:\d[\d,.]*\s*[kKmM]?\s*(?:shares?|…)?\s*)+$/ it could split a run of digits into numbers in
 * every possible way, and a 30-digit number followed by a word took seconds (40 digits: forever).
 */
export function isCounterLine(text: string): boolean {
  let i = 0;
  const skipSpaces = (from: number) => {
    let j = from;
    while (isSpace(text[j])) j++;
    return j;
  };
  const take = (pattern: RegExp, from: number) => {
    pattern.lastIndex = from;
    return pattern.test(text) ? pattern.lastIndex : from;
  };
  do {
    if (!/\d/u.test(text[i] ?? '')) return false;
    i++;
    while (i < text.length && /[\d,.]/u.test(text[i]!)) i++;
    // A unit or a label that is there must be taken: nothing else can read its letter.
    const unit = take(COUNTER_UNIT, skipSpaces(i));
    if (unit > skipSpaces(i)) i = unit;
    const label = take(COUNTER_LABEL, skipSpaces(i));
    if (label > skipSpaces(i)) i = label;
    i = skipSpaces(i);
  } while (i < text.length);
  return true;
}

/** A line that is only a rule of punctuation: "___", "* * *", "———" (one of CHROME_LINE's forms). */
export const SEPARATOR_LINE = /^[\p{P}\p{S}\s]{3,}$/u;

/**
 * Sharing prompts, separators ("———") and other site chrome that ends a scraped page, and the label of a box of
 * links alone on its line ("Read more", "Related coverage", "Most read", "Don't miss", "You may also like").
 */
export const CHROME_LINE = /^(?:(?:read more|read also|see also|also read|related(?: coverage| content| stories| story| articles?| links| videos?)?|more on this(?: story| topic)?|most (?:read|popular|viewed|shared)|recommended(?: for you| reading| stories)?|don[’']t miss|you (?:may|might) also like|editor[’']s picks?|continue reading(?: the (?:main )?(?:story|article))?(?: below)?|powered by \S+)\s*[:：]?$|[\p{P}\p{S}\s]{3,}$|.{0,60}\bshare (?:this story|it with a friend)!?$|(?:sponsored|advertisement|promoted|like|follow|podcast|subscribe|share|trending|listen|newsletter)$|(?:if you )?like this story\??[,.]? share it with a friend!?|share (?:this|on)\b.{0,40}$|follow us on\b.{0,60}$|subscribe to\b.{0,60}$|click here to\b.{0,80}$|sign up for\b.{0,80}$|advertisement$|(?:print|email|share|tweet|facebook|twitter|whatsapp|comments?)(?:\s*[|·•]\s*\w+)*$)/iu;

/**
 * Outlet disclaimers and editorial footnotes: "The views and opinions expressed ...", "*Daesh ... is a terrorist group
 * ...", and editors' notes on a correction ("Correction added Nov. 18, 2019: …", "An earlier version of this story
 * …", "This version corrects …").
 */
export const FOOTER_LINE = /^(?:(?:correction|clarification)s?(?: (?:added|appended|made))?(?: on)?\b[^:]{0,30}:\s|an earlier version of this (?:article|story|report|piece)\b|this version (?:of (?:this|the) (?:article|story) )?(?:corrects|has been|was)\b|the views (?:and opinions )?expressed\b|\*\s*\p{Lu}|this (?:article|story|report) (?:was|has been|is) (?:originally |first )?(?:published|updated|corrected|produced)\b|this (?:(?:article|story|report|piece|column) )?(?:also |originally |first )?appear(?:s|ed) (?:in|on)\b|(?:additional )?reporting by\b|editing by\b|writing by\b|\(reporting by\b|copyright \d{4}\b|all rights reserved\b|(?:\p{Lu}[\p{L}'’-]+ ){1,3}reported from\b.{0,160}$|.{0,200}\bcontributed(?: to this (?:report|story))?\.$)/iu;

/** A dateline opening a paragraph: "MOSCOW (Sputnik) —", "ISLAMABAD (Reuters) -", "MOSCOW, (Sputnik) -". Group 1 is the outlet. */
export const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},?\s*(?:\p{Lu}[\p{L}.]*,?\s*)?\(([^()]{2,40})\)\s*[-—–]/u;

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
export const ENDS_LIKE_SENTENCE = /[.!?…:;,]["'”’»)\]]*$/u;

/**
 * Photo captions by how they open: "In this photo taken Monday, …", "FILE PHOTO: …", and a picture that a sentence
 * says what it shows ("This graphic, provided by Statista, shows …", "This March 28, 2017, file photo … shows …").
 */
export const CAPTION_OPENING = /^(?:in this (?:\p{L}+ )?(?:photo|image|picture|handout)\b|(?:map|chart|graphic|infographic|graph)\s*:\s+\S|file photo\b|this\s(?:[\p{L}\p{N}, ]{0,40}\s)?(?:photo|photograph|image|picture|graphic|map|chart|screenshot|handout)\b[^.]{0,120}?\bshows\b)/iu;

/**
 * Photo captions that end in their own credit (case-sensitive: names are capitalised): "… Moscow, Russia.
 * Alexander Zemlianichenko/AP", "… May 18, 2020. REUTERS/Akhtar Soomro", "… (AP Photo/Berthier Mugiraneza)",
 * "Huge crowds saw the show (Yui Mok/PA)", "… general election. (Thomas Coex/AFP/Getty Images)", and a caption with no
 * stop of its own before the credit: "The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters".
 */
export const CAPTION_CREDIT_TAIL = /\((?:\p{Lu}+ )?[Pp]hoto\s?\/[^()]+\)(?:\s[\p{L} ]{0,40})?$|\s\((?:\p{Lu}[\p{L}'’.-]+\s){1,3}?\p{Lu}[\p{L}'’.-]+(?:\s?\/\s?\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2}){1,3}\)$|[.!?]\s(?:\p{Lu}[\p{L}'’.-]+\s){1,3}?\p{Lu}[\p{L}'’.-]+\s?\/\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}$|[.!?]\s\p{Lu}{2,}(?: \p{Lu}{2,})?\s?\/\s?\p{Lu}[\p{L}'’. -]{2,40}$|^[^.!?/:]{10,140}\s(?:\p{Lu}[\p{L}'’.-]+\s){1,2}\p{Lu}[\p{L}'’.-]+\/\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2}$/u;

/** An author byline (case-sensitive): "By Peter Andrews, science journalist …", "By Jane Doe", and one that runs on
 * into its date: "By Jane Doe - 11/18/19 11:04 PM", "By Jane Doe 8 January 2020, 3:51 pm". */
export const BYLINE =
  /^By \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s*(?:,|\||$|[-–—]\s*\d|(?<=\s)(?=\d{1,2}\/\d{1,2}\/\d\d|\d{1,2} \p{Lu}\p{Ll}+,? (?:19|20)\d\d|\p{Lu}\p{Ll}+\.? \d{1,2},? (?:19|20)\d\d))/u;

/** Inline links to other stories glued to a kicker: "COVID-19:Health Secretary slams …" (no space after the colon). */
export const KICKER_TEASER = /^[\p{L}\p{N}' -]{2,30}:\p{Lu}/u;

/** The signature that ends an embedded social post: "… pic.twitter.com/x — Name (@handle) May 23, 2020". */
export const EMBED_SIGNATURE = /(?:—|–|-)\s*[^—–]{1,80}\(@\w{1,30}\)\s*\p{L}{3,9}\.? \d{1,2}, \d{4}\s*$|pic\.twitter\.com\/\w+\s*(?:(?:—|–)\s*[^—–]{1,80})?$/u;

/** What the text of a social post looks like: handles, hashtags, short links, emoji. */
export const EMBED_FEATURES = /(?:^|\s)[@#]\w|https?:\/\/|\p{Extended_Pictographic}/u;

/** Social platforms, whose names label share buttons. */
const PLATFORMS = 'facebook|twitter|instagram|whatsapp|linkedin|youtube|reddit|pinterest|flipboard|messenger';
/** A whole word of a pattern below (letters only, any punctuation around it): `wordOf("a|b")` matches "(a", "b:". */
const wordOf = (alternatives: string) => new RegExp(`^[^\\p{L}]*(?:${alternatives})[^\\p{L}]*$`, 'iu');

/**
 * Words of page furniture in any outlet: photo and video credits, sharing and sign-up prompts, navigation, legal
 * footers, author boxes. A feature of the line model (their share of a line's words), never a rule on its own.
 */
export const FURNITURE_WORD = wordOf(`photo(?:graph|s)?|image|images|illustration|credit|credits|video|videos|gallery|caption|watch|share|shares|shared|tweet|email|print|comments?|subscribe|subscription|newsletter|sign|signup|login|click|tap|read|more|related|coverage|recommended|popular|trending|advertisement|advertising|sponsored|follow|copyright|rights|reserved|privacy|terms|cookies?|policy|updated|published|posted|ago|min|mins|staff|reporter|correspondent|contributor|editor|writer|author|bio|download|app|podcast|listen|playlist|replay|${PLATFORMS}|close|menu|next|previous|prev|expand|collapse|skip|search|back|home|loading|play|pause|mute|fullscreen|slideshow`);

/** The platforms among FURNITURE_WORD: a share button's label alone, but a story's subject in a longer line ("Information from other Facebook users"). */
export const PLATFORM_WORD = wordOf(PLATFORMS);

/** Words that make a line read as a date or time stamp: month and weekday names, years, clock times, "ago". */
export const DATE_WORD = /^[^\p{L}\p{N}]*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|(?:19|20)\d\d|\d{1,2}:\d\d(?:[ap]\.?m\.?)?|[ap]\.m\.?|ago|gmt|utc|[ecmp][sd]t|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,4}[-/]\d{1,2}[-/]\d{1,4})[^\p{L}\p{N}]*$/iu;

/** A numbered item opening a line: "1.", "2)", "3 big things", "No. 4". */
export const NUMBERED_ITEM = /^(?:\d{1,2}[.)]\s|\d{1,2}\s\p{Ll}|no\.\s?\d)/iu;

/** Words that open a direct question: an explainer's crossheads ("How is it spread?", "Is it safe?"). */
export const QUESTION_OPENER = /^(?:How|Why|What|When|Where|Who|Which|(?:Is|Are|Was|Were|Can|Could|Will|Would|Should|Do|Does|Did|Has|Have)(?:n['’]t)?|Won['’]t|Can['’]t)$/u;
/** Words a question may open with before its question word, as speech does: "So, where do people learn …?", "And why …?". */
export const QUESTION_LEAD = /^(?:so|and|but|now|then|well|yet|also|plus|okay|ok),?$/iu;
/** A line opening with a speaker's label, as interviews are written: "Sputnik: …", "John McEvoy: …", "Q: …". */
export const SPEAKER_TURN = /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s\p{Lu}[\p{L}.'’-]*){0,3}:\s/u;

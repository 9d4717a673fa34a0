/** Speech verbs: every form of the verbs that report speech ("said", "tweeted", "pointed out"), and which may invert. */

/** Regular speech verbs as lemmas; their -s, -ed and -ing forms are derived below. */
const REGULAR_SPEECH_VERBS = [
  'add', 'state', 'continue', 'note', 'warn', 'declare', 'claim', 'tweet', 'indicate', 'explain', 'insist',
  'argue', 'stress', 'underscore', 'underline', 'emphasize', 'emphasise', 'recall', 'reply', 'respond', 'answer',
  'ask', 'suggest', 'announce', 'report', 'comment', 'remark', 'acknowledge', 'confirm', 'deny', 'reject', 'urge',
  'call', 'describe', 'predict', 'threaten', 'conclude', 'observe', 'assert', 'maintain', 'reiterate', 'repeat',
  'testify', 'quote', 'post', 'exclaim', 'shout', 'complain', 'concede', 'contend', 'caution', 'promise', 'vow',
  'pledge', 'lament', 'blast', 'criticise', 'criticize', 'accuse', 'praise', 'proclaim', 'agree', 'recount',
  'joke', 'mention', 'boast', 'counter', 'retort', 'hint', 'reveal', 'disclose', 'clarify', 'elaborate', 'allege',
  'assure', 'advise', 'demand', 'appeal', 'charge', 'welcome', 'whisper',
  'cry', 'cite', 'muse', 'think', 'believe', 'moan', 'groan', 'grumble', 'gush', 'rave', 'rant', 'sneer', 'tease',
  'snap', 'bark', 'fume', 'seethe', 'thunder', 'lash', 'crow', 'toot', 'trumpet', 'chide', 'opine', 'gloat', 'beg',
  'plead', 'marvel', 'wonder', 'interject', 'interrupt', 'exclaim', 'scream', 'yell', 'mutter', 'murmur', 'stammer',
  'question', 'dismiss', 'sigh', 'scoff', 'affirm', 'highlight', 'specify', 'summarize', 'summarise', 'tout', 'recommend',
];

/** Verbs whose past forms are not lemma + ed, and doubled-consonant stems. */
const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
  cry: ['cry', 'cries', 'cried', 'crying'],
};

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR_FORMS[lemma];
  if (irregular) return irregular;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(?:s|sh|ch|x)$/u.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

/** Every speech verb's bare form ("say", "think"). */
const SPEECH_VERB_LEMMAS: ReadonlySet<string> = new Set([...REGULAR_SPEECH_VERBS, ...Object.keys(IRREGULAR_FORMS)]);
/** Whether a word is a speech verb's bare form ("think", "say"), which a singular name before it would not take. */
export const isSpeechVerbLemma = (lower: string) => SPEECH_VERB_LEMMAS.has(lower);

/** Every inflected form of every speech verb. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([...SPEECH_VERB_LEMMAS].flatMap(inflect));

/**
 * Speech verbs whose next noun is their object, not an inverted subject: "…, told Reuters", "…, urged the
 * government", "…, praised the decision".
 */
const OBJECT_TAKING_VERBS = new Set([
  'tell', 'ask', 'urge', 'call', 'accuse', 'praise', 'blast', 'criticise', 'criticize', 'quote', 'cite', 'describe',
  'welcome', 'dismiss', 'reject', 'deny', 'question', 'advise', 'assure', 'threaten', 'charge', 'slam', 'interrupt',
  'chide', 'beg', 'lash', 'tease', 'reveal', 'disclose', 'highlight', 'recommend', 'tout', 'mention', 'promise',
  'pledge', 'vow', 'demand', 'predict', 'announce', 'confirm', 'acknowledge', 'answer', 'repeat', 'reiterate',
  'underscore', 'underline', 'speak', 'post', 'suggest', 'think', 'believe', 'wonder', 'indicate',
]);

/**
 * Verbs that may come before their subject at the end of a clause: "…, said Rushdi.", "…, argues Ambassador Jane
 * Roe." — the -s and past forms of every speech verb that does not take an object there.
 */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(
  [...SPEECH_VERB_LEMMAS]
    .filter((lemma) => !OBJECT_TAKING_VERBS.has(lemma))
    .flatMap((lemma) => inflect(lemma).filter((form) => form !== lemma && !form.endsWith('ing') && !(lemma === 'write' && form === 'written'))),
);

/** Speech verbs made of two words; matched before the single-word forms. */
export const PHRASAL_SPEECH_VERBS = /\b(?:point(?:s|ed|ing)? out|went on|goes on|go on|according to|in the words of)\b/giu;

/** Phrases that put the speaker after them: "according to X", "in the words of X". */
export const SPEAKER_FOLLOWS = /^(?:according to|in the words of)$/iu;

/** Verbs that lead another verb with "to" ("continue to take action"): not a report of speech. */
export const NOT_SPEECH_BEFORE_TO = new Set(['continue', 'continues', 'continued', 'continuing', 'promise', 'promised', 'promises', 'vow', 'vows', 'vowed', 'pledge', 'pledged', 'threaten', 'threatens', 'threatened', 'agree', 'agrees', 'agreed', 'refused', 'point', 'pointed']);

/**
 * The speech verbs that introduce a name of unknown words right after it ("Jean Baptiste Bakunzi said"): the
 * commonest past and present forms only, a subset of SPEECH_VERB_FORMS: with every form, a capitalised phrase before
 * a gerund or a report verb ("… the Withdrawal Agreement, stating that …") would read as a person.
 */
const NAME_INTRODUCING_SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'explained', 'wrote', 'writes', 'noted', 'argued', 'warned', 'insisted', 'claimed', 'replied', 'asked', 'tweeted']);
/** Whether a word, right after an unknown name, shows the name is a person's ("said", "told"). */
export const isNameIntroducingSpeechVerb = (word: string) => NAME_INTRODUCING_SPEECH_VERBS.has(word);

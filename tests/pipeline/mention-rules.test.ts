// The entity rules one by one: for each named rule, a tiny text where that rule, and no rule before it, decides at one
// word, and the whole decision it makes there (mentions with their offsets, loose words, where the walk goes on).
import { describe, expect, it } from 'vitest';
import { MENTION_RULES, walkMentions, type Found, type Target } from '../../src/pipeline/entities/find-mentions';
import { mentionContext, type Position, type RuleMatch } from '../../src/pipeline/entities/mention-rules/mention-rule';
import { tokenizeText } from '../../src/pipeline/entities/tokenize-text';

/** A found mention in block b1, its end from its text. */
const found = (type: Found['type'], text: string, start: number, key: string, country: string | null, extra: Partial<Found> = {}): Found => ({
  type,
  block: 'b1',
  start,
  end: start + text.length,
  text,
  key,
  country,
  inCredit: false,
  ...extra,
});

type Case = {
  rule: string;
  behaviour: string;
  kind?: Target['kind'];
  text: string;
  /** The word (its first decision) the rule decides at. */
  word: string;
  found?: Found[];
  /** The words of each loose group it keeps. */
  loose?: string[][];
  /** The word the walk goes on from, or null at the end of the text. */
  goesOnAt: string | null;
};

const cases: Case[] = [
  {
    rule: 'dateline',
    behaviour: 'a paragraph opening in capitals before a dash names the place it was filed from',
    text: 'KHAN YOUNIS, GAZA — Rescuers dug.',
    word: 'KHAN',
    found: [found('place', 'KHAN YOUNIS', 0, 'KHAN YOUNIS', null)],
    goesOnAt: 'GAZA',
  },
  { rule: 'openingWord', behaviour: 'a sentence opening word names nothing and is left loose', text: 'However, the talks ended.', word: 'However', loose: [['However']], goesOnAt: 'the' },
  { rule: 'openingWord', behaviour: 'a joining word among the opening words stays loose with them', text: 'Most of Europe agreed.', word: 'of', loose: [['of']], goesOnAt: 'Europe' },
  { rule: 'joiningWord', behaviour: 'a lower-case word inside a run is stepped over', text: 'Smith and Wesson spoke.', word: 'and', goesOnAt: 'Wesson' },
  {
    rule: 'creditPhotographer',
    behaviour: 'the name after a credit line slash is the photographer in the credit',
    kind: 'credit',
    text: '© Sputnik / Ramil Sitdikov',
    word: 'Ramil',
    found: [found('person', 'Ramil Sitdikov', 12, 'Ramil Sitdikov', null, { nameWords: ['Ramil', 'Sitdikov'], description: null, inCredit: true })],
    goesOnAt: null,
  },
  {
    rule: 'organizationAfterThe',
    behaviour: 'a "The" before an organisation is stepped over, not made part of it',
    kind: 'credit',
    text: 'Photo: Handout / The Foreign Ministry',
    word: 'The',
    goesOnAt: 'Foreign',
  },
  {
    rule: 'organization',
    behaviour: 'words ending in an organisation head name an organisation',
    text: 'They met the Foreign Ministry.',
    word: 'Foreign',
    found: [found('organization', 'Foreign Ministry', 13, 'Foreign Ministry', null)],
    goesOnAt: null,
  },
  {
    rule: 'organization',
    behaviour: 'the words before an organisation after its "and" are loose, without the "and"',
    text: 'Zorblat and Foreign Ministry officials met.',
    word: 'Zorblat',
    found: [found('organization', 'Foreign Ministry', 12, 'Foreign Ministry', null)],
    loose: [['Zorblat']],
    goesOnAt: 'officials',
  },
  {
    rule: 'geographicFeature',
    behaviour: 'a demonym before a feature of the map names the feature, not the country',
    text: 'Ships crossed the Indian Ocean.',
    word: 'Indian',
    found: [found('place', 'Indian Ocean', 18, 'Indian Ocean', null)],
    goesOnAt: null,
  },
  {
    rule: 'organizationOpenedByDemonym',
    behaviour: 'a demonym opening an organisation name belongs to the organisation',
    text: 'They met the Chinese Foreign Ministry.',
    word: 'Chinese',
    found: [found('organization', 'Chinese Foreign Ministry', 13, 'Chinese Foreign Ministry', null)],
    goesOnAt: null,
  },
  {
    rule: 'country',
    behaviour: 'a country name is a country',
    text: 'They flew to Russia.',
    word: 'Russia',
    found: [found('country', 'Russia', 13, 'Russia', 'Russia')],
    goesOnAt: null,
  },
  {
    rule: 'country',
    behaviour: 'a demonym before a title is a country, not an organisation',
    text: 'They met the Russian Foreign Minister.',
    word: 'Russian',
    found: [found('country', 'Russian', 13, 'Russia', 'Russia')],
    goesOnAt: 'Foreign',
  },
  {
    rule: 'region',
    behaviour: 'a word before a region head is a region, not a given name',
    text: 'They lived in Clark County.',
    word: 'Clark',
    found: [found('place', 'Clark County', 14, 'Clark County', null)],
    goesOnAt: null,
  },
  {
    rule: 'longPlace',
    behaviour: 'a known place of two words is one place, not a name',
    text: 'They flew to New York.',
    word: 'New',
    found: [found('place', 'New York', 13, 'New York', 'United States')],
    goesOnAt: null,
  },
  { rule: 'titleWord', behaviour: 'a title word is stepped over to the name it titles', text: 'They met President Joe Biden.', word: 'President', goesOnAt: 'Joe' },
  { rule: 'roleWord', behaviour: 'an agent noun before a given name and surname is stepped over to the name', text: 'Then NFL Insider Jason La Canfora reported it.', word: 'Insider', goesOnAt: 'Jason' },
  { rule: 'roleWord', behaviour: 'a nationality noun before a name of unknown words is stepped over to the name', text: 'Then Dutchman Arnoud Okken won it.', word: 'Dutchman', goesOnAt: 'Arnoud' },
  { rule: 'loose', behaviour: 'an agent noun before a given name alone is no role: it may be a name', text: 'Then Insider Jason reported it.', word: 'Insider', loose: [['Insider', 'Jason']], goesOnAt: 'reported' },
  {
    rule: 'bracketedGivenName',
    behaviour: 'a given name in an editor bracket is stepped over to the surname after it',
    text: 'When President [Nicolas] Maduro agreed.',
    word: 'Nicolas',
    goesOnAt: 'Maduro',
  },
  {
    rule: 'person',
    behaviour: 'a given name and a surname are a person, though the given name is also a city',
    text: 'They met Austin Powers.',
    word: 'Austin',
    found: [found('person', 'Austin Powers', 9, 'Austin Powers', null, { nameWords: ['Austin', 'Powers'], description: null })],
    goesOnAt: null,
  },
  {
    rule: 'person',
    behaviour: 'a surname after a bracketed given name is a person with the full name and the title',
    text: 'When President [Nicolas] Maduro agreed.',
    word: 'Maduro',
    found: [found('person', 'Maduro', 25, 'Nicolas Maduro', null, { nameWords: ['Nicolas', 'Maduro'], description: 'President' })],
    goesOnAt: 'agreed',
  },
  {
    rule: 'person',
    behaviour: 'a name after a dash and before a handle is an embedded post signature, a credit',
    kind: 'embed',
    text: '“A great day.” — Helen Hims (@helenhims)',
    word: 'Helen',
    found: [found('person', 'Helen Hims', 17, 'Helen Hims', null, { nameWords: ['Helen', 'Hims'], description: null, inCredit: true })],
    goesOnAt: 'helenhims',
  },
  {
    rule: 'person',
    behaviour: 'a name beside a spaced slash in a caption is a credit',
    kind: 'caption',
    text: 'Photo: Toni L. Sandys / The Washington Post',
    word: 'Toni',
    found: [found('person', 'Toni L. Sandys', 7, 'Toni L. Sandys', null, { nameWords: ['Toni', 'L', 'Sandys'], description: null, inCredit: true })],
    goesOnAt: 'The',
  },
  {
    rule: 'place',
    behaviour: 'a known city of one word is a place with its country',
    text: 'They flew to Kiev.',
    word: 'Kiev',
    found: [found('place', 'Kiev', 13, 'Kiev', 'Ukraine')],
    goesOnAt: null,
  },
  {
    rule: 'knownOrganization',
    behaviour: 'one word the lexicon knows as an organisation is an organisation',
    text: 'They met NATO officials.',
    word: 'NATO',
    found: [found('organization', 'NATO', 9, 'NATO', null)],
    goesOnAt: 'officials',
  },
  {
    rule: 'placeByContext',
    behaviour: 'an unknown word after "the <demonym> city of" is a place in that country',
    text: 'They reached the Russian city of Zorblat.',
    word: 'Zorblat',
    found: [found('place', 'Zorblat', 33, 'Zorblat', 'Russia')],
    goesOnAt: null,
  },
  { rule: 'loose', behaviour: 'an unknown capitalised word is kept loose', text: 'Then Zorblat arrived.', word: 'Zorblat', loose: [['Zorblat']], goesOnAt: 'arrived' },
  {
    rule: 'loose',
    behaviour: 'a particle hyphened to a surname opens a name, not a sentence, and the hyphenated word stays whole',
    text: 'Al-Kahlout resents it.',
    word: 'Al',
    loose: [['Al', 'Kahlout']],
    goesOnAt: 'resents',
  },
  {
    rule: 'loose',
    behaviour: 'after "the", a place that is also a given name says where someone is from: no person',
    text: 'She met the Virginia Democrat on Friday.',
    word: 'Virginia',
    loose: [['Virginia', 'Democrat']],
    goesOnAt: 'on',
  },
];

/** The first decision the walk makes at the case's word: the rule, the position and the match. */
function decisionAt({ text, kind = 'paragraph', word }: Case): { target: Target; rule: string; at: Position; match: RuleMatch } {
  const target: Target = { block: 'b1', text, kind };
  const tokens = tokenizeText(text);
  let decision: { rule: string; at: Position; match: RuleMatch } | undefined;
  walkMentions(target, (rule, at, match) => {
    if (!decision && tokens[at.i]!.text === word) decision = { rule, at, match };
  });
  if (!decision) throw new Error(`the walk never decides at "${word}" in "${text}"`);
  return { target, ...decision };
}

describe('mention rules, each where it decides', () => {
  it.each(cases)('$rule: $behaviour', (c) => {
    const { target, rule, match } = decisionAt(c);
    const tokens = tokenizeText(c.text);
    expect(rule).toBe(c.rule);
    expect(match.found ?? []).toEqual(c.found ?? []);
    expect((match.loose ?? []).map((l) => l.tokens.map((t) => t.text))).toEqual(c.loose ?? []);
    expect(tokens[match.next]?.text ?? null).toBe(c.goesOnAt);
    for (const f of match.found ?? []) expect(target.text.slice(f.start, f.end), f.key).toBe(f.text);
  });

  it.each(cases)('$rule: every rule before it passes, and it decides alone the same way ($behaviour)', (c) => {
    const { target, at, match } = decisionAt(c);
    const index = MENTION_RULES.findIndex((r) => r.name === c.rule);
    const ctx = mentionContext(target);
    const earlier = MENTION_RULES.slice(0, index).filter((r) => r.match(ctx, at) !== null);
    expect(earlier.map((r) => r.name)).toEqual([]);
    expect(MENTION_RULES[index]!.match(mentionContext(target), at)).toEqual(match);
  });

  it('has a case for every rule in the list', () => {
    expect(MENTION_RULES.map((r) => r.name).filter((name) => !cases.some((c) => c.rule === name))).toEqual([]);
  });

  it('gives every rule its own name', () => {
    const names = MENTION_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

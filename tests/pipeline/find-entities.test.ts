// Stage 5, behaviour by behaviour: each case is a tiny article and the whole entity records it must yield.
import { describe, expect, it } from 'vitest';
import type { BlockKind, Entity, Section } from '../../src/contract/article';
import { findEntities } from '../../src/pipeline/stages/05-find-entities';

/** One section whose heading has id "story" and whose blocks are b1, b2, … */
const article = (heading: string, blocks: [BlockKind, string][]): Section[] => [
  { id: 'story', heading, blocks: blocks.map(([kind, text], i) => ({ id: `b${i + 1}`, kind, text })) },
];
const m = (block: string, start: number, text: string) => ({ block, start, end: start + text.length, text });
/** An entity's id from its name, as the slugger makes it for these names; `country` fields hold such ids. */
const idOf = (name: string) => name.toLowerCase().replace(/ /gu, '-');
const country = (name: string, aliases: string[], mentions: Entity['mentions']): Entity => ({
  id: idOf(name),
  type: 'country',
  name,
  aliases,
  country: idOf(name),
  mentions,
});
/** A country the text names only through its places or people: listed last, with no mentions, so they can point at it. */
const namedOnlyThroughOthers = (name: string): Entity => country(name, [], []);
const person = (name: string, extra: Partial<Entity> & Pick<Entity, 'mentions'>): Entity => ({
  id: idOf(name),
  type: 'person',
  name,
  aliases: [],
  country: null,
  description: null,
  ...extra,
});
const place = (name: string, inCountry: string, mentions: Entity['mentions']): Entity => ({
  id: idOf(name),
  type: 'place',
  name,
  aliases: [],
  country: idOf(inCountry),
  mentions,
});

const cases: { behaviour: string; sections: Section[]; entities: Entity[] }[] = [
  {
    behaviour: 'country-is-named-as-the-text-writes-it',
    sections: article('Talks', [['paragraph', 'Russia, China and Turkey backed him.']]),
    entities: [
      country('Russia', [], [m('b1', 0, 'Russia')]),
      country('China', [], [m('b1', 8, 'China')]),
      country('Turkey', [], [m('b1', 18, 'Turkey')]),
    ],
  },
  {
    behaviour: 'place-in-another-romanisation-keeps-its-country',
    sections: article('Talks', [['paragraph', 'The vote was opposed by Kiev. A bust was torn down in Kharkov.']]),
    entities: [place('Kiev', 'Ukraine', [m('b1', 24, 'Kiev')]), place('Kharkov', 'Ukraine', [m('b1', 54, 'Kharkov')]), namedOnlyThroughOthers('Ukraine')],
  },
  {
    behaviour: 'demonym-counts-as-country',
    sections: article('Talks', [['paragraph', 'Venezuelan officials met Norwegian mediators, and Venezuelans waited.']]),
    entities: [
      country('Venezuela', ['Venezuelan', 'Venezuelans'], [m('b1', 0, 'Venezuelan'), m('b1', 50, 'Venezuelans')]),
      country('Norway', ['Norwegian'], [m('b1', 25, 'Norwegian')]),
    ],
  },
  {
    behaviour: 'abbreviation-counts-as-country',
    sections: article('Talks', [['paragraph', 'The U.S. and the UK disagreed, US officials said.']]),
    entities: [
      country('United States', ['U.S.', 'US'], [m('b1', 4, 'U.S.'), m('b1', 31, 'US')]),
      country('United Kingdom', ['UK'], [m('b1', 17, 'UK')]),
    ],
  },
  {
    behaviour: 'credit-is-not-a-person',
    sections: article('Talks', [['caption', 'Delegates at the talks.'], ['credit', '© Sputnik / Ramil Sitdikov']]),
    entities: [person('Ramil Sitdikov', { creditOnly: true, mentions: [m('b2', 12, 'Ramil Sitdikov')] })],
  },
  {
    behaviour: 'name-closing-a-line-after-its-date-is-a-byline',
    sections: article('Talks', [['caption', 'The Guardian 02/10/2020 Anna Fazackerley'], ['credit', '© Provided by The Guardian']]),
    entities: [
      { id: 'guardian', type: 'organization', name: 'Guardian', aliases: [], country: null, mentions: [m('b1', 4, 'Guardian'), m('b2', 18, 'Guardian')] },
      person('Anna Fazackerley', { creditOnly: true, mentions: [m('b1', 24, 'Anna Fazackerley')] }),
    ],
  },
  {
    behaviour: 'an-authors-box-that-says-the-given-name-again-is-a-credit-however-long',
    sections: article('Talks', [['paragraph', 'Dan Goodin / Dan is the Security Editor at Ars Technica, which he joined in 2012 after working for The Register, the Associated Press, Bloomberg News and other publications, covering the courts and privacy.']]),
    entities: [
      person('Dan Goodin', { creditOnly: true, mentions: [m('b1', 0, 'Dan Goodin')] }),
      { id: 'associated-press', type: 'organization', name: 'Associated Press', aliases: [], country: null, mentions: [m('b1', 117, 'Associated Press')] },
      { id: 'bloomberg-news', type: 'organization', name: 'Bloomberg News', aliases: [], country: null, mentions: [m('b1', 135, 'Bloomberg News')] },
    ],
  },
  {
    behaviour: 'name-alone-with-the-dash-before-its-date-is-a-byline',
    sections: article('Talks', [['teaser', 'Dan Goodin -'], ['paragraph', 'The bug lets anyone crash a game server, researchers found.']]),
    entities: [person('Dan Goodin', { creditOnly: true, mentions: [m('b1', 0, 'Dan Goodin')] })],
  },
  {
    behaviour: 'a-name-before-a-slash-with-a-space-after-it-in-a-caption-is-a-photo-credit',
    sections: article('Talks', [['caption', 'The rocket is installed on a launch pad on Tuesday. (Oleg Urusov/ Roscosmos Press Service photo via AP)']]),
    entities: [
      person('Oleg Urusov', { creditOnly: true, mentions: [m('b1', 53, 'Oleg Urusov')] }),
      { id: 'roscosmos-press-service', type: 'organization', name: 'Roscosmos Press Service', aliases: [], country: null, mentions: [m('b1', 66, 'Roscosmos Press Service')] },
    ],
  },
  {
    behaviour: 'author-note-that-goes-on-with-the-given-name-is-a-credit',
    sections: article('Talks', [['teaser', 'Dan Goodin Dan is the Security Editor at Ars Technica.']]),
    entities: [person('Dan Goodin', { creditOnly: true, mentions: [m('b1', 0, 'Dan Goodin')] })],
  },
  {
    behaviour: 'transliteration-variants-merge',
    sections: article('Talks', [
      ['paragraph', 'Sergei Lavrov met Volodymyr Zelenskyy.'],
      ['paragraph', 'Sergey Lavrov said Lavrov would call Zelenskiy.'],
    ]),
    entities: [
      person('Sergei Lavrov', {
        aliases: ['Sergey Lavrov', 'Lavrov'],
        mentions: [m('b1', 0, 'Sergei Lavrov'), m('b2', 0, 'Sergey Lavrov'), m('b2', 19, 'Lavrov')],
      }),
      person('Volodymyr Zelenskyy', { aliases: ['Zelenskiy'], mentions: [m('b1', 18, 'Volodymyr Zelenskyy'), m('b2', 37, 'Zelenskiy')] }),
    ],
  },
  {
    behaviour: 'title-is-not-part-of-name',
    sections: article('Talks', [['paragraph', 'Russian Foreign Minister Sergey Lavrov said so.']]),
    entities: [
      country('Russia', ['Russian'], [m('b1', 0, 'Russian')]),
      person('Sergey Lavrov', { country: 'russia', description: 'Russian Foreign Minister', mentions: [m('b1', 25, 'Sergey Lavrov')] }),
    ],
  },
  {
    behaviour: 'possessive-mention',
    sections: article('Talks', [['paragraph', "Vladimir Putin spoke. Putin's aide agreed."]]),
    entities: [person('Vladimir Putin', { aliases: ['Putin'], mentions: [m('b1', 0, 'Vladimir Putin'), m('b1', 22, 'Putin')] })],
  },
  {
    behaviour: 'bracketed-name-in-quote',
    sections: article('Talks', [['paragraph', '"When President [Nicolas] Maduro agreed, [opposition leader Juan] Guaido refused", he said.']]),
    entities: [
      person('Nicolas Maduro', { aliases: ['Maduro'], description: 'President', mentions: [m('b1', 26, 'Maduro')] }),
      person('Juan Guaido', { aliases: ['Guaido'], description: 'opposition leader', mentions: [m('b1', 66, 'Guaido')] }),
    ],
  },
  {
    behaviour: 'place-carries-country',
    sections: article('Talks', [['paragraph', 'They met in the Norwegian capital of Oslo, then in the Vietnamese city of Da Nang and in Helsinki, Finland.']]),
    entities: [
      country('Norway', ['Norwegian'], [m('b1', 16, 'Norwegian')]),
      place('Oslo', 'Norway', [m('b1', 37, 'Oslo')]),
      country('Vietnam', ['Vietnamese'], [m('b1', 55, 'Vietnamese')]),
      place('Da Nang', 'Vietnam', [m('b1', 74, 'Da Nang')]),
      place('Helsinki', 'Finland', [m('b1', 89, 'Helsinki')]),
      country('Finland', [], [m('b1', 99, 'Finland')]),
    ],
  },
  {
    behaviour: 'capital-is-a-place-in-its-country',
    sections: article('Talks', [['paragraph', 'Moscow responded to Washington.']]),
    entities: [
      place('Moscow', 'Russia', [m('b1', 0, 'Moscow')]),
      place('Washington', 'United States', [m('b1', 20, 'Washington')]),
      namedOnlyThroughOthers('Russia'),
      namedOnlyThroughOthers('United States'),
    ],
  },
  {
    behaviour: 'no-person-from-title-case-headline',
    sections: article('Russia Received No Specific Proposals on Putin-Trump Meeting', [['paragraph', 'Vladimir Putin may meet Donald Trump.']]),
    entities: [
      country('Russia', [], [m('story', 0, 'Russia')]),
      person('Vladimir Putin', { aliases: ['Putin'], mentions: [m('story', 41, 'Putin'), m('b1', 0, 'Vladimir Putin')] }),
      person('Donald Trump', { aliases: ['Trump'], mentions: [m('story', 47, 'Trump'), m('b1', 24, 'Donald Trump')] }),
    ],
  },
  {
    behaviour: 'apposition-introduces-person',
    sections: article('Talks', [['paragraph', 'Sarosh Zaiwalla, a London-based lawyer, said so.']]),
    entities: [
      person('Sarosh Zaiwalla', { mentions: [m('b1', 0, 'Sarosh Zaiwalla')] }),
      place('London', 'United Kingdom', [m('b1', 19, 'London')]),
      namedOnlyThroughOthers('United Kingdom'),
    ],
  },
  {
    behaviour: 'bare-role-apposition-introduces-person',
    sections: article('Talks', [['paragraph', 'Zashay Bakunzi, research director at the institute, sees it as a weakness.']]),
    entities: [person('Zashay Bakunzi', { mentions: [m('b1', 0, 'Zashay Bakunzi')] })],
  },
  {
    behaviour: 'apposition-closed-before-a-speech-verb-introduces-person',
    sections: article('Talks', [['paragraph', 'Lakshiwnder Singh, another deportee, said he had paid, and the Grand Hotel, a landmark, said it would close.']]),
    entities: [person('Lakshiwnder Singh', { mentions: [m('b1', 0, 'Lakshiwnder Singh')] })],
  },
  {
    behaviour: 'surname-that-is-a-word-is-a-name-where-it-speaks-alone',
    sections: article('Talks', [
      ['paragraph', 'Lewis Ward, who studies the games market, sees the lineup as a weakness.'],
      ['paragraph', '“They need more games,” says Ward.'],
    ]),
    entities: [person('Lewis Ward', { aliases: ['Ward'], mentions: [m('b1', 0, 'Lewis Ward'), m('b2', 29, 'Ward')] })],
  },
  {
    behaviour: 'surname-that-is-a-word-is-no-name-where-it-never-speaks',
    sections: article('Talks', [['paragraph', 'Lewis Ward, who studies the games market, sees the lineup as a weakness.']]),
    entities: [],
  },
  {
    behaviour: 'grammar-word-capitalised-after-a-family-name-is-the-given-name',
    sections: article('Talks', [['paragraph', 'They met Liu He, the top trade negotiator, and Zhang said so. He left.']]),
    entities: [person('Liu He', { mentions: [m('b1', 9, 'Liu He')] })],
  },
  {
    behaviour: 'a-code-with-a-digit-is-no-part-of-a-name',
    sections: article('Talks', [['paragraph', 'Traders watched as Joseph LCOc1 futures rose.']]),
    entities: [],
  },
  {
    behaviour: 'middle-initial-before-a-surname-that-is-also-a-word',
    sections: article('Talks', [['paragraph', 'The economist Mary E. Lovely gave the figures.']]),
    entities: [person('Mary E. Lovely', { id: 'mary-e-lovely', description: 'economist', mentions: [m('b1', 14, 'Mary E. Lovely')] })],
  },
  {
    behaviour: 'title-then-comma-apposition-introduces-person',
    sections: article('Talks', [['paragraph', 'In June, the then Home Secretary, Sajid Javid, formally approved an extradition request from the prosecutors in the case.']]),
    entities: [person('Sajid Javid', { mentions: [m('b1', 34, 'Sajid Javid')] })],
  },
  {
    behaviour: 'country-possessive-introduces-person',
    sections: article('Talks', [['paragraph', 'Serbia’s Novak Djokovic and Andy Murray will play.']]),
    entities: [
      country('Serbia', [], [m('b1', 0, 'Serbia')]),
      person('Novak Djokovic', { mentions: [m('b1', 9, 'Novak Djokovic')] }),
      person('Andy Murray', { mentions: [m('b1', 28, 'Andy Murray')] }),
    ],
  },
  {
    behaviour: 'country-possessive-words-before-a-noun-are-no-person',
    sections: article('Talks', [['paragraph', 'It was an advance in Iran’s Shiite Crescent expansion.']]),
    entities: [country('Iran', [], [m('b1', 21, 'Iran')])],
  },
  {
    behaviour: 'surname-inside-a-longer-proper-name-is-no-person',
    sections: article('Talks', [['paragraph', 'The Dow Jones Industrial Average fell, and KJ Noh, a peace activist, joins us.']]),
    entities: [],
  },
  {
    behaviour: 'unplaced-word-before-a-vouched-name-stays-out-of-it',
    sections: article('Talks', [['paragraph', 'Deputy Director of Public Prosecution Eva-Marie Persson took the decision.']]),
    entities: [person('Eva-Marie Persson', { mentions: [m('b1', 38, 'Eva-Marie Persson')] })],
  },
  {
    behaviour: 'short-sentence-of-capitalised-words-is-prose-not-a-headline',
    sections: article('Talks', [['paragraph', 'Chinese Foreign Minister Wang Yi spoke on Friday.']]),
    entities: [
      country('China', ['Chinese'], [m('b1', 0, 'Chinese')]),
      person('Wang Yi', { description: 'Chinese Foreign Minister', country: 'china', mentions: [m('b1', 25, 'Wang Yi')] }),
    ],
  },
  {
    behaviour: 'institution-after-name-introduces-person',
    sections: article('Talks', [['paragraph', 'It is no coincidence, Wang Peng from the Renmin University of China said.']]),
    entities: [
      person('Wang Peng', { mentions: [m('b1', 22, 'Wang Peng')] }),
      { id: 'renmin-university-of-china', type: 'organization', name: 'Renmin University of China', aliases: [], country: null, mentions: [m('b1', 41, 'Renmin University of China')] },
    ],
  },
  {
    behaviour: 'interview-turn-label-is-a-person',
    sections: article('Talks', [
      ['paragraph', 'Rumen Gechev: At this stage, the estimates seem quite objective to me.'],
      ['paragraph', 'Breaking News: At this stage, the estimates seem quite objective to me.'],
    ]),
    entities: [person('Rumen Gechev', { mentions: [m('b1', 0, 'Rumen Gechev')] })],
  },
  {
    behaviour: 'apposition-with-the-introduces-person-only-before-a-role',
    sections: article('Talks', [
      ['paragraph', 'This time it came from Noni Mozes, the owner of the paper.'],
      ['paragraph', 'Blackouts hit the northern Bay Area, the wine country and the foothills.'],
    ]),
    entities: [person('Noni Mozes', { mentions: [m('b1', 23, 'Noni Mozes')] })],
  },
  {
    behaviour: 'title-stops-at-the-credit-run-on-before-it',
    sections: article('Talks', [['caption', '© Sputnik / Sergei Guneev Russian President Vladimir Putin speaks in Moscow.']]),
    entities: [
      person('Sergei Guneev', { creditOnly: true, mentions: [m('b1', 12, 'Sergei Guneev')] }),
      country('Russia', ['Russian'], [m('b1', 26, 'Russian')]),
      person('Vladimir Putin', { description: 'Russian President', country: 'russia', mentions: [m('b1', 44, 'Vladimir Putin')] }),
      place('Moscow', 'Russia', [m('b1', 69, 'Moscow')]),
    ],
  },
  {
    behaviour: 'determined-agent-noun-introduces-person',
    sections: article('Talks', [['paragraph', "He promoted the interests of the site's owner Shaul Alovich in exchange."]]),
    entities: [person('Shaul Alovich', { mentions: [m('b1', 46, 'Shaul Alovich')] })],
  },
  {
    behaviour: 'copyright-notice-names-no-photographer',
    sections: article('Talks', [['credit', '© Copyright Gannett 2018']]),
    entities: [],
  },
  {
    behaviour: 'possessive-role-apposition-introduces-person',
    sections: article('Talks', [['paragraph', 'He did not clash with Rajon Rondo, his opponent in a fight last season.']]),
    entities: [person('Rajon Rondo', { mentions: [m('b1', 22, 'Rajon Rondo')] })],
  },
  {
    behaviour: 'word-that-is-a-given-name-opens-a-name-after-an-inverted-speech-verb',
    sections: article('Talks', [['paragraph', '"We changed the design," comments Robin Biesbroek of the agency.']]),
    entities: [person('Robin Biesbroek', { mentions: [m('b1', 34, 'Robin Biesbroek')] })],
  },
  {
    behaviour: 'word-that-is-a-given-name-opens-a-name-before-a-role-apposition',
    sections: article('Talks', [['paragraph', 'Will Moy, chief executive of the charity, told reporters.']]),
    entities: [person('Will Moy', { mentions: [m('b1', 0, 'Will Moy')] })],
  },
  {
    behaviour: 'word-that-is-a-given-name-opens-a-name-after-an-occupation',
    sections: article('Talks', [['paragraph', 'In a statement released through her attorney Rich Nichols, she repeated her innocence.']]),
    entities: [person('Rich Nichols', { description: 'attorney', mentions: [m('b1', 45, 'Rich Nichols')] })],
  },
  {
    behaviour: 'word-that-is-a-given-name-opens-a-name-before-an-apposition-with-a-possessive',
    sections: article('Talks', [['paragraph', "Rod Eddington, BA's chief executive, said the results were respectable."]]),
    entities: [person('Rod Eddington', { mentions: [m('b1', 0, 'Rod Eddington')] })],
  },
  {
    behaviour: 'two-particles-stay-with-the-surname',
    sections: article('Talks', [['paragraph', 'Ursula von der Leyen spoke, and analyst Nick Van den Brul agreed.']]),
    entities: [
      person('Ursula von der Leyen', { mentions: [m('b1', 0, 'Ursula von der Leyen')] }),
      person('Nick Van den Brul', { description: 'analyst', mentions: [m('b1', 40, 'Nick Van den Brul')] }),
    ],
  },
  {
    behaviour: 'nationality-before-a-name-of-unknown-words-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Russian Dmitriy Bogdanov won last week, ahead of Dutchman Arnoud Okken.']]),
    entities: [
      country('Russia', ['Russian'], [m('b1', 0, 'Russian')]),
      person('Dmitriy Bogdanov', { mentions: [m('b1', 8, 'Dmitriy Bogdanov')] }),
      person('Arnoud Okken', { mentions: [m('b1', 58, 'Arnoud Okken')] }),
    ],
  },
  {
    behaviour: 'nationality-before-words-with-a-noun-after-them-is-no-person',
    sections: article('Talks', [['paragraph', 'A Venezuelan Presidency Handout picture was released.'], ['paragraph', 'The Mid-American Conference West Division title went to them.']]),
    entities: [country('Venezuela', ['Venezuelan'], [m('b1', 2, 'Venezuelan')]), country('United States', ['American'], [m('b2', 8, 'American')])],
  },
  {
    behaviour: 'name-of-unknown-words-before-a-past-tense-deed-is-a-person',
    sections: article('Talks', [['paragraph', 'Canada won after Vasek Pospisil edged the American, and Tre Harbison rushed for 112 yards.']]),
    entities: [
      country('Canada', [], [m('b1', 0, 'Canada')]),
      person('Vasek Pospisil', { mentions: [m('b1', 17, 'Vasek Pospisil')] }),
      country('United States', ['American'], [m('b1', 42, 'American')]),
      person('Tre Harbison', { mentions: [m('b1', 56, 'Tre Harbison')] }),
    ],
  },
  {
    behaviour: 'a-role-noun-or-a-title-tail-before-a-name-and-a-deed-stays-out-of-the-name',
    sections: article('Talks', [['paragraph', 'Then Insider Jason reported it, and the Minister of Maritime Affairs Dario Vettrano raised the issue.']]),
    entities: [person('Dario Vettrano', { mentions: [m('b1', 69, 'Dario Vettrano')] })],
  },
  {
    behaviour: 'unknown-words-in-the-present-tense-or-not-shaped-like-a-name-are-no-person',
    sections: article('Talks', [['paragraph', 'The Zorvic Quellan touts its pools, and Belene NPPs delayed the plan while Hanwha Q Cells slipped.']]),
    entities: [],
  },
  {
    behaviour: 'given-name-and-a-surname-that-is-a-word-are-a-person-where-an-apposition-or-a-speech-verb-says-so',
    sections: article('Talks', [
      ['paragraph', 'On Monday Frank Field, the Labour MP, said the plan was wrong, and Liz Yelling said she finished third.'],
      ['paragraph', 'Mr Field added that Blue Origin said it would fly, and Rose Garden, the lawn, was full.'],
    ]),
    entities: [
      person('Frank Field', { aliases: ['Field'], mentions: [m('b1', 10, 'Frank Field'), m('b2', 3, 'Field')] }),
      person('Liz Yelling', { mentions: [m('b1', 67, 'Liz Yelling')] }),
    ],
  },
  {
    behaviour: 'an-event-or-a-field-named-like-a-person-is-no-person',
    sections: article('Talks', [['paragraph', 'She won gold at the Sydney Olympics, and Maria Gomez of Functional Genomics agreed.']]),
    entities: [place('Sydney', 'Australia', [m('b1', 20, 'Sydney')]), person('Maria Gomez', { mentions: [m('b1', 41, 'Maria Gomez')] }), namedOnlyThroughOthers('Australia')],
  },
  {
    behaviour: 'a-countrys-own-a-nationality-between-commas-and-a-compatriot-introduce-a-person',
    sections: article('Talks', [['paragraph', "Ethiopia's Tirunesh Dibaba set a record, beating the mark set by another Ethiopian, Berhane Adera, last year."], ['paragraph', "But compatriot Kenenisa Bekele's record hopes were dashed."]]),
    entities: [
      country('Ethiopia', ['Ethiopian'], [m('b1', 0, 'Ethiopia'), m('b1', 73, 'Ethiopian')]),
      person('Tirunesh Dibaba', { mentions: [m('b1', 11, 'Tirunesh Dibaba')] }),
      person('Berhane Adera', { mentions: [m('b1', 84, 'Berhane Adera')] }),
      person('Kenenisa Bekele', { description: 'compatriot', mentions: [m('b2', 15, 'Kenenisa Bekele')] }),
    ],
  },
  {
    behaviour: 'a-double-barrelled-surname-may-open-with-a-places-name',
    sections: article('Talks', [['paragraph', 'For the Lakers, Kentavious Caldwell-Pope drilled a 3-pointer.']]),
    entities: [person('Kentavious Caldwell-Pope', { mentions: [m('b1', 16, 'Kentavious Caldwell-Pope')] })],
  },
  {
    behaviour: 'a-role-that-a-partys-name-opens-after-the-names-comma-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Rhodri Thomas, Plaid Cymru health spokesman, said it was bad.']]),
    entities: [person('Rhodri Thomas', { mentions: [m('b1', 0, 'Rhodri Thomas')] })],
  },
  {
    behaviour: 'a-name-headed-by-brotherhood-or-brigade-is-an-organisation',
    sections: article('Talks', [['paragraph', 'A movement similar to the Islamist Muslim Brotherhood rose.']]),
    entities: [{ id: 'islamist-muslim-brotherhood', type: 'organization', name: 'Islamist Muslim Brotherhood', aliases: [], country: null, mentions: [m('b1', 26, 'Islamist Muslim Brotherhood')] }],
  },
  {
    behaviour: 'a-name-before-group-or-tribe-names-a-body-not-a-person',
    sections: article('Talks', [['paragraph', 'Kauri is a member of the Manu Taupunga group that is the organising body.']]),
    entities: [],
  },
  {
    behaviour: 'a-surnames-particle-capitalised-at-a-sentences-start-joins-the-full-name',
    sections: article('Talks', [['paragraph', 'In the mid-1990s, Osama bin Laden lived in Khartoum.'], ['paragraph', 'In 1998, Bin Laden’s agents struck.']]),
    entities: [
      person('Osama bin Laden', { aliases: ['Bin Laden'], mentions: [m('b1', 18, 'Osama bin Laden'), m('b2', 9, 'Bin Laden')] }),
      place('Khartoum', 'Sudan', [m('b1', 43, 'Khartoum')]),
      namedOnlyThroughOthers('Sudan'),
    ],
  },
  {
    behaviour: 'word-that-is-a-given-name-opens-no-name-without-a-person-context',
    sections: article('Talks', [['paragraph', 'The rocket firm Blue Origin said the Blue Moon lander would fly, and Will Democrats win?']]),
    entities: [],
  },
  {
    behaviour: 'given-names-sharing-a-surname-are-two-people',
    sections: article('Talks', [['paragraph', 'He urged them to look into Joe and Hunter Biden, and into Anne and John Smith.']]),
    entities: [
      person('Joe Biden', { aliases: ['Joe'], mentions: [m('b1', 27, 'Joe')] }),
      person('Hunter Biden', { mentions: [m('b1', 35, 'Hunter Biden')] }),
      person('Anne Smith', { aliases: ['Anne'], mentions: [m('b1', 58, 'Anne')] }),
      person('John Smith', { mentions: [m('b1', 67, 'John Smith')] }),
    ],
  },
  {
    behaviour: 'family-name-first-used-alone-makes-the-full-name-a-person',
    sections: article('Talks', [['paragraph', 'He met Xi Jinping in Chile.'], ['paragraph', 'Mr. Xi did not reply.']]),
    entities: [
      person('Xi Jinping', { aliases: ['Xi'], mentions: [m('b1', 7, 'Xi Jinping'), m('b2', 4, 'Xi')] }),
      country('Chile', [], [m('b1', 21, 'Chile')]),
    ],
  },
  {
    behaviour: 'a-capital-without-its-full-stop-opens-no-name',
    sections: article('Talks', [['paragraph', 'Thunder: F Hamidou Diallo missed his third straight game, and C. Eugene Steuerle wrote.']]),
    entities: [
      person('Hamidou Diallo', { mentions: [m('b1', 11, 'Hamidou Diallo')] }),
      person('C. Eugene Steuerle', { id: 'c-eugene-steuerle', mentions: [m('b1', 62, 'C. Eugene Steuerle')] }),
    ],
  },
  {
    behaviour: 'country-name-that-is-a-given-name-opens-a-name-after-a-title',
    sections: article('Talks', [['paragraph', 'On Monday the acting Secretary Chad Wolf said the plan works.']]),
    entities: [person('Chad Wolf', { description: 'acting Secretary', mentions: [m('b1', 31, 'Chad Wolf')] })],
  },
  {
    behaviour: 'agent-noun-before-a-given-name-is-a-role',
    sections: article('Talks', [['paragraph', 'Defenseman Jonas Brodin had scored earlier.']]),
    entities: [person('Jonas Brodin', { mentions: [m('b1', 11, 'Jonas Brodin')] })],
  },
  {
    behaviour: 'company-suffix-makes-an-organisation-not-a-person',
    sections: article('Talks', [['paragraph', 'The Walt Disney Co. said so.']]),
    entities: [{ id: 'walt-disney-co', type: 'organization', name: 'Walt Disney Co', aliases: [], country: null, mentions: [m('b1', 4, 'Walt Disney Co')] }],
  },
  {
    behaviour: 'capital-of-a-country-the-story-never-names-can-be-a-surname',
    sections: article('Talks', [['paragraph', 'Ian Hamilton, a researcher at the university, led the study.'], ['paragraph', 'Hamilton urged people to be cautious.']]),
    entities: [person('Ian Hamilton', { aliases: ['Hamilton'], mentions: [m('b1', 0, 'Ian Hamilton'), m('b2', 0, 'Hamilton')] })],
  },
  {
    behaviour: 'a-sentence-crowded-with-names-is-prose-not-a-title',
    sections: article('Talks', [['paragraph', 'Serbia’s Novak Djokovic and Britain’s Andy Murray will make their first appearance on Wednesday. Serbia takes on Japan and Britain plays the Netherlands.']]),
    entities: [
      country('Serbia', [], [m('b1', 0, 'Serbia'), m('b1', 97, 'Serbia')]),
      person('Novak Djokovic', { mentions: [m('b1', 9, 'Novak Djokovic')] }),
      country('Britain', [], [m('b1', 28, 'Britain'), m('b1', 123, 'Britain')]),
      person('Andy Murray', { mentions: [m('b1', 38, 'Andy Murray')] }),
      country('Japan', [], [m('b1', 113, 'Japan')]),
      country('Netherlands', [], [m('b1', 141, 'Netherlands')]),
    ],
  },
  {
    behaviour: 'a-given-name-from-the-national-name-lists-vouches-for-a-name',
    sections: article('Talks', [['paragraph', 'Yoshihito Nishioka defeated Gael Monfils in straight sets on Friday night in the capital.']]),
    entities: [
      person('Yoshihito Nishioka', { mentions: [m('b1', 0, 'Yoshihito Nishioka')] }),
      person('Gael Monfils', { mentions: [m('b1', 28, 'Gael Monfils')] }),
    ],
  },
  {
    behaviour: 'a-listed-given-name-before-an-english-word-is-no-person',
    sections: article('Talks', [['paragraph', 'The agency said Previous articleCosta Rica Launches Its First National Plan on Friday, officials in the capital said.']]),
    entities: [],
  },
  {
    behaviour: 'an-organisation-with-and-without-its-company-suffix-or-the-is-one',
    sections: article('Talks', [['paragraph', 'Ceres Robotics Inc will build one lander, and Ceres Robotics said the work starts soon, The Guardian reported, citing the Guardian’s sources.']]),
    entities: [
      { id: 'ceres-robotics-inc', type: 'organization', name: 'Ceres Robotics Inc', aliases: ['Ceres Robotics'], country: null, mentions: [m('b1', 0, 'Ceres Robotics Inc'), m('b1', 46, 'Ceres Robotics')] },
      { id: 'guardian', type: 'organization', name: 'Guardian', aliases: [], country: null, mentions: [m('b1', 92, 'Guardian'), m('b1', 122, 'Guardian')] },
    ],
  },
  {
    behaviour: 'an-abbreviated-rank-titles-the-name-and-keeps-its-full-stop',
    sections: article('Talks', [['paragraph', 'The spokesman, Cmdr. Sean Robertson, said the base would stay.']]),
    entities: [person('Sean Robertson', { description: 'Cmdr.', mentions: [m('b1', 21, 'Sean Robertson')] })],
  },
  {
    behaviour: 'a-picture-credit-after-a-rank-is-a-credit',
    sections: article('Talks', [['caption', 'A jet maneuvers at the show in 2016. Air Force photo by Staff Sgt. Jane Roe']]),
    entities: [person('Jane Roe', { description: 'Staff Sgt.', creditOnly: true, mentions: [m('b1', 67, 'Jane Roe')] })],
  },
  {
    behaviour: 'an-authors-note-names-a-credit',
    sections: article('Talks', [['paragraph', 'Jane Doe is a senior reporter at the paper.']]),
    entities: [person('Jane Doe', { creditOnly: true, mentions: [m('b1', 0, 'Jane Doe')] })],
  },
  {
    behaviour: 'a-long-sentence-about-a-reporter-is-story-text',
    sections: article('Talks', [['paragraph', 'Jane Doe is a senior reporter at the paper who covered the war for ten years and won the prize twice, the jury said on Monday in the capital city.']]),
    entities: [person('Jane Doe', { mentions: [m('b1', 0, 'Jane Doe')] })],
  },
  {
    behaviour: 'speech-verb-introduces-person',
    sections: article('Talks', [['paragraph', 'Jean Baptiste Bakunzi said he was afraid. Bakunzi left.']]),
    entities: [person('Jean Baptiste Bakunzi', { aliases: ['Bakunzi'], mentions: [m('b1', 0, 'Jean Baptiste Bakunzi'), m('b1', 42, 'Bakunzi')] })],
  },
  {
    behaviour: 'person-before-of-is-not-an-organization',
    sections: article('Talks', [['paragraph', 'Bjorn Olsen of Uppsala University disagreed.']]),
    entities: [
      person('Bjorn Olsen', { mentions: [m('b1', 0, 'Bjorn Olsen')] }),
      { id: 'uppsala-university', type: 'organization', name: 'Uppsala University', aliases: [], country: null, mentions: [m('b1', 15, 'Uppsala University')] },
    ],
  },
  {
    behaviour: 'organization-by-head-word',
    sections: article('Talks', [['paragraph', 'The Chinese Foreign Ministry and the University of Ottawa disagreed.']]),
    entities: [
      { id: 'chinese-foreign-ministry', type: 'organization', name: 'Chinese Foreign Ministry', aliases: [], country: null, mentions: [m('b1', 4, 'Chinese Foreign Ministry')] },
      { id: 'university-of-ottawa', type: 'organization', name: 'University of Ottawa', aliases: [], country: null, mentions: [m('b1', 37, 'University of Ottawa')] },
    ],
  },
  {
    behaviour: 'bracketed-acronym-names-its-organization',
    sections: article('Talks', [['paragraph', 'The English Defence League (EDL) marched, and the EDL was banned.']]),
    entities: [
      {
        id: 'english-defence-league',
        type: 'organization',
        name: 'English Defence League',
        aliases: ['EDL'],
        country: null,
        mentions: [m('b1', 4, 'English Defence League'), m('b1', 28, 'EDL'), m('b1', 50, 'EDL')],
      },
    ],
  },
  {
    behaviour: 'an-organizations-initials-name-it-unintroduced',
    sections: article('Talks', [['paragraph', 'The Drug Enforcement Administration published data, and the DEA says the border is the main route.']]),
    entities: [
      {
        id: 'drug-enforcement-administration',
        type: 'organization',
        name: 'Drug Enforcement Administration',
        aliases: ['DEA'],
        country: null,
        mentions: [m('b1', 4, 'Drug Enforcement Administration'), m('b1', 60, 'DEA')],
      },
    ],
  },
  {
    behaviour: 'titled-surname-joins-untitled-full-name',
    sections: article('Talks', [['paragraph', 'Loredana Mule visited. "It was hard," Ms. Mule said.']]),
    entities: [person('Loredana Mule', { aliases: ['Mule'], mentions: [m('b1', 0, 'Loredana Mule'), m('b1', 42, 'Mule')] })],
  },
  {
    behaviour: 'credit-line-caption-names-real-people',
    sections: article('Talks', [['credit', '© Sputnik / Vladimir Grebnev Soviet soldier Mikhail Egorov hoisted the banner']]),
    entities: [
      person('Vladimir Grebnev', { creditOnly: true, mentions: [m('b1', 12, 'Vladimir Grebnev')] }),
      person('Mikhail Egorov', { description: 'soldier', mentions: [m('b1', 44, 'Mikhail Egorov')] }),
    ],
  },
  {
    behaviour: 'middle-initial-and-particle-stay-in-name',
    sections: article('Talks', [['paragraph', 'Patrick J. Buchanan and Syrian President Bashar al-Assad met.']]),
    entities: [
      { ...person('Patrick J. Buchanan', { mentions: [m('b1', 0, 'Patrick J. Buchanan')] }), id: 'patrick-j-buchanan' },
      country('Syria', ['Syrian'], [m('b1', 24, 'Syrian')]),
      person('Bashar al-Assad', { country: 'syria', description: 'Syrian President', mentions: [m('b1', 41, 'Bashar al-Assad')] }),
    ],
  },
  {
    behaviour: 'hyphenated-surname-stays-whole',
    sections: article('Talks', [['paragraph', 'Then Phoebe Waller-Bridge won. “Thank you,” Waller-Bridge said.']]),
    entities: [person('Phoebe Waller-Bridge', { aliases: ['Waller-Bridge'], mentions: [m('b1', 5, 'Phoebe Waller-Bridge'), m('b1', 44, 'Waller-Bridge')] })],
  },
  {
    behaviour: 'hyphenated-surname-whose-first-part-is-a-word-stays-whole',
    sections: article('Talks', [['paragraph', 'The paper was bought with the proceeds of Patrick Soon-Shiong’s fortune.']]),
    entities: [person('Patrick Soon-Shiong', { mentions: [m('b1', 42, 'Patrick Soon-Shiong')] })],
  },
  {
    behaviour: 'hyphenated-given-name',
    sections: article('Talks', [['paragraph', 'He met Jean-Claude Juncker. Later Lee Jae-myung said no.']]),
    entities: [
      person('Jean-Claude Juncker', { mentions: [m('b1', 7, 'Jean-Claude Juncker')] }),
      person('Lee Jae-myung', { mentions: [m('b1', 34, 'Lee Jae-myung')] }),
    ],
  },
  {
    behaviour: 'hyphenated-compound-is-not-part-of-a-name',
    sections: article('Talks', [['paragraph', 'Joe Biden met them. A Biden-led coalition formed.']]),
    entities: [person('Joe Biden', { aliases: ['Biden'], mentions: [m('b1', 0, 'Joe Biden'), m('b1', 22, 'Biden')] })],
  },
  {
    behaviour: 'name-opening-with-an-initial',
    sections: article('Talks', [['paragraph', 'C. Eugene Steuerle disagreed.']]),
    entities: [{ ...person('C. Eugene Steuerle', { mentions: [m('b1', 0, 'C. Eugene Steuerle')] }), id: 'c-eugene-steuerle' }],
  },
  {
    behaviour: 'name-suffix-stays-in-name',
    sections: article('Talks', [['paragraph', 'Perry Bacon Jr. wrote it.']]),
    entities: [{ ...person('Perry Bacon Jr.', { mentions: [m('b1', 0, 'Perry Bacon Jr.')] }), id: 'perry-bacon-jr' }],
  },
  {
    behaviour: 'byline-is-a-credit',
    sections: article('Talks', [
      ['credit', 'By Jane Doe'],
      ['paragraph', 'Jane Doe has covered economics since 2012.'],
      ['teaser', 'Analysis by John Roe, Editor-at-large'],
    ]),
    entities: [
      person('Jane Doe', { creditOnly: true, mentions: [m('b1', 3, 'Jane Doe'), m('b2', 0, 'Jane Doe')] }),
      person('John Roe', { creditOnly: true, mentions: [m('b3', 12, 'John Roe')] }),
    ],
  },
  {
    behaviour: 'by-inside-a-sentence-is-not-a-byline',
    sections: article('Talks', [['credit', 'Soldiers led by John Roe. Photo: AP']]),
    entities: [person('John Roe', { mentions: [m('b1', 16, 'John Roe')] })],
  },
  {
    behaviour: 'organisation-name-stops-at-the-person-it-titles',
    sections: article('Talks', [['paragraph', 'The Ministry of Finance Brian Manning said so.']]),
    entities: [
      { id: 'ministry-of-finance', type: 'organization', name: 'Ministry of Finance', aliases: [], country: null, mentions: [m('b1', 4, 'Ministry of Finance')] },
      person('Brian Manning', { mentions: [m('b1', 24, 'Brian Manning')] }),
    ],
  },
  {
    behaviour: 'middle-initial-that-is-also-a-word',
    sections: article('Talks', [['paragraph', 'Sonya A. Zoghlin, his attorney, told reporters.']]),
    entities: [{ ...person('Sonya A. Zoghlin', { mentions: [m('b1', 0, 'Sonya A. Zoghlin')] }), id: 'sonya-a-zoghlin' }],
  },
  {
    behaviour: 'title-word-as-a-surname-after-a-given-name',
    sections: article('Talks', [['paragraph', 'Wayne King, the deputy chief of staff, resigned.']]),
    entities: [person('Wayne King', { mentions: [m('b1', 0, 'Wayne King')] })],
  },
  {
    behaviour: 'place-after-a-says-where-someone-is-from',
    sections: article('Talks', [['paragraph', 'Senator Mark Warner, a Virginia Democrat, agreed.']]),
    entities: [person('Mark Warner', { description: 'Senator', mentions: [m('b1', 8, 'Mark Warner')] })],
  },
  {
    behaviour: 'given-name-an-editor-puts-in-parentheses-goes-with-the-surname-after-it',
    sections: article('Talks', [['paragraph', '“Coach (Frank) Vogel came in,” he said, and (Reuters) Smith did not.']]),
    entities: [person('Frank Vogel', { aliases: ['Vogel'], mentions: [m('b1', 15, 'Vogel')] })],
  },
  {
    behaviour: 'surname-opened-by-a-capitalised-particle-is-one-alias-not-a-city',
    sections: article('Talks', [
      ['paragraph', 'James Van Der Beek left the show.'],
      ['paragraph', 'Van Der Beek was eliminated, and fans of Van Der Beek wept.'],
    ]),
    entities: [
      person('James Van Der Beek', {
        aliases: ['Van Der Beek'],
        mentions: [m('b1', 0, 'James Van Der Beek'), m('b2', 0, 'Van Der Beek'), m('b2', 41, 'Van Der Beek')],
      }),
    ],
  },
  {
    behaviour: 'name-of-a-thing-named-after-someone-is-not-a-person',
    sections: article('Talks', [['paragraph', 'He went to Walter Reed hospital. Walter Reed was busy.']]),
    entities: [],
  },
  {
    behaviour: 'two-full-names-side-by-side-are-two-people-but-a-middle-given-name-is-not-a-second-person',
    sections: article('Talks', [['paragraph', 'Mary Steenburgen Jessie Buckley, and Lee Harvey Oswald.']]),
    entities: [
      person('Mary Steenburgen', { mentions: [m('b1', 0, 'Mary Steenburgen')] }),
      person('Jessie Buckley', { mentions: [m('b1', 17, 'Jessie Buckley')] }),
      person('Lee Harvey Oswald', { mentions: [m('b1', 37, 'Lee Harvey Oswald')] }),
    ],
  },
  {
    behaviour: 'name-after-a-compass-word-or-before-a-land-noun-is-a-region-not-a-person',
    sections: article('Talks', [['paragraph', 'The northern Sierra Nevada is dry, as are the Sierra Nevada foothills, Sierra Smith said.']]),
    entities: [person('Sierra Smith', { mentions: [m('b1', 71, 'Sierra Smith')] })],
  },
  {
    behaviour: 'a-handle-is-not-a-person-whatever-title-stands-before-it',
    sections: article('Talks', [['paragraph', 'Governor @MattBevin did well, and Virginia Adams spoke.']]),
    entities: [person('Virginia Adams', { mentions: [m('b1', 34, 'Virginia Adams')] })],
  },
  {
    behaviour: 'a-hashtag-is-not-a-person',
    sections: article('Talks', [['paragraph', 'The tweet read: #Janet Yellen must go, and Virginia Adams spoke.']]),
    entities: [person('Virginia Adams', { mentions: [m('b1', 43, 'Virginia Adams')] })],
  },
  {
    behaviour: 'surname-of-the-irish-shape-vouches-for-an-unknown-given-name-but-not-for-a-place',
    sections: article('Talks', [['paragraph', 'A former Beto O’Rourke supporter flew out of Chicago O’Hare.']]),
    entities: [
      person('Beto O’Rourke', { id: 'beto-orourke', mentions: [m('b1', 9, 'Beto O’Rourke')] }),
      place('Chicago', 'United States', [m('b1', 45, 'Chicago')]),
      namedOnlyThroughOthers('United States'),
    ],
  },
  {
    behaviour: 'venue-whose-name-ends-on-its-noun-is-not-a-person',
    sections: article('Talks', [['paragraph', 'The tour ends at The Cynthia Woods Mitchell Pavilion, where Jane Doe sang.']]),
    entities: [person('Jane Doe', { mentions: [m('b1', 60, 'Jane Doe')] })],
  },
  {
    behaviour: 'feast-named-like-a-person-is-not-a-person',
    sections: article('Talks', [['paragraph', 'With the Muslim Eid al-Fitr holidays coming up, shops expect crowds.']]),
    entities: [],
  },
  {
    behaviour: 'name-glued-to-the-next-title-ends-at-the-glue',
    sections: article('Talks', [['paragraph', 'Rep. Ilhan OmarHillicon Valley spoke, and McDonald agreed.']]),
    entities: [person('Ilhan Omar', { description: 'Rep.', mentions: [m('b1', 5, 'Ilhan Omar')] })],
  },
  {
    behaviour: 'editors-bracketed-country-is-not-a-given-name',
    sections: article('Talks', [['paragraph', 'Russia and the [Syrian] Regime blocked them.']]),
    entities: [country('Russia', [], [m('b1', 0, 'Russia')]), country('Syria', ['Syrian'], [m('b1', 16, 'Syrian')])],
  },
  {
    behaviour: 'dateline-place-in-capitals-is-a-place',
    sections: article('Talks', [['paragraph', 'KHAN YOUNIS, GAZA — The hospitals are full.']]),
    entities: [
      { id: 'khan-younis', type: 'place', name: 'KHAN YOUNIS', aliases: [], country: null, mentions: [m('b1', 0, 'KHAN YOUNIS')] },
      place('GAZA', 'Palestine', [m('b1', 13, 'GAZA')]),
      namedOnlyThroughOthers('Palestine'),
    ],
  },
  {
    behaviour: 'second-author-of-a-byline-is-a-credit',
    sections: article('Talks', [['teaser', 'By JAKE SHERMAN and ANNA PALMER']]),
    entities: [
      { ...person('JAKE SHERMAN', { creditOnly: true, mentions: [m('b1', 3, 'JAKE SHERMAN')] }), id: 'jake-sherman' },
      { ...person('ANNA PALMER', { creditOnly: true, mentions: [m('b1', 20, 'ANNA PALMER')] }), id: 'anna-palmer' },
    ],
  },
  {
    behaviour: 'name-beside-a-slash-in-a-caption-is-a-photo-credit',
    sections: article('Talks', [['caption', 'Judge Ann Lee is sworn in. (AP Photo/Ted S. Warren)']]),
    entities: [
      person('Ann Lee', { description: 'Judge', mentions: [m('b1', 6, 'Ann Lee')] }),
      { ...person('Ted S. Warren', { creditOnly: true, mentions: [m('b1', 37, 'Ted S. Warren')] }), id: 'ted-s-warren' },
    ],
  },
  {
    behaviour: 'surname-that-is-also-a-city-is-the-person',
    sections: article('Talks', [['paragraph', 'Joaquin Phoenix won. “Thank you all,” Phoenix said.']]),
    entities: [person('Joaquin Phoenix', { aliases: ['Phoenix'], mentions: [m('b1', 0, 'Joaquin Phoenix'), m('b1', 38, 'Phoenix')] })],
  },
  {
    behaviour: 'occupation-before-a-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Both he and tattoo artist Zashay Tastas were surprised.']]),
    entities: [person('Zashay Tastas', { mentions: [m('b1', 26, 'Zashay Tastas')] })],
  },
  {
    behaviour: 'age-before-a-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'The hunter, 54-year-old Bharrat Ramdehol, was shot.']]),
    entities: [person('Bharrat Ramdehol', { mentions: [m('b1', 24, 'Bharrat Ramdehol')] })],
  },
  {
    behaviour: 'role-then-comma-introduces-a-person',
    sections: article('Talks', [['paragraph', 'The priest, Fidelis Mukonori, is acting as a go-between.']]),
    entities: [person('Fidelis Mukonori', { mentions: [m('b1', 12, 'Fidelis Mukonori')] })],
  },
  {
    behaviour: 'surname-that-is-a-verb-after-a-title-before-said',
    sections: article('Talks', [['paragraph', 'Opposition Leader Bill Shorten said in a letter to the minister that it was wrong.']]),
    entities: [person('Bill Shorten', { description: 'Opposition Leader', mentions: [m('b1', 18, 'Bill Shorten')] })],
  },
  {
    behaviour: 'surname-spelled-as-written-beats-a-variant-spelling',
    sections: article('Talks', [['paragraph', 'Carl Bernstein wrote about Harold Bornstein. Later Bornstein said no.']]),
    entities: [
      person('Carl Bernstein', { mentions: [m('b1', 0, 'Carl Bernstein')] }),
      person('Harold Bornstein', { aliases: ['Bornstein'], mentions: [m('b1', 27, 'Harold Bornstein'), m('b1', 51, 'Bornstein')] }),
    ],
  },
  {
    behaviour: 'particle-hyphened-to-a-surname-stays-whole',
    sections: article('Talks', [['paragraph', 'Dr. Atef Al-Kahlout runs it. Al-Kahlout resents it.']]),
    entities: [person('Atef Al-Kahlout', { aliases: ['Al-Kahlout'], mentions: [m('b1', 4, 'Atef Al-Kahlout'), m('b1', 29, 'Al-Kahlout')] })],
  },
  {
    behaviour: 'author-after-a-link-title-is-a-credit',
    sections: article('Talks', [['paragraph', 'Why it is hard to build quantum computers (Martin Giles — Tech Review)']]),
    entities: [person('Martin Giles', { creditOnly: true, mentions: [m('b1', 43, 'Martin Giles')] })],
  },
  {
    behaviour: 'embedded-post-signature-is-a-credit',
    sections: article('Talks', [['paragraph', 'This has finally sent you mad. — Helen Hims (@helenhims) May 24, 2020']]),
    entities: [person('Helen Hims', { creditOnly: true, mentions: [m('b1', 33, 'Helen Hims')] })],
  },
  {
    behaviour: 'name-alone-on-a-furniture-line-is-a-credit',
    sections: article('Talks', [
      ['teaser', 'Emiliano Bellini'],
      ['teaser', 'More articles from Emiliano Bellini'],
    ]),
    entities: [person('Emiliano Bellini', { creditOnly: true, mentions: [m('b1', 0, 'Emiliano Bellini'), m('b2', 19, 'Emiliano Bellini')] })],
  },
  {
    behaviour: 'name-in-a-list-with-a-person-is-a-person',
    sections: article('Talks', [['paragraph', 'Prosecutors alleged that Tova Noel and Michael Thomas failed.'], ['paragraph', 'The cast includes Robert De Niro, Al Pacino, and Joe Pesci.']]),
    entities: [
      person('Tova Noel', { mentions: [m('b1', 25, 'Tova Noel')] }),
      person('Michael Thomas', { mentions: [m('b1', 39, 'Michael Thomas')] }),
      person('Robert De Niro', { mentions: [m('b2', 18, 'Robert De Niro')] }),
      person('Al Pacino', { mentions: [m('b2', 34, 'Al Pacino')] }),
      person('Joe Pesci', { mentions: [m('b2', 49, 'Joe Pesci')] }),
    ],
  },
  {
    behaviour: 'street-in-a-list-with-a-person-stays-a-street',
    sections: article('Talks', [['paragraph', 'John Smith, Main Street and Broad Avenue were closed.']]),
    entities: [
      person('John Smith', { mentions: [m('b1', 0, 'John Smith')] }),
      { id: 'main-street', type: 'place', name: 'Main Street', aliases: [], country: null, mentions: [m('b1', 12, 'Main Street')] },
    ],
  },
  {
    behaviour: 'age-after-a-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Tom Okafor, 45, was hurt. Mia Ukwu (34) was not.']]),
    entities: [
      person('Tom Okafor', { mentions: [m('b1', 0, 'Tom Okafor')] }),
      person('Mia Ukwu', { mentions: [m('b1', 26, 'Mia Ukwu')] }),
    ],
  },
  {
    behaviour: 'name-right-after-said-introduces-a-person',
    sections: article('Talks', [['paragraph', 'There were 30 vacancies, said Serene Gregg, president of the union.']]),
    entities: [person('Serene Gregg', { mentions: [m('b1', 30, 'Serene Gregg')] })],
  },
  {
    behaviour: 'name-the-story-then-calls-by-surname-is-a-person',
    sections: article('Talks', [['paragraph', 'The camp was visited by Nisan Ahmado last week.'], ['paragraph', '“It is dire,” Ahmado said.']]),
    entities: [person('Nisan Ahmado', { aliases: ['Ahmado'], mentions: [m('b1', 24, 'Nisan Ahmado'), m('b2', 14, 'Ahmado')] })],
  },
  {
    behaviour: 'a-name-the-text-says-follows-is-a-person',
    sections: article('Talks', [['paragraph', 'Police in the city arrested a man named Arif Okonkwo on Monday after a long search.']]),
    entities: [person('Arif Okonkwo', { mentions: [m('b1', 40, 'Arif Okonkwo')] })],
  },
  {
    behaviour: 'party-and-state-after-a-name-introduce-a-person',
    sections: article('Talks', [['paragraph', 'The bill was introduced by Tamika Olufemi (D-Minn.) and passed in the chamber last week after a debate.']]),
    entities: [
      person('Tamika Olufemi', { mentions: [m('b1', 27, 'Tamika Olufemi')] }),
      { id: 'minn', type: 'place', name: 'Minn', aliases: [], country: null, mentions: [m('b1', 45, 'Minn')] },
    ],
  },
  {
    behaviour: 'a-relation-after-a-possessive-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Police said that Arno Kaltenbrunn’s lawyer had asked for more time before the hearing in the city.']]),
    entities: [person('Arno Kaltenbrunn', { mentions: [m('b1', 17, 'Arno Kaltenbrunn')] })],
  },
  {
    behaviour: 'particle-word-opening-a-name-after-said-is-a-given-name',
    sections: article('Talks', [['paragraph', '“We see no roadblocks,” says Di Xuemin, the chief scientist of the project.']]),
    entities: [person('Di Xuemin', { mentions: [m('b1', 29, 'Di Xuemin')] })],
  },
  {
    behaviour: 'dash-apposition-with-a-title-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Tuvo Maaren — project manager at the port — disagreed with the plan.']]),
    entities: [person('Tuvo Maaren', { mentions: [m('b1', 0, 'Tuvo Maaren')] })],
  },
  {
    behaviour: 'given-name-after-a-relation-joins-the-full-name',
    sections: article('Talks', [['paragraph', '“It hurts,” her mother, Fiona, said. Fiona Okafor later spoke to reporters.']]),
    entities: [person('Fiona Okafor', { aliases: ['Fiona'], mentions: [m('b1', 24, 'Fiona'), m('b1', 37, 'Fiona Okafor')] })],
  },
  {
    behaviour: 'given-name-alone-stays-apart-when-two-people-share-it',
    sections: article('Talks', [['paragraph', '“It hurts,” her mother, Fiona, said. Fiona Okafor and Fiona Reyes spoke.']]),
    entities: [
      person('Fiona', { mentions: [m('b1', 24, 'Fiona')] }),
      person('Fiona Okafor', { mentions: [m('b1', 37, 'Fiona Okafor')] }),
      person('Fiona Reyes', { mentions: [m('b1', 54, 'Fiona Reyes')] }),
    ],
  },
  {
    behaviour: 'given-name-after-a-relation-is-a-person',
    sections: article('Talks', [['paragraph', 'There is little affection for his wife Grace, a former typist.']]),
    entities: [person('Grace', { mentions: [m('b1', 39, 'Grace')] })],
  },
  {
    behaviour: 'organisation-head-word-makes-an-organisation',
    sections: article('Talks', [['paragraph', 'The market is pricey, said a report from Mirvale Institutional Equities.']]),
    entities: [{ id: 'mirvale-institutional-equities', type: 'organization', name: 'Mirvale Institutional Equities', aliases: [], country: null, mentions: [m('b1', 41, 'Mirvale Institutional Equities')] }],
  },
  {
    behaviour: 'organisation-called-without-its-head-word-is-that-organisation',
    sections: article('Talks', [['paragraph', 'Sierra Calloway Corporation won a contract. Later Sierra Calloway said it was pleased.']]),
    entities: [
      {
        id: 'sierra-calloway-corporation',
        type: 'organization',
        name: 'Sierra Calloway Corporation',
        aliases: ['Sierra Calloway'],
        country: null,
        mentions: [m('b1', 0, 'Sierra Calloway Corporation'), m('b1', 50, 'Sierra Calloway')],
      },
    ],
  },
  {
    behaviour: 'list-of-people-from-places-carries-person-along',
    sections: article('Talks', [['paragraph', 'Two leaders, Oduya Kemberi of Ohio and Mark Pocan of Wisconsin, are backing her.']]),
    entities: [
      person('Oduya Kemberi', { mentions: [m('b1', 13, 'Oduya Kemberi')] }),
      { id: 'ohio', type: 'place', name: 'Ohio', aliases: [], country: 'united-states', mentions: [m('b1', 30, 'Ohio')] },
      person('Mark Pocan', { mentions: [m('b1', 39, 'Mark Pocan')] }),
      { id: 'wisconsin', type: 'place', name: 'Wisconsin', aliases: [], country: 'united-states', mentions: [m('b1', 53, 'Wisconsin')] },
      namedOnlyThroughOthers('United States'),
    ],
  },
  {
    behaviour: 'end-of-a-hyphenated-compound-is-not-a-titled-name',
    sections: article('Talks', [['paragraph', 'According to the Spokesman-Review, she wanted to teach.']]),
    entities: [],
  },
  {
    behaviour: 'given-name-that-is-also-a-place-stays-in-an-introduced-name',
    sections: article('Talks', [['paragraph', '“Ask first,” the union’s Jorvo Stanley tells reporters.']]),
    entities: [person('Jorvo Stanley', { mentions: [m('b1', 25, 'Jorvo Stanley')] })],
  },
  {
    behaviour: 'trailing-organisation-head-does-not-stand-alone',
    sections: article('Talks', [['paragraph', 'International tourism is up. Vardo Flora International helped.']]),
    entities: [{ id: 'vardo-flora-international', type: 'organization', name: 'Vardo Flora International', aliases: [], country: null, mentions: [m('b1', 29, 'Vardo Flora International')] }],
  },
  {
    behaviour: 'body-listing-its-subjects-with-and-is-one-organisation',
    sections: article('Talks', [['paragraph', 'In a statement on Monday, the Ministry of Health and Family Welfare said cases were rising.']]),
    entities: [{ id: 'ministry-of-health-and-family-welfare', type: 'organization', name: 'Ministry of Health and Family Welfare', aliases: [], country: null, mentions: [m('b1', 30, 'Ministry of Health and Family Welfare')] }],
  },
  {
    behaviour: 'committee-on-a-subject-is-one-organisation',
    sections: article('Talks', [['paragraph', 'In the hearing, the Committee on Foreign Affairs said the talks had failed last year.']]),
    entities: [{ id: 'committee-on-foreign-affairs', type: 'organization', name: 'Committee on Foreign Affairs', aliases: [], country: null, mentions: [m('b1', 20, 'Committee on Foreign Affairs')] }],
  },
  {
    behaviour: 'role-with-a-possessive-then-comma-introduces-a-person',
    sections: article('Talks', [['paragraph', 'The company’s chief executive, Oduya Kemberi, resigned on Friday after the vote.']]),
    entities: [person('Oduya Kemberi', { mentions: [m('b1', 31, 'Oduya Kemberi')] })],
  },
  {
    behaviour: 'pictured-after-a-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Tamo Velikor (pictured) was seen on Friday in the town.']]),
    entities: [person('Tamo Velikor', { mentions: [m('b1', 0, 'Tamo Velikor')] })],
  },
  {
    behaviour: 'arrested-after-a-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'In the town, Tamo Velikor was arrested on Friday after a long search.']]),
    entities: [person('Tamo Velikor', { mentions: [m('b1', 13, 'Tamo Velikor')] })],
  },
  {
    behaviour: 'died-after-a-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Tamo Velikor died on Friday in the town after a long illness.']]),
    entities: [person('Tamo Velikor', { mentions: [m('b1', 0, 'Tamo Velikor')] })],
  },
  {
    behaviour: 'and-his-wife-after-a-name-introduces-a-person',
    sections: article('Talks', [['paragraph', 'The shop is owned by Tamo Velikor and his wife, who moved to the town in 1990.']]),
    entities: [person('Tamo Velikor', { mentions: [m('b1', 21, 'Tamo Velikor')] })],
  },
  {
    behaviour: 'identified-as-introduces-a-person',
    sections: article('Talks', [['paragraph', 'Police identified the man as Tamo Velikor of the town.']]),
    entities: [person('Tamo Velikor', { mentions: [m('b1', 29, 'Tamo Velikor')] })],
  },
  {
    behaviour: 'unknown-word-before-a-given-name-is-a-name',
    sections: article('Talks', [['paragraph', 'Officials got contracts after the fall of Saddam Hussein in the war.']]),
    entities: [person('Saddam Hussein', { mentions: [m('b1', 42, 'Saddam Hussein')] })],
  },
  {
    behaviour: 'common-word-before-a-given-name-is-no-name',
    sections: article('Talks', [['paragraph', 'The boat passed Lucky Charles on the way home, and Golden Martin after it.']]),
    entities: [],
  },
  {
    behaviour: 'firm-word-closing-a-name-makes-it-an-organisation',
    sections: article('Talks', [['paragraph', 'The paper was bought by Alden Capital and sold to Leighton Offshore last year.']]),
    entities: [
      { id: 'alden-capital', type: 'organization', name: 'Alden Capital', aliases: [], country: null, mentions: [m('b1', 24, 'Alden Capital')] },
      { id: 'leighton-offshore', type: 'organization', name: 'Leighton Offshore', aliases: [], country: null, mentions: [m('b1', 50, 'Leighton Offshore')] },
    ],
  },
  {
    behaviour: 'monarch-or-pope-named-by-one-given-name-keeps-the-title-in-the-name',
    sections: article('Talks', [['paragraph', 'His mother, Queen Elizabeth, was said to be upset. Later Elizabeth met Pope Francis.']]),
    entities: [
      person('Queen Elizabeth', { aliases: ['Elizabeth'], description: 'Queen', mentions: [m('b1', 18, 'Elizabeth'), m('b1', 57, 'Elizabeth')] }),
      person('Pope Francis', { aliases: ['Francis'], description: 'Pope', mentions: [m('b1', 76, 'Francis')] }),
    ],
  },
  {
    behaviour: 'island-road-or-station-named-like-a-person-is-no-person',
    sections: article('Talks', [['paragraph', 'The whale was found on Stewart Island, far from Abbey Road and Marlow Station.']]),
    entities: [],
  },
  {
    behaviour: 'middle-initials-written-together-stay-in-the-name',
    sections: article('Talks', [['paragraph', 'The plan was drawn up under George H.W. Bush in the early 1990s.']]),
    entities: [person('George H.W. Bush', { id: 'george-h-w-bush', mentions: [m('b1', 28, 'George H.W. Bush')] })],
  },
  {
    behaviour: 'names-whose-middle-initials-differ-are-different-people',
    sections: article('Talks', [['paragraph', 'The plan was drawn up under George H.W. Bush and kept by George W. Bush.']]),
    entities: [
      person('George H.W. Bush', { id: 'george-h-w-bush', mentions: [m('b1', 28, 'George H.W. Bush')] }),
      person('George W. Bush', { id: 'george-w-bush', mentions: [m('b1', 57, 'George W. Bush')] }),
    ],
  },
  {
    behaviour: 'korean-given-name-beside-a-family-name-that-is-a-word-is-a-name',
    sections: article('Talks', [['paragraph', 'In the match Son Heung-min scored twice.'], ['paragraph', 'Later Heung-min Jun scored once.']]),
    entities: [
      person('Son Heung-min', { id: 'son-heung-min', mentions: [m('b1', 13, 'Son Heung-min')] }),
      person('Heung-min Jun', { id: 'heung-min-jun', mentions: [m('b2', 6, 'Heung-min Jun')] }),
    ],
  },
  {
    behaviour: 'surname-before-administration-is-a-leader',
    sections: article('Talks', [['paragraph', 'The plan was drafted under the Vantrel administration, as the Kenyan administration did.']]),
    entities: [
      person('Vantrel', { mentions: [m('b1', 31, 'Vantrel')] }),
      { id: 'kenya', type: 'country', name: 'Kenya', aliases: ['Kenyan'], country: 'kenya', mentions: [m('b1', 62, 'Kenyan')] },
    ],
  },
  {
    behaviour: 'sentence-opening-word-is-not-a-name',
    sections: article('Talks', [['paragraph', 'However, Several Countries objected. During Talks nobody spoke.']]),
    entities: [],
  },
];

describe('find-entities', () => {
  it.each(cases)('$behaviour', ({ sections, entities }) => {
    expect(findEntities(sections)).toEqual(entities);
  });

  it.each(cases)('$behaviour: every mention points at its own text', ({ sections }) => {
    const targets = new Map(sections.flatMap((s) => [[s.id, s.heading] as const, ...s.blocks.map((b) => [b.id, b.text] as const)]));
    for (const e of findEntities(sections))
      for (const mention of e.mentions) expect(targets.get(mention.block)?.slice(mention.start, mention.end), `${e.id} in ${mention.block}`).toBe(mention.text);
  });
});

describe('find-entities on a block of hundreds of thousands of mentions', () => {
  // In this thread's call stack, spreading 150,000 found mentions into one push() call overflowed it.
  it('finds every one of 150,000 country mentions in one block without overflowing the stack', () => {
    const text = Array.from({ length: 150_000 }, () => 'Russia').join(', ');
    const [russia, ...others] = findEntities(article('Talks', [['paragraph', text]]));
    expect(others).toEqual([]);
    expect(russia?.name).toBe('Russia');
    expect(russia?.mentions).toHaveLength(150_000);
    expect(russia?.mentions[149_999]).toEqual(m('b1', 149_999 * 8, 'Russia'));
  });

  it('keeps 150,000 capitalised words it cannot place in one block without overflowing the stack', () => {
    const text = Array.from({ length: 150_000 }, () => 'Zorblat').join(', ');
    expect(findEntities(article('Talks', [['paragraph', text]]))).toEqual([]);
  });
});

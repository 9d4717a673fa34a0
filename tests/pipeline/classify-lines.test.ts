import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/pipeline/stages/01-normalise-text';
import type { BoostedTrees } from '../../src/pipeline/structure/boosted-trees';
import { LINE_MODEL } from '../../src/pipeline/structure/line-model';
import { classifyLines, keepCoherentHeadings, keepHeadingsOfTheStorysStyle, keepProseAmidBody, ruleKinds } from '../../src/pipeline/stages/02-classify-lines';
import type { LineKind } from '../../src/pipeline/types';

/** Classifies a small article given as lines and returns `[kind, text]` for every non-blank line. */
function kindsOf(text: string): [LineKind, string][] {
  return classifyLines(normaliseText(text))
    .filter((l) => l.kind !== 'blank')
    .map((l) => [l.kind, l.text]);
}

// Body paragraphs as long as real news paragraphs: the line model judges a line by its shape and its neighbours',
// so the cases give it the neighbours a real story has.
const P1 = 'The minister promised on Monday to reform the pension system before the end of the year, officials in the capital said.';
const P2 = 'Opposition leaders called the plan a delaying tactic and said they would vote against it when it reaches the parliament next month.';
const P3 = 'The reform would raise the retirement age by two years and is expected to save the treasury billions over the next decade, according to the ministry.';
const P4 = 'Trade unions have threatened a general strike if the government goes ahead, and talks between the two sides are due to resume on Thursday.';

const cases: { name: string; input: string; expected: [LineKind, string][] }[] = [
  {
    name: 'first-line-is-the-headline',
    input: `Storm Hits Coast\n\n${P1}`,
    expected: [
      ['headline', 'Storm Hits Coast'],
      ['paragraph', P1],
    ],
  },
  {
    name: 'date-line-and-lead-caption-come-before-the-headline',
    input: 'date 2020-01-02 Register\n  A minister speaks at a podium in the capital.\n\n  Minister Promises Reform\n\n  © Agency / Jane Doe\n\n  The minister promised a reform on Monday, officials said.',
    expected: [
      ['date', 'date 2020-01-02 Register'],
      ['caption', 'A minister speaks at a podium in the capital.'],
      ['headline', 'Minister Promises Reform'],
      ['credit', '© Agency / Jane Doe'],
      ['paragraph', 'The minister promised a reform on Monday, officials said.'],
    ],
  },
  {
    name: 'header-metadata-between-headline-and-body',
    input: `Minister Promises Reform\n\nPolitics\nTopic:\nReform Debate (12)\n0 0 0\n\n${P1}\n\n${P2}`,
    expected: [
      ['headline', 'Minister Promises Reform'],
      ['furniture', 'Politics'],
      ['topic-label', 'Topic:'],
      ['topic', 'Reform Debate (12)'],
      ['counter', '0 0 0'],
      ['paragraph', P1],
      ['paragraph', P2],
    ],
  },
  {
    name: 'caption-sits-above-credit-and-teaser-title-follows-it',
    input:
      `Big Story\n\n${P1}\n\nA man waves a flag during a rally in the capital\n© Agency / John Smith\nRelated Story About Something Else Entirely\n"We will go on with this reform whatever the unions say, because the country needs it," he said.`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['caption', 'A man waves a flag during a rally in the capital'],
      ['credit', '© Agency / John Smith'],
      ['teaser', 'Related Story About Something Else Entirely'],
      ['paragraph', '"We will go on with this reform whatever the unions say, because the country needs it," he said.'],
    ],
  },
  {
    name: 'read-more-and-also-on-lines-are-related-links',
    input: "Big Story\n\nREAD MORE: Officials Say 'Nothing Changed' After Talks\n\nAlso on example.com Other story about other things\n\nThe talks ended without a deal, both sides said.",
    expected: [
      ['headline', 'Big Story'],
      ['related', "READ MORE: Officials Say 'Nothing Changed' After Talks"],
      ['related', 'Also on example.com Other story about other things'],
      ['paragraph', 'The talks ended without a deal, both sides said.'],
    ],
  },
  {
    name: 'title-case-line-standing-alone-is-a-subheading',
    input: `Big Story\n\n${P1}\n\n${P2}\n\nTalks Resume in the Capital\n\n${P3}\n\n${P4}`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['paragraph', P2],
      ['subheading', 'Talks Resume in the Capital'],
      ['paragraph', P3],
      ['paragraph', P4],
    ],
  },
  {
    name: 'short-title-after-a-photo-credit-before-prose-is-a-subheading',
    input: `Big story\n${P1}\n${P2}\nProtesters outside the parliament on Monday.\nPhoto: Jane Roe/Getty Images\nPregnant Women and Infants\n${P3}\n${P4}`,
    expected: [
      ['headline', 'Big story'],
      ['paragraph', P1],
      ['paragraph', P2],
      ['caption', 'Protesters outside the parliament on Monday.'],
      ['credit', 'Photo: Jane Roe/Getty Images'],
      ['subheading', 'Pregnant Women and Infants'],
      ['paragraph', P3],
      ['paragraph', P4],
    ],
  },
  {
    name: 'short-label-opening-a-group-of-sentences-is-a-subheading',
    input: `Big story\n${P1}\n${P2}\n'Right call'\n${P3}\n${P4}`,
    expected: [
      ['headline', 'Big story'],
      ['paragraph', P1],
      ['paragraph', P2],
      ['subheading', "'Right call'"],
      ['paragraph', P3],
      ['paragraph', P4],
    ],
  },
  {
    name: 'title-case-question-is-a-subheading-but-a-sentence-question-is-prose',
    input: `Big Story\n\n${P1}\n\n${P2}\n\nWhat About the Pandemic?\n\n${P3}\n\nWhat exactly did you and your colleagues discover when you went back to the ward that night?\n\n${P4}`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['paragraph', P2],
      ['subheading', 'What About the Pandemic?'],
      ['paragraph', P3],
      ['paragraph', 'What exactly did you and your colleagues discover when you went back to the ward that night?'],
      ['paragraph', P4],
    ],
  },
  {
    name: 'short-question-between-prose-is-a-subheading-but-not-a-turn-of-an-interview',
    input: `Big Story\n${P1}\n${P2}\nTourists were marooned in the city as a result.\nHow is the plague spread?\n${P3}\n\nReporter: ${P4}\n\nWhat exactly did you discover?\n\nJane Doe: ${P1}`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['paragraph', P2],
      ['paragraph', 'Tourists were marooned in the city as a result.'],
      ['subheading', 'How is the plague spread?'],
      ['paragraph', P3],
      ['paragraph', `Reporter: ${P4}`],
      ['paragraph', 'What exactly did you discover?'],
      ['paragraph', `Jane Doe: ${P1}`],
    ],
  },
  {
    name: 'quoted-claim-between-prose-is-a-subheading-but-a-quoted-sentence-is-prose',
    input: `Big Story\n\n${P1}\n\n“… prevent the evacuation of the civilians from the camp”\n\n${P2}\n\n“Nobody here is stopping anyone who wants to leave the area.”\n\n${P3}`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['subheading', '“… prevent the evacuation of the civilians from the camp”'],
      ['paragraph', P2],
      ['paragraph', '“Nobody here is stopping anyone who wants to leave the area.”'],
      ['paragraph', P3],
    ],
  },
  {
    name: 'headline-repeated-by-the-page-and-image-toggle-are-not-prose',
    input: 'Leader Outlines Plan\n\nLeader Outlines Plan\n\nEnlarge this image toggle caption Jane Doe/AP Jane Doe/AP\n\nThe leader outlined a plan on Sunday.',
    expected: [
      ['headline', 'Leader Outlines Plan'],
      ['repeated-headline', 'Leader Outlines Plan'],
      ['credit', 'Enlarge this image toggle caption Jane Doe/AP Jane Doe/AP'],
      ['paragraph', 'The leader outlined a plan on Sunday.'],
    ],
  },
  {
    name: 'caption-ending-in-its-own-credit-is-a-caption',
    input: 'Big Story\n\nThe spokeswoman at a briefing in the capital on Monday. Jane Doe/AP\n\nThe spokeswoman said on Monday that talks went well.',
    expected: [
      ['headline', 'Big Story'],
      ['caption', 'The spokeswoman at a briefing in the capital on Monday. Jane Doe/AP'],
      ['paragraph', 'The spokeswoman said on Monday that talks went well.'],
    ],
  },
  {
    name: 'a-sentence-saying-what-a-picture-shows-is-a-caption',
    input: `Big Story\n\n${P1}\n\nThis graphic, provided by a data firm, shows the states where the drug is legal.\n\nThis March 28, 2017, file photo shows the financier.\n\n${P2}\n\nThis shows how much the city has changed.`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['caption', 'This graphic, provided by a data firm, shows the states where the drug is legal.'],
      ['caption', 'This March 28, 2017, file photo shows the financier.'],
      ['paragraph', P2],
      ['paragraph', 'This shows how much the city has changed.'],
    ],
  },
  {
    name: 'dateline-stays-in-its-paragraph',
    input: 'Big Story\n\nMOSCOW (Sputnik) — The ministry said on Monday that talks went well.',
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', 'MOSCOW (Sputnik) — The ministry said on Monday that talks went well.'],
    ],
  },
  {
    name: 'syndication-notes-credit-tails-and-source-photo-credits-are-set-aside',
    input: `Big Story\n\n${P1}\n\nHuge crowds saw the spectacular show (Jane Roe/PA)\n\nU.S. Air Force photo by Staff Sgt. Jane Doe A jet flies over the base.\n\n${P2}\n\nThis article also appears in Business Weekly.`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['caption', 'Huge crowds saw the spectacular show (Jane Roe/PA)'],
      ['credit', 'U.S. Air Force photo by Staff Sgt. Jane Doe A jet flies over the base.'],
      ['paragraph', P2],
      ['footer', 'This article also appears in Business Weekly.'],
    ],
  },
  {
    name: 'captions-ending-on-a-credit-in-other-forms-are-captions',
    input: `Big Story\n\nBy Jane Doe\n\nThe old cabaret in the city centre Jean Roe/Reuters\n\n${P1}\n\nThe minister visits the wall on March 18 after the vote. (Tom Coe/AFP/Getty Images)\n\n${P2}\n\nPeacekeepers at a camp on Monday. Credit Ash Shaz/Agence France-Presse — Getty Images\n\n${P3}`,
    expected: [
      ['headline', 'Big Story'],
      ['credit', 'By Jane Doe'],
      ['caption', 'The old cabaret in the city centre Jean Roe/Reuters'],
      ['paragraph', P1],
      ['caption', 'The minister visits the wall on March 18 after the vote. (Tom Coe/AFP/Getty Images)'],
      ['paragraph', P2],
      ['caption', 'Peacekeepers at a camp on Monday. Credit Ash Shaz/Agence France-Presse — Getty Images'],
      ['paragraph', P3],
    ],
  },
  {
    name: 'editors-notes-on-a-correction-are-set-aside',
    input: `Big Story\n\n${P1}\n\nCorrection added Nov. 18, 2019: The caption below the photograph misstated a name.\n\n${P2}\n\nThis version corrects the spelling of the region.\n\nAn earlier version of this story gave the wrong date for the vote.`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['footer', 'Correction added Nov. 18, 2019: The caption below the photograph misstated a name.'],
      ['paragraph', P2],
      ['footer', 'This version corrects the spelling of the region.'],
      ['footer', 'An earlier version of this story gave the wrong date for the vote.'],
    ],
  },
  {
    name: 'footers-disclaimers-and-sharing-prompts-are-set-aside',
    input:
      'Big Story\n\nThe story itself, told in a sentence.\n\n*Group X is a terrorist organisation banned in many countries.\n\nThe views and opinions expressed in the article do not necessarily reflect those of the outlet.\n\nLike this story? Share it with a friend!\n\nTopic:\nReform Debate (12)\n\nTags:\ntalks, reform',
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', 'The story itself, told in a sentence.'],
      ['footer', '*Group X is a terrorist organisation banned in many countries.'],
      ['footer', 'The views and opinions expressed in the article do not necessarily reflect those of the outlet.'],
      ['chrome', 'Like this story? Share it with a friend!'],
      ['topic-label', 'Topic:'],
      ['topic', 'Reform Debate (12)'],
      ['tags-label', 'Tags:'],
      ['tags', 'talks, reform'],
    ],
  },
  {
    name: 'an-unclosed-quotation-is-not-a-subheading',
    input: `Big Story\n\n${P1}\n\nThe letter, which was seen by reporters on Tuesday, read as follows, in full.\n\n“THE PRIME MINISTER\n\nDear colleagues, I write to you today because the reform cannot wait any longer and the country expects us to act.`,
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', P1],
      ['paragraph', 'The letter, which was seen by reporters on Tuesday, read as follows, in full.'],
      ['paragraph', '“THE PRIME MINISTER'],
      ['paragraph', 'Dear colleagues, I write to you today because the reform cannot wait any longer and the country expects us to act.'],
    ],
  },
  {
    name: 'embedded-post-text-and-signature-are-an-embed',
    input:
      'Big Story\n\nThe host of the show announced the decision on social media on Saturday, a day after the ministry had asked for it.\n\nNo guests until further notice 👇\n\npic.twitter.com/abc123 — Jane Host (@janehost) May 23, 2020\n\nShort reply to that post.\n\nGood luck with that. — Someone Else (@someone) May 24, 2020\n\nThe ban follows a long dispute between the show and ministers.',
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', 'The host of the show announced the decision on social media on Saturday, a day after the ministry had asked for it.'],
      ['embed', 'No guests until further notice 👇'],
      ['embed', 'pic.twitter.com/abc123 — Jane Host (@janehost) May 23, 2020'],
      ['embed', 'Short reply to that post.'],
      ['embed', 'Good luck with that. — Someone Else (@someone) May 24, 2020'],
      ['paragraph', 'The ban follows a long dispute between the show and ministers.'],
    ],
  },
  {
    name: 'author-byline-is-a-credit',
    input: 'Big Story\n\nBy Jane Doe , science writer based in London.\n\nBy the time the team arrived, the virus had spread.',
    expected: [
      ['headline', 'Big Story'],
      ['credit', 'By Jane Doe , science writer based in London.'],
      ['paragraph', 'By the time the team arrived, the virus had spread.'],
    ],
  },
  {
    name: 'byline-with-a-dash-and-a-date-is-a-credit-not-the-caption-of-the-photo-credit-below-it',
    input: 'Big Story\n\nBy Jane Doe - 11/18/19 11:04 PM EST\n\n© John Roe\n\nThe court ordered malls to reopen on Monday after a long dispute.',
    expected: [
      ['headline', 'Big Story'],
      ['credit', 'By Jane Doe - 11/18/19 11:04 PM EST'],
      ['credit', '© John Roe'],
      ['paragraph', 'The court ordered malls to reopen on Monday after a long dispute.'],
    ],
  },
  {
    name: 'the-label-of-a-box-of-links-alone-on-its-line-is-chrome',
    input: 'Big Story\n\nThe court ordered malls to reopen on Monday after a long dispute with the city.\n\nRead more\n\nMost Read\n\nYou might also like:\n\nThe ruling follows months of talks between the owners and the council.',
    expected: [
      ['headline', 'Big Story'],
      ['paragraph', 'The court ordered malls to reopen on Monday after a long dispute with the city.'],
      ['chrome', 'Read more'],
      ['chrome', 'Most Read'],
      ['chrome', 'You might also like:'],
      ['paragraph', 'The ruling follows months of talks between the owners and the council.'],
    ],
  },
  {
    name: 'caption-ending-in-agency-slash-photographer-is-a-caption',
    input: 'Big Story\n\nA man wears a mask in the city on May 18, 2020. REUTERS/Jane Doe\n\nThe court ordered malls to reopen.',
    expected: [
      ['headline', 'Big Story'],
      ['caption', 'A man wears a mask in the city on May 18, 2020. REUTERS/Jane Doe'],
      ['paragraph', 'The court ordered malls to reopen.'],
    ],
  },
  {
    name: 'headline-run-into-the-standfirst-separators-and-contributor-notes-are-not-prose',
    input: 'Big Story\n\nBig Story The standfirst follows the title on the same line\n\nThe story starts here.\n\n———\n\nDoe reported from Paris. John Roe in Rome contributed.',
    expected: [
      ['headline', 'Big Story'],
      ['repeated-headline', 'Big Story The standfirst follows the title on the same line'],
      ['paragraph', 'The story starts here.'],
      ['chrome', '———'],
      ['footer', 'Doe reported from Paris. John Roe in Rome contributed.'],
    ],
  },
];

describe('classifyLines', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_name, c) => {
    expect(kindsOf(c.input)).toEqual(c.expected);
  });
});

describe('one sentence between paragraphs', () => {
  // A column's run of paragraphs (Salon, via mozilla/readability's test pages), where the line model took a one-sentence
  // paragraph for a sub-headline.
  const column = ["The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians", "One of the lessons of Sydney is this: Uber’s philosophy, whether consciously expressed or not, is that life belongs to the highest bidder – and therefore, by implication, the highest bidder’s life has the greatest value. Society, on the other hand, may choose to believe that every life has equal value – or that lifesaving services should be available at affordable prices.", "If nothing else, the Sydney experience should prove once and for all that there is no such thing as “the sharing economy.” Uber is a taxi company, albeit an under-regulated one, and nothing more. It’s certainly not a “ride sharing” service, where someone who happens to be going in the same direction is willing to take along an extra passenger and split gas costs. A ride-sharing service wouldn’t find itself “increasing fares to encourage more drivers” to come into Sydney’s terrorized Central Business District.", "A “sharing economy,” by definition, is lateral in structure. It is a peer-to-peer economy. But Uber, as its name suggests, is hierarchical in structure. It monitors and controls its drivers, demanding that they purchase services from it while guiding their movements and determining their level of earnings. And its pricing mechanisms impose unpredictable costs on its customers, extracting greater amounts whenever the data suggests customers can be compelled to pay them.", "This is a top-down economy, not a “shared” one.", "A number of Uber’s fans and supporters defended the company on the grounds that its “surge prices,” including those seen during the Sydney crisis, are determined by an algorithm. But an algorithm can be an ideological statement, and is always a cultural artifact. As human creations, algorithms reflect their creators.", "Uber’s tweet during the Sydney crisis made it sound as if human intervention, rather than algorithmic processes, caused prices to soar that day. But it doesn’t really matter if that surge was manually or algorithmically driven. Either way the prices were Uber’s doing – and its moral choice."];
  it('a-short-sentence-closed-by-a-full-stop-between-paragraphs-is-a-paragraph-not-a-sub-headline', () => {
    expect(kindsOf(column.join('\n')).find(([, line]) => line.startsWith('This is a top-down'))?.[0]).toBe('paragraph');
  });
});

describe('numbered sections', () => {
  const item = (n: number) => `${n}. Item number ${n} of the newsletter\n${P1}\n${P2}`;
  it('numbered-titles-counting-up-are-sub-headlines', () => {
    const kinds = kindsOf(`Morning Briefing\n${P3}\n${item(1)}\n${item(2)}\n${item(3)}`);
    expect(kinds.filter(([kind]) => kind === 'subheading').map(([, text]) => text)).toEqual([
      '1. Item number 1 of the newsletter',
      '2. Item number 2 of the newsletter',
      '3. Item number 3 of the newsletter',
    ]);
  });

  it('numbered-titles-counting-up-from-two-after-an-unnumbered-first-part-are-sub-headlines', () => {
    const kinds = kindsOf(`Morning Briefing\n${P3}\n${P4}\n${item(2)}\n${item(3)}\n${item(4)}`);
    expect(kinds.filter(([kind]) => kind === 'subheading').map(([, text]) => text)).toEqual([
      '2. Item number 2 of the newsletter',
      '3. Item number 3 of the newsletter',
      '4. Item number 4 of the newsletter',
    ]);
  });

  it('numbered-sentences-are-not-sub-headlines', () => {
    const kinds = kindsOf(`Morning Briefing\n${P3}\n1. The first point is made here.\n2. The second point follows it.\n3. The third point ends the list.\n${P4}`);
    expect(kinds.filter(([kind]) => kind === 'subheading')).toEqual([]);
  });
});

// These lines the rules decide themselves, before the line model is asked: a model trained on other articles
// missed them (leave-one-article-out), so the cases check the rules' own kinds.
describe('crossheads the rules take', () => {
  const ruleKindOf = (text: string, line: string) => {
    const lines = normaliseText(text);
    const { kinds } = ruleKinds(lines);
    return kinds[lines.findIndex((l) => l.text === line)];
  };
  it('a-question-opened-by-a-lead-word-is-a-subheading', () => {
    const text = `Big Story\n${P1}\n${P2}\nTourists were marooned in the city as a result.\nSo, how is the plague spread?\n${P3}`;
    expect(ruleKindOf(text, 'So, how is the plague spread?')).toBe('subheading');
  });
  it('a-short-question-between-prose-is-a-subheading', () => {
    const text = `Big Story\n${P1}\n${P2}\nTourists were marooned in the city as a result.\nHow is the plague spread?\n${P3}`;
    expect(ruleKindOf(text, 'How is the plague spread?')).toBe('subheading');
  });
  it('a-question-crosshead-in-sentence-case-may-hold-names-and-open-with-a-negation', () => {
    const text = `Big Story\n${P1}\n${P2}\nWhat tariffs has the United States imposed?\n${P3}\n${P4}\nDon’t tariffs produce revenue?\n${P1}`;
    expect(ruleKindOf(text, 'What tariffs has the United States imposed?')).toBe('subheading');
    expect(ruleKindOf(text, 'Don’t tariffs produce revenue?')).toBe('subheading');
  });
  it('a-question-in-title-case-is-a-teaser-for-the-model', () => {
    const text = `Big Story\n${P1}\n${P2}\nDo Parties Or Voters Choose Presidential Nominees?\n${P3}`;
    expect(ruleKindOf(text, 'Do Parties Or Voters Choose Presidential Nominees?')).toBeNull();
  });
  it('a-question-in-an-interview-is-left-to-the-model', () => {
    const text = `Big Story\n${P1}\n\nReporter: ${P4}\n\nWhat exactly did you discover?\n\nJane Doe: ${P1}`;
    expect(ruleKindOf(text, 'What exactly did you discover?')).toBeNull();
  });
  it('a-question-in-capitals-between-prose-is-a-subheading', () => {
    const text = `Big Story\n${P1}\n${P2}\nWHO IS THE FRONT-RUNNER?\n${P3}`;
    expect(ruleKindOf(text, 'WHO IS THE FRONT-RUNNER?')).toBe('subheading');
  });
  it('a-question-crosshead-may-hold-a-word-of-page-furniture-but-a-call-to-act-is-no-crosshead', () => {
    const text = `Big Story\n${P1}\n${P2}\nHOW WILL THE SENATE PLAY IT?\n${P3}\n${P4}\nWhat more can the city do?\n${P1}\n${P2}\nWhy not subscribe to our newsletter?\n${P3}`;
    expect(ruleKindOf(text, 'HOW WILL THE SENATE PLAY IT?')).toBe('subheading');
    expect(ruleKindOf(text, 'What more can the city do?')).toBe('subheading');
    expect(ruleKindOf(text, 'Why not subscribe to our newsletter?')).toBeNull();
  });
  it('a-short-title-after-a-rule-of-punctuation-before-prose-is-a-subheading', () => {
    const text = `Big Story\n${P1}\n${P2}\n___\nWHAT SAY YOU, JURY?\n${P3}\n___\nThe pension fight\n${P4}`;
    expect(ruleKindOf(text, 'WHAT SAY YOU, JURY?')).toBe('subheading');
    expect(ruleKindOf(text, 'The pension fight')).toBe('subheading');
  });
  it('a-short-title-after-a-rule-of-punctuation-right-under-the-headline-is-left-to-the-model', () => {
    const text = `Big Story\n___\nThe pension fight\n${P1}\n${P2}`;
    expect(ruleKindOf(text, 'The pension fight')).toBeNull();
  });
  it('a-name-and-a-one-word-agency-joined-by-a-slash-alone-on-a-line-are-a-credit', () => {
    const text = `Big story\n${P1}\nDevindra Hardawar/AOL\n${P2}\nJane Doe/Reuters\n${P3}`;
    expect(ruleKindOf(text, 'Devindra Hardawar/AOL')).toBe('credit');
    expect(ruleKindOf(text, 'Jane Doe/Reuters')).toBe('credit');
    expect(ruleKindOf(`Big story\n${P1}\nSouth Africa/AFP\n${P2}`, 'South Africa/AFP')).not.toBe('credit');
  });
  it('a-short-title-before-a-photos-credit-and-prose-is-a-subheading', () => {
    const text = `Big story\n${P1}\n${P2}\nIn use\nDevindra Hardawar/AOL\n${P3}`;
    expect(ruleKindOf(text, 'In use')).toBe('subheading');
  });
  it('a-caption-run-into-its-credit-is-a-caption-and-the-credit-alone-a-credit', () => {
    const text = `Big story\n${P1}\nIn 1978, a water main break caused severe flooding in Bushwick, Brooklyn.CreditFred R. Conrad/The New York Times\nCreditCreditJeon Heon-Kyun/EPA\n${P2}`;
    expect(ruleKindOf(text, 'In 1978, a water main break caused severe flooding in Bushwick, Brooklyn.CreditFred R. Conrad/The New York Times')).toBe('caption');
    expect(ruleKindOf(text, 'CreditCreditJeon Heon-Kyun/EPA')).toBe('credit');
  });
  it('a-longer-title-in-sentence-case-after-a-photos-caption-before-prose-is-a-subheading-but-one-in-title-case-is-a-teaser', () => {
    const caption = 'Workers repaired a water main in Manhattan in 2014.CreditJane Roe/The Daily News';
    const text = `Big story\n${P1}\n${P2}\n${caption}\nHow to replace century-old utilities: slowly, and carefully\n${P3}\n${caption}\nConversation Between Putin And Trump Would Be Beneficial To Everyone\n${P4}`;
    expect(ruleKindOf(text, 'How to replace century-old utilities: slowly, and carefully')).toBe('subheading');
    expect(ruleKindOf(text, 'Conversation Between Putin And Trump Would Be Beneficial To Everyone')).toBeNull();
  });
  it('a-crosshead-naming-a-platform-is-a-subheading-but-a-share-label-is-not', () => {
    const text = `Big story\n${P1}\n${P2}\nInformation from other Facebook users\n${P3}\n${P4}\nShare on Facebook\n${P1}`;
    expect(ruleKindOf(text, 'Information from other Facebook users')).toBe('subheading');
    expect(ruleKindOf(text, 'Share on Facebook')).not.toBe('subheading');
  });
  it('a-continue-reading-link-and-a-powered-by-line-are-chrome-and-a-maps-label-a-caption', () => {
    const text = `Big story\n${P1}\nContinue reading the main story\n${P2}\nMap: Flow of foreign fighters to Syria\n${P3}\nPowered by SmartAsset.com\n${P4}`;
    expect(ruleKindOf(text, 'Continue reading the main story')).toBe('chrome');
    expect(ruleKindOf(text, 'Powered by SmartAsset.com')).toBe('chrome');
    expect(ruleKindOf(text, 'Map: Flow of foreign fighters to Syria')).toBe('caption');
  });
  it('a-short-title-after-a-photo-credit-before-prose-is-a-subheading', () => {
    const text = `Big story\n${P1}\n${P2}\nProtesters outside the parliament on Monday.\nPhoto: Jane Roe/Getty Images\nPlans for the future\n${P3}`;
    expect(ruleKindOf(text, 'Plans for the future')).toBe('subheading');
  });
});

describe('pull quotes', () => {
  const quote = '“Today there are no medicines for treatment at all, as the hospital has run out of drugs.”';
  const paragraph = '“Before the war, there was a shortage of medicines,” the director said. “Today there are no medicines for treatment at all, as the hospital has run out of drugs.”';
  it('a-quotation-repeating-a-nearby-paragraph-is-page-furniture', () => {
    const kinds = kindsOf(`Big Story\n${P1}\n${quote}\n${P2}\n${paragraph}\n${P3}`);
    expect(kinds.find(([, text]) => text === quote)?.[0]).toBe('furniture');
    expect(kinds.find(([, text]) => text === paragraph)?.[0]).toBe('paragraph');
  });
  it('a-quotation-the-story-does-not-repeat-is-a-paragraph', () => {
    const kinds = kindsOf(`Big Story\n${P1}\n${quote}\n${P2}\n${P3}`);
    expect(kinds.find(([, text]) => text === quote)?.[0]).toBe('paragraph');
  });
});

describe('the context takes prose back from the line model', () => {
  const SCORES = 'Argentina got past Chile 3-0 in Group C, with Jane Roe beating Ann Poe 6-3, 6-7 (3), 6-3 and Mia Loe defeating Eva Moe 6-2, 6-2.';
  const lines = ['Big Story', P1, SCORES, P2].map((text, i) => ({ no: i + 1, text }));
  const run = (kinds: (LineKind | null)[]) => {
    const out = kinds.slice();
    keepProseAmidBody(lines, [...['headline' as const], null, null, null], out, 0);
    return out;
  };
  it('prose-called-furniture-between-paragraphs-is-a-paragraph', () => {
    expect(run(['headline', 'paragraph', 'furniture', 'paragraph'])[2]).toBe('paragraph');
  });
  it('prose-called-furniture-after-the-last-paragraph-stays-furniture', () => {
    // Related stories' teasers come after the story, with no story text below them.
    expect(run(['headline', 'paragraph', 'paragraph', 'furniture'])[3]).toBe('furniture');
  });
  it('prose-between-furniture-stays-furniture', () => {
    expect(run(['headline', 'furniture', 'furniture', 'paragraph'])[2]).toBe('furniture');
  });
  const LEAD = 'A photographer and Navy veteran is fighting back after a photo she posted online started a backlash over the weekend.';
  const opening = (first: string) => {
    const out: (LineKind | null)[] = ['headline', 'furniture', 'furniture', 'paragraph', 'paragraph'];
    const five = ['Big Story', 'Closed Caption Settings', first, P1, P2].map((text, i) => ({ no: i + 1, text }));
    keepProseAmidBody(five, ['headline', null, null, null, null], out, 0);
    return out[2];
  };
  it('a-long-sentence-after-page-furniture-that-two-paragraphs-follow-opens-the-story', () => {
    expect(opening(LEAD)).toBe('paragraph');
  });
  it('a-line-addressing-the-reader-after-page-furniture-stays-furniture', () => {
    expect(opening('As usual, if you have tips or thoughts on what we can do better, just hit reply or write to me at tips@example.com.')).toBe('furniture');
    expect(opening('In each episode of his weekly show, our columnist will delve a little deeper into the world of politics. Click to subscribe!')).toBe('furniture');
    expect(opening('Note: the figures in this story are as of 4 p.m. on Monday and include every legislator who has endorsed a candidate.')).toBe('furniture');
  });
  const between = (middle: string) => {
    const out: (LineKind | null)[] = ['headline', 'paragraph', 'furniture', 'paragraph'];
    const three = ['Big Story', P1, middle, P2].map((text, i) => ({ no: i + 1, text }));
    keepProseAmidBody(three, ['headline', null, null, null], out, 0);
    return out[2];
  };
  it('a-short-sentence-called-furniture-between-paragraphs-is-a-paragraph', () => {
    expect(between("The suspect's attorney, Jane Roe, told reporters he had no comment.")).toBe('paragraph');
  });
  it('a-long-line-introducing-a-quotation-with-a-colon-called-furniture-between-paragraphs-is-a-paragraph', () => {
    expect(between('Talking to a Russian broadcaster, Josep Borrell, High Representative of the European Union for Foreign Affairs, said:')).toBe('paragraph');
  });
  it('a-short-title-called-furniture-between-paragraphs-stays-furniture', () => {
    // A teaser or box title between two paragraphs is shaped like a title, not like a sentence.
    expect(between('Man Shot at Gas Station Dies at Hospital')).toBe('furniture');
    expect(between('Do Parties Or Voters Choose Presidential Nominees?')).toBe('furniture');
  });
});

describe('a story keeps one style for its sub-headlines', () => {
  const LAST = 'Australia beat Colombia behind a strong win in the singles and another victory in the doubles later in the evening.';
  const run = (texts: string[], kinds: (LineKind | null)[]) => {
    const lines = texts.map((text, i) => ({ no: i + 1, text }));
    const out = kinds.slice();
    keepHeadingsOfTheStorysStyle(lines, texts.map((_, i) => (i === 0 ? 'headline' : null)), out, 0);
    keepProseAmidBody(lines, texts.map((_, i) => (i === 0 ? 'headline' : null)), out, 0);
    return out;
  };
  it('a-line-in-capitals-is-a-sub-headline-where-two-others-are-and-its-last-paragraph-is-body', () => {
    const texts = ['Big Story', P1, 'US FALLS', P2, 'FRANCE WINS', P3, 'AUSTRALIA AHEAD', LAST];
    expect(run(texts, ['headline', 'paragraph', 'subheading', 'paragraph', 'subheading', 'paragraph', 'furniture', 'furniture'])).toEqual(['headline', 'paragraph', 'subheading', 'paragraph', 'subheading', 'paragraph', 'subheading', 'paragraph']);
  });
  it('a-line-in-capitals-stays-furniture-where-the-story-has-one-such-sub-headline-or-it-is-a-label', () => {
    const one = ['Big Story', P1, 'US FALLS', P2, 'AUSTRALIA AHEAD', LAST];
    expect(run(one, ['headline', 'paragraph', 'subheading', 'paragraph', 'furniture', 'furniture']).slice(4)).toEqual(['furniture', 'furniture']);
    const label = ['Big Story', P1, 'US FALLS', P2, 'FRANCE WINS', P3, 'RELATED COVERAGE', LAST];
    expect(run(label, ['headline', 'paragraph', 'subheading', 'paragraph', 'subheading', 'paragraph', 'furniture', 'furniture'])[6]).toBe('furniture');
  });
});

describe('what the line model calls a heading', () => {
  // A model that calls every free line a heading: what the stage then keeps as one is the stage's own decision.
  const allHeadings: BoostedTrees = { ...LINE_MODEL, rounds: [[{ v: 0 }, { v: 10 }, { v: 0 }]] };
  const kindOf = (line: string) => {
    const lines = normaliseText(`Big Story\n\n${P1}\n\n${line}\n\n${P2}`);
    return classifyLines(lines, allHeadings).find((l) => l.text === line)!.kind;
  };
  it('a-heading-shaped-line-is-a-sub-headline', () => {
    expect(kindOf('Plans for the future')).toBe('subheading');
  });
  it('a-label-is-no-sub-headline-a-separator-an-open-ending-a-bracketed-count-a-titled-name-alone', () => {
    expect(kindOf('Profile | Grace Mugabe')).not.toBe('subheading');
    expect(kindOf('In partnership with')).not.toBe('subheading');
    expect(kindOf('Slideshow ( 15 images )')).not.toBe('subheading');
    expect(kindOf('Rep. Alexandria Ocasio-Cortez')).not.toBe('subheading');
    expect(kindOf('What was the investigation about?')).toBe('subheading');
  });
});

describe('lexical cohesion takes sub-headlines back from the line model', () => {
  const BEFORE = 'The ammunition seller was arrested on Friday and released on his own recognizance, with conditions the court did not spell out.';
  const AFTER = [
    'In a news conference before his arrest, Haig said he saw nothing suspicious about the buyer, who seemed polite and well dressed.',
    'Haig said the buyer told him he wanted the rounds for a light show in the desert, and nothing he said seemed suspicious.',
  ];
  const run = (middle: string) => {
    const lines = ['Big Story', BEFORE, middle, ...AFTER].map((text, i) => ({ no: i + 1, text }));
    const kinds: (LineKind | null)[] = ['headline', 'paragraph', 'teaser', 'paragraph', 'paragraph'];
    keepCoherentHeadings(lines, ['headline', null, null, null, null], kinds, 0);
    return kinds[2];
  };
  it('a-title-whose-words-the-section-after-it-repeats-is-a-sub-headline', () => {
    expect(run('Haig Says He Saw Nothing Suspicious')).toBe('subheading');
  });
  it('a-short-word-of-the-title-is-found-in-longer-forms-of-it', () => {
    const middle = 'Hostage swap';
    const lines = ['Big Story', BEFORE, middle, 'The crash comes a day after the group swapped two hostages for three of its commanders held by the government.', AFTER[1]!].map((text, i) => ({ no: i + 1, text }));
    const kinds: (LineKind | null)[] = ['headline', 'paragraph', 'furniture', 'paragraph', 'paragraph'];
    keepCoherentHeadings(lines, ['headline', null, null, null, null], kinds, 0);
    expect(kinds[2]).toBe('subheading');
  });
  it('a-title-of-another-matter-between-paragraphs-stays-a-teaser', () => {
    expect(run('Man Shot at Dallas Gas Station Dies at Hospital')).toBe('teaser');
  });
  // One sentence per line: the prose around the heading is the run of short body lines, not the one line next to it.
  const sentencePerLine = (before: string[]) => {
    const texts = ['Big Story', ...before, 'Death threats', 'Haig said he has received death threats since the documents were released.', 'He said his family had been frightened.'];
    const lines = texts.map((text, i) => ({ no: i + 1, text }));
    const kinds: (LineKind | null)[] = texts.map((_, i) => (i === 0 ? 'headline' : i === before.length + 1 ? 'furniture' : 'paragraph'));
    keepCoherentHeadings(lines, texts.map((_, i) => (i === 0 ? 'headline' : null)), kinds, 0);
    return kinds[before.length + 1];
  };
  it('a-title-after-a-run-of-short-sentence-lines-is-a-sub-headline', () => {
    expect(sentencePerLine(['The seller was arrested on Friday.', 'He appeared in court that afternoon.', '"It was a routine sale," his lawyer said.'])).toBe('subheading');
  });
  it('a-title-after-a-single-short-line-is-left-to-the-model', () => {
    expect(sentencePerLine(['He was arrested.'])).toBe('furniture');
  });
  // The story resumes under a sub-headline after a photo's caption and credit or a teaser box.
  const afterFurniture = (above: string, middle: string, aboveKind: LineKind = 'caption', first = BEFORE) => {
    const texts = ['Big Story', first, above, middle, ...AFTER];
    const lines = texts.map((text, i) => ({ no: i + 1, text }));
    const kinds: (LineKind | null)[] = ['headline', 'paragraph', aboveKind, 'teaser', 'paragraph', 'paragraph'];
    keepCoherentHeadings(lines, texts.map((_, i) => (i === 0 ? 'headline' : null)), kinds, 0);
    return kinds[3];
  };
  it('a-sentence-case-title-after-a-photo-caption-whose-words-the-section-repeats-is-a-sub-headline', () => {
    expect(afterFurniture('Haig outside the courthouse on Friday. AP Photo', 'Haig saw nothing suspicious')).toBe('subheading');
  });
  it('a-title-case-teaser-after-a-photo-caption-stays-a-teaser', () => {
    expect(afterFurniture('Haig outside the courthouse on Friday. AP Photo', 'Haig Saw Nothing Suspicious, Seller Says')).toBe('teaser');
  });
  it('the-attribution-under-a-pull-quote-stays-furniture', () => {
    expect(afterFurniture('"He saw nothing suspicious about the buyer."', 'A lawyer for Haig', 'furniture', `${BEFORE} His lawyer spoke for him.`)).toBe('teaser');
  });
  it('a-sentence-case-title-after-furniture-before-the-first-paragraph-stays-a-teaser', () => {
    const texts = ['Big Story', 'Photo: AP', 'Haig saw nothing suspicious', ...AFTER];
    const lines = texts.map((text, i) => ({ no: i + 1, text }));
    const kinds: (LineKind | null)[] = ['headline', 'caption', 'teaser', 'paragraph', 'paragraph'];
    keepCoherentHeadings(lines, texts.map((_, i) => (i === 0 ? 'headline' : null)), kinds, 0);
    expect(kinds[2]).toBe('teaser');
  });
});


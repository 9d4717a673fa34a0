import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/pipeline/stages/06-find-quotes';
import { buildStory, quoteOf, type BlockSpec, type EntitySpec } from './build-story';

type Case = { name: string; blocks: BlockSpec[]; entities: EntitySpec[]; quotes: Array<[block: string, text: string, speaker: string | null]> };

const lavrov: EntitySpec = { id: 'sergey-lavrov', names: ['Sergey Lavrov', 'Lavrov'] };
const putin: EntitySpec = { id: 'vladimir-putin', names: ['Vladimir Putin', 'Putin'] };
const johnson: EntitySpec = { id: 'boris-johnson', names: ['Boris Johnson', 'Johnson'] };

const cases: Case[] = [
  {
    name: 'said-after-name',
    blocks: ['"We have a lot of issues that can turn into useful directions," Lavrov said in an interview.'],
    entities: [lavrov],
    quotes: [['b1', 'We have a lot of issues that can turn into useful directions,', 'sergey-lavrov']],
  },
  {
    name: 'said-before-name',
    blocks: ['"We mustn\'t squander our progress by easing up too soon," said Nicola Sturgeon, Scotland\'s first minister.'],
    entities: [johnson, { id: 'nicola-sturgeon', names: ['Nicola Sturgeon', 'Sturgeon'] }],
    quotes: [['b1', "We mustn't squander our progress by easing up too soon,", 'nicola-sturgeon']],
  },
  {
    name: 'said-before-a-title-and-name',
    blocks: ['“It may help the cannabis industry, but it won’t help Main Street,” said House Minority Leader Kevin McCarthy, R-Calif.'],
    entities: [{ id: 'kevin-mccarthy', names: ['Kevin McCarthy'] }, { id: 'white-house', type: 'organization', names: ['White House'] }],
    quotes: [['b1', 'It may help the cannabis industry, but it won’t help Main Street,', 'kevin-mccarthy']],
  },
  {
    name: 'said-in-a-statement-after-an-apposition-is-the-named-persons',
    blocks: ['“The initiative was designed to leverage the expertise of private industry,” Thomas Zurbuchen, the agency’s associate administrator, said in a statement.'],
    entities: [{ id: 'thomas-zurbuchen', names: ['Thomas Zurbuchen'] }],
    quotes: [['b1', 'The initiative was designed to leverage the expertise of private industry,', 'thomas-zurbuchen']],
  },
  {
    name: 'quote-inside-a-clause-a-person-reports-is-theirs',
    blocks: ['Pompeo said that after legal consultation Washington had concluded the settlements were "not, per se, inconsistent with international law", saying he trusted the courts.'],
    entities: [{ id: 'mike-pompeo', names: ['Mike Pompeo', 'Pompeo'] }, { id: 'washington', type: 'place', names: ['Washington'] }],
    quotes: [['b1', 'not, per se, inconsistent with international law', 'mike-pompeo']],
  },
  {
    name: 'noun-after-an-article-and-a-modifier-is-no-speech-verb',
    blocks: [
      'Erekat said it was only the latest move to force the Palestinians to give up their claims to an independent state.',
      '“They wanted us on our knees and they used every trick to put pressure on us.”',
    ],
    entities: [{ id: 'saeb-erekat', names: ['Saeb Erekat', 'Erekat'] }],
    quotes: [['b2', 'They wanted us on our knees and they used every trick to put pressure on us.', 'saeb-erekat']],
  },
  {
    name: 'a-verbs-bare-form-between-a-name-and-a-noun-is-a-compound-noun-not-the-speech-verb',
    blocks: ['“This is mainly due to the change in wind direction,” Jane Roe, a research analyst at the Energy and Water think tank, told CBS News.'],
    entities: [{ id: 'jane-roe', names: ['Jane Roe'] }, { id: 'cbs-news', type: 'organization', names: ['CBS News'] }],
    quotes: [['b1', 'This is mainly due to the change in wind direction,', 'jane-roe']],
  },
  {
    name: 'the-verb-closing-an-apposition-after-a-name-and-its-comma-is-the-named-persons',
    blocks: ['“This is mainly due to the change in wind direction,” Jane Roe, a research analyst at the Council on Energy told CBS News.'],
    entities: [{ id: 'jane-roe', names: ['Jane Roe'] }, { id: 'council-on-energy', type: 'organization', names: ['Council on Energy'] }, { id: 'cbs-news', type: 'organization', names: ['CBS News'] }],
    quotes: [['b1', 'This is mainly due to the change in wind direction,', 'jane-roe']],
  },
  {
    name: 'a-name-opening-the-next-sentence-that-has-a-quote-of-its-own-introduces-that-quote-not-the-one-before',
    blocks: [
      '“We are turning the corner,” Ms Hutt said. “But most patients now wait less than six months.” Rhodri Thomas, Plaid Cymru health spokesman said: “It is exactly the same target she set in 1999.” Conservative health spokesman Jonathan Morgan said: “We are spending more money.”',
    ],
    entities: [{ id: 'jane-hutt', names: ['Jane Hutt', 'Hutt'] }, { id: 'rhodri-thomas', names: ['Rhodri Thomas'] }, { id: 'jonathan-morgan', names: ['Jonathan Morgan'] }],
    quotes: [
      ['b1', 'We are turning the corner,', 'jane-hutt'],
      ['b1', 'But most patients now wait less than six months.', 'jane-hutt'],
      ['b1', 'It is exactly the same target she set in 1999.', 'rhodri-thomas'],
      ['b1', 'We are spending more money.', 'jonathan-morgan'],
    ],
  },
  {
    name: 'a-name-opening-the-next-sentence-with-no-quote-of-its-own-signs-the-quote-before',
    blocks: ['“What we would like to do is target the less productive sectors of our economy.” Manning reminded senators that the ministry has added a tax.'],
    entities: [{ id: 'brian-manning', names: ['Brian Manning', 'Manning'] }],
    quotes: [['b1', 'What we would like to do is target the less productive sectors of our economy.', 'brian-manning']],
  },
  {
    name: 'a-name-opening-a-clause-of-its-own-after-a-quote-does-not-sign-it',
    blocks: ['“Paula would be a huge asset,” said Zara Peters. “But she is working out whether she can do both.” Radcliffe must make a decision by Tuesday.'],
    entities: [{ id: 'zara-peters', names: ['Zara Peters'] }, { id: 'paula-radcliffe', names: ['Paula Radcliffe', 'Radcliffe', 'Paula'] }],
    quotes: [
      ['b1', 'Paula would be a huge asset,', 'zara-peters'],
      ['b1', 'But she is working out whether she can do both.', 'zara-peters'],
    ],
  },
  {
    name: 'a-role-after-nouns-that-modify-it-stands-for-the-person-who-just-spoke',
    blocks: ['Team member Hayley Yelling said the team would understand. “It would be fantastic to have her in the team,” said the European cross country champion.'],
    entities: [{ id: 'hayley-yelling', names: ['Hayley Yelling'] }],
    quotes: [['b1', 'It would be fantastic to have her in the team,', 'hayley-yelling']],
  },
  {
    name: 'a-country-opening-the-next-sentence-does-not-sign-the-quote-before',
    blocks: ['“I did not want to sit back,” said Cragg. “So I kept on the pace.” Sweden’s Carolina Kluft won the long jump.'],
    entities: [
      { id: 'alistair-cragg', names: ['Alistair Cragg', 'Cragg'] },
      { id: 'sweden', type: 'country', names: ['Sweden'] },
      { id: 'carolina-kluft', names: ['Carolina Kluft'] },
    ],
    quotes: [
      ['b1', 'I did not want to sit back,', 'alistair-cragg'],
      ['b1', 'So I kept on the pace.', 'alistair-cragg'],
    ],
  },
  {
    name: 'a-role-after-an-inverted-verb-named-after-its-comma-is-that-person',
    blocks: ['“A decision is now expected by mid March,” said one of their lawyers, Michalis Dimitrakopoulos.'],
    entities: [{ id: 'michalis-dimitrakopoulos', names: ['Michalis Dimitrakopoulos'] }],
    quotes: [['b1', 'A decision is now expected by mid March,', 'michalis-dimitrakopoulos']],
  },
  {
    name: 'a-speech-verb-after-an-apposition-ending-on-a-noun-and-comma-is-a-verb',
    blocks: ['“This is how epidemics begin,” Dr. Luz Contreras Arroyo, a member of the group and signatory to the letter, told NBC News.'],
    entities: [{ id: 'alex-azar', names: ['Alex Azar'] }, { id: 'luz-contreras-arroyo', names: ['Luz Contreras Arroyo'] }],
    quotes: [['b1', 'This is how epidemics begin,', 'luz-contreras-arroyo']],
  },
  {
    name: 'he-points-back-at-the-subject-after-an-opening-phrase-that-ends-in-a-quoted-title',
    blocks: [
      'Following a performance of their hit “Black Water,” Simmons teed up McDonald’s cameo. “You might remember him from his own band,” he said.',
    ],
    entities: [{ id: 'patrick-simmons', names: ['Patrick Simmons', 'Simmons'] }, { id: 'michael-mcdonald', names: ['Michael McDonald', 'McDonald'] }],
    quotes: [['b1', 'You might remember him from his own band,', 'patrick-simmons']],
  },
  {
    name: 'the-man-or-the-patient-a-story-never-names-is-someone-unnamed-not-the-last-speaker',
    blocks: [
      '“It was a clear case,” said Dr. Owen Dempsey, who treated him.',
      '“It doesn’t affect me at all now,” the man wrote in a note accompanying the report.',
    ],
    entities: [{ id: 'owen-dempsey', names: ['Owen Dempsey', 'Dempsey'] }],
    quotes: [
      ['b1', 'It was a clear case,', 'owen-dempsey'],
      ['b2', 'It doesn’t affect me at all now,', null],
    ],
  },
  {
    name: 'a-person-and-their-team-speak-in-the-persons-voice',
    blocks: ['“We suggest that the outgassing occurs at lower levels than previously estimated,” Paganini and his team wrote in the paper.'],
    entities: [{ id: 'lucas-paganini', names: ['Lucas Paganini', 'Paganini'] }],
    quotes: [['b1', 'We suggest that the outgassing occurs at lower levels than previously estimated,', 'lucas-paganini']],
  },
  {
    name: 'a-verb-after-and-shares-the-subject-of-the-verb-before',
    blocks: ['Johnson stated that he had held long talks with Cummings and concluded that he acted "responsibly, legally and with integrity".'],
    entities: [johnson, { id: 'dominic-cummings', names: ['Dominic Cummings', 'Cummings'] }],
    quotes: [['b1', 'responsibly, legally and with integrity', 'boris-johnson']],
  },
  {
    name: 'the-source-is-someone-unnamed-not-the-last-speaker',
    blocks: ['“The U.S. does not control any actors there directly,” Simpson said.', '“Nobody is preventing civilians from leaving the camp,” the source said.'],
    entities: [{ id: 'charles-simpson', names: ['Charles Simpson', 'Simpson'] }],
    quotes: [
      ['b1', 'The U.S. does not control any actors there directly,', 'charles-simpson'],
      ['b2', 'Nobody is preventing civilians from leaving the camp,', null],
    ],
  },
  {
    name: 'name-after-quote-without-verb',
    blocks: ['"Information has leaked about their contacts. We welcome this", Lavrov in an interview with RBC.'],
    entities: [lavrov],
    quotes: [['b1', 'Information has leaked about their contacts. We welcome this', 'sergey-lavrov']],
  },
  {
    name: 'pronoun-speaker-after-quote',
    blocks: [
      'The deal cannot resolve the stalemate, Marvin Weinbaum, the director of an institute in Washington, said.',
      'The rivals agreed to share power after Ashraf Ghani was awarded the victory.',
      '"Certainly, without a deal the government side would be weak," he said.',
    ],
    entities: [{ id: 'marvin-weinbaum', names: ['Marvin Weinbaum', 'Weinbaum'] }, { id: 'ashraf-ghani', names: ['Ashraf Ghani'] }],
    quotes: [['b3', 'Certainly, without a deal the government side would be weak,', 'marvin-weinbaum']],
  },
  {
    name: 'pronoun-after-a-person-introduced-in-the-sentence-before',
    blocks: [
      'Katherine Chowieri denied negligence to local news outlets.',
      'On Tuesday, Patrizia Di Biase-Leone learned that her mother had tested positive.',
      '“Of course, we are gravely concerned about our mom,” she said.',
    ],
    entities: [{ id: 'katherine-chowieri', names: ['Katherine Chowieri'] }, { id: 'patrizia-di-biase-leone', names: ['Patrizia Di Biase-Leone'] }],
    quotes: [['b3', 'Of course, we are gravely concerned about our mom,', 'patrizia-di-biase-leone']],
  },
  {
    name: 'fragment-in-a-sentence-without-speech-verb-belongs-to-its-subject',
    blocks: ['Tae Hoon Kim also thinks about it. Kim worries that Sweden’s “tendency to regard coronavirus as a public health problem” has got them into trouble.'],
    entities: [{ id: 'tae-hoon-kim', names: ['Tae Hoon Kim', 'Kim'] }],
    quotes: [['b1', 'tendency to regard coronavirus as a public health problem', 'tae-hoon-kim']],
  },
  {
    name: 'pronoun-prefers-the-last-speaker-to-the-last-name',
    blocks: [
      'Tommy Robinson, meanwhile, criticised the decision and said the pair were coming to lay flowers where Lee Rigby died.',
      '"It\'s embarrassing for this so-called land of democracy," he said.',
    ],
    entities: [{ id: 'tommy-robinson', names: ['Tommy Robinson'] }, { id: 'lee-rigby', names: ['Lee Rigby'] }],
    quotes: [['b2', "It's embarrassing for this so-called land of democracy,", 'tommy-robinson']],
  },
  {
    name: 'pronoun-skips-a-person-of-the-other-gender',
    blocks: [
      'Ms Wang Yanyi once again rejected claims made by Mr Donald Trump about the lab.',
      '"This is pure fabrication, and we never had the virus", she said.',
    ],
    entities: [{ id: 'wang-yanyi', names: ['Wang Yanyi', 'Wang'] }, { id: 'donald-trump', names: ['Donald Trump', 'Trump'] }],
    quotes: [['b2', 'This is pure fabrication, and we never had the virus', 'wang-yanyi']],
  },
  {
    name: 'pronoun-gender-from-a-given-name',
    blocks: [
      'Nicola Sturgeon rejected the plan that Boris Johnson said would ease the lockdown.',
      '"We mustn\'t squander our progress by easing up too soon," she said.',
    ],
    entities: [{ id: 'nicola-sturgeon', names: ['Nicola Sturgeon'] }, johnson],
    quotes: [['b2', "We mustn't squander our progress by easing up too soon,", 'nicola-sturgeon']],
  },
  {
    name: 'role-noun-speaker',
    blocks: [
      'Russian Foreign Minister Sergey Lavrov also said that Moscow has received no proposals for a meeting with Vladimir Putin.',
      '"We have not received any specific proposals so far", the minister stated in an interview.',
    ],
    entities: [lavrov, putin],
    quotes: [['b2', 'We have not received any specific proposals so far', 'sergey-lavrov']],
  },
  {
    name: 'role-noun-speaker-by-description',
    blocks: [
      'Donald Trump met Boris Johnson in London on Monday.',
      'The prime minister said that schools could reopen "as early as the first of June".',
    ],
    entities: [{ id: 'donald-trump', names: ['Donald Trump'], description: 'US President' }, { ...johnson, description: 'Prime Minister' }],
    quotes: [['b2', 'as early as the first of June', 'boris-johnson']],
  },
  {
    name: 'according-to',
    blocks: ['According to Lavrov, "the contacts took place several times this year."'],
    entities: [lavrov],
    quotes: [['b1', 'the contacts took place several times this year.', 'sergey-lavrov']],
  },
  {
    name: 'subject-before-an-appositive',
    blocks: [
      'Keith Vaz, chairman of the Home Affairs Select Committee, who had called for a ban, said: "I welcome the ban on both of them."',
    ],
    entities: [{ id: 'keith-vaz', names: ['Keith Vaz'] }, { id: 'home-affairs', type: 'organization', names: ['Home Affairs Select Committee'] }],
    quotes: [['b1', 'I welcome the ban on both of them.', 'keith-vaz']],
  },
  {
    name: 'quoted-by-an-outlet-as-saying',
    blocks: ['"The foot-dragging by the bank is hampering efforts," Sarosh Zaiwalla, a lawyer, was quoted by Reuters as saying.'],
    entities: [{ id: 'sarosh-zaiwalla', names: ['Sarosh Zaiwalla'] }, { id: 'reuters', type: 'organization', names: ['Reuters'] }],
    quotes: [['b1', 'The foot-dragging by the bank is hampering efforts,', 'sarosh-zaiwalla']],
  },
  {
    name: 'colon-introduces-quote',
    blocks: [
      '"The lower the level, the fewer the measures," Johnson said.',
      'He continued: "We have been through the initial peak, but it is still dangerous."',
    ],
    entities: [johnson],
    quotes: [
      ['b1', 'The lower the level, the fewer the measures,', 'boris-johnson'],
      ['b2', 'We have been through the initial peak, but it is still dangerous.', 'boris-johnson'],
    ],
  },
  {
    name: 'quote-split-by-attribution',
    blocks: ['"There are millions of people who are fearful," Johnson said. "To their futures and the futures of their children."'],
    entities: [johnson],
    quotes: [
      ['b1', 'There are millions of people who are fearful,', 'boris-johnson'],
      ['b1', 'To their futures and the futures of their children.', 'boris-johnson'],
    ],
  },
  {
    name: 'two-quotes-in-one-reported-sentence',
    blocks: ['Johnson said he had "consulted across the political spectrum" and that there was a "general consensus on what we could do."'],
    entities: [johnson],
    quotes: [
      ['b1', 'consulted across the political spectrum', 'boris-johnson'],
      ['b1', 'general consensus on what we could do.', 'boris-johnson'],
    ],
  },
  {
    name: 'multi-paragraph-quote-keeps-speaker',
    blocks: [
      'A researcher with the group, Matthew Collins, said it was "delighted" with the decision.',
      '"These two are among the most extreme activists in the world. They have nothing to contribute.',
      '"They are not here to contribute to good community relations."',
      'Lavrov said nothing about it.',
    ],
    entities: [{ id: 'matthew-collins', names: ['Matthew Collins'] }, lavrov],
    quotes: [
      ['b2', 'These two are among the most extreme activists in the world. They have nothing to contribute.', 'matthew-collins'],
      ['b3', 'They are not here to contribute to good community relations.', 'matthew-collins'],
    ],
  },
  {
    name: 'quote-paragraph-without-attribution-takes-the-previous-paragraph-speaker',
    blocks: ['Lavrov also said that Moscow does not stop contacts with the opposition.', '"We are ready to discuss these topics with everyone."'],
    entities: [lavrov],
    quotes: [['b2', 'We are ready to discuss these topics with everyone.', 'sergey-lavrov']],
  },
  {
    name: 'unnamed-speaker-is-null',
    blocks: [
      'Lee Rigby was killed in Woolwich.',
      'A government spokesman said people whose presence "is not conducive to the public good" could be excluded.',
      'He added: "We condemn all those whose views run counter to our shared values."',
    ],
    entities: [{ id: 'lee-rigby', names: ['Lee Rigby'] }],
    quotes: [
      ['b2', 'is not conducive to the public good', null],
      ['b3', 'We condemn all those whose views run counter to our shared values.', null],
    ],
  },
  {
    name: 'a-thing-that-says-is-null',
    blocks: ['Dated 14 May, the claim reportedly says the bank "seeks an order requiring the BoE to comply".'],
    entities: [{ id: 'boe', type: 'organization', names: ['BoE'] }],
    quotes: [['b1', 'seeks an order requiring the BoE to comply', null]],
  },
  {
    name: 'organization-as-speaker',
    blocks: [
      'The Home Office said the pair\'s statements "may foster hatred in the community".',
      'The Chinese Foreign Ministry urged the US to focus on its own affairs.',
      'The ministry also pointed out that officials have "repeatedly stated that there is no evidence".',
    ],
    entities: [
      { id: 'home-office', type: 'organization', names: ['Home Office'] },
      { id: 'foreign-ministry', type: 'organization', names: ['Chinese Foreign Ministry'] },
    ],
    quotes: [
      ['b1', 'may foster hatred in the community', 'home-office'],
      ['b3', 'repeatedly stated that there is no evidence', 'foreign-ministry'],
    ],
  },
  {
    name: 'bare-organization-name-refers-back-to-the-full-name',
    blocks: [
      'The claims were rejected by the Chinese Foreign Ministry on Monday.',
      'The Ministry also said that officials "found no evidence showing the virus was made in a lab".',
    ],
    entities: [
      { id: 'foreign-ministry', type: 'organization', names: ['Chinese Foreign Ministry'] },
      { id: 'the-ministry', type: 'organization', names: ['The Ministry'] },
    ],
    quotes: [['b2', 'found no evidence showing the virus was made in a lab', 'foreign-ministry']],
  },
  {
    name: 'unknown-name-after-a-role-is-null-not-a-guess',
    blocks: ['Lavrov spoke first.', '"It is hard to know what is going to happen," said researcher Lane Hartill of the institute.'],
    entities: [lavrov],
    quotes: [['b2', 'It is hard to know what is going to happen,', null]],
  },
  {
    name: 'full-name-when-entities-marked-only-part-of-it',
    blocks: ['Putin spoke first.', '"The Chinese side has an open position on the scientific cooperation", Wang Yi said.'],
    entities: [putin, { id: 'wang-yi', names: ['Wang'] }],
    quotes: [['b2', 'The Chinese side has an open position on the scientific cooperation', 'wang-yi']],
  },
  {
    name: 'long-organization-name-partly-marked',
    blocks: ['"Aggressive and early measures have shown encouraging results," the Indian Ministry of Health and Family Welfare said.'],
    entities: [{ id: 'health-ministry', type: 'organization', names: ['Indian Ministry of Health'] }],
    quotes: [['b1', 'Aggressive and early measures have shown encouraging results,', 'health-ministry']],
  },
  {
    name: 'said-at-the-end-of-a-clause-names-the-speaker-after-it',
    blocks: [
      'Daesh knew to use the economic woes to promote its own agenda, said Rushdi.',
      '"They are careful not to target Sunni areas, and they promise to protect them."',
    ],
    entities: [{ id: 'ahmed-rushdi', names: ['Ahmed Rushdi', 'Rushdi'] }, { id: 'daesh', type: 'organization', names: ['Daesh'] }],
    quotes: [['b2', 'They are careful not to target Sunni areas, and they promise to protect them.', 'ahmed-rushdi']],
  },
  {
    name: 'any-speech-verb-at-the-end-of-a-clause-names-the-speaker-after-it',
    blocks: [
      'The region had no cases until May, said Geoffrey Strommer, a lawyer.',
      'If the federal government cannot protect the natives it should let them govern the region, argues Ambassador Ronald Barnes who has led the campaign for years.',
      '"The lack of preparedness is based on the failure to meet obligations," he stresses.',
    ],
    entities: [
      { id: 'geoffrey-strommer', names: ['Geoffrey Strommer'] },
      { id: 'ronald-barnes', names: ['Ronald Barnes'] },
    ],
    quotes: [['b3', 'The lack of preparedness is based on the failure to meet obligations,', 'ronald-barnes']],
  },
  {
    name: 'according-to-an-object-pronoun-is-the-person-it-stands-for',
    blocks: ['Foreign Minister Wang Yi spoke on Friday.', 'According to him, the law should be passed "without the slightest delay and with full force".'],
    entities: [{ id: 'wang-yi', names: ['Wang Yi'] }],
    quotes: [['b2', 'without the slightest delay and with full force', 'wang-yi']],
  },
  {
    name: 'a-new-clause-after-but-has-its-own-subject',
    blocks: ['President Donald Trump has been eager to withdraw, but General Mark Milley, chairman of the Joint Chiefs of Staff, told reporters the troops would stay "for several more years and then some".'],
    entities: [{ id: 'donald-trump', names: ['Donald Trump'] }, { id: 'mark-milley', names: ['Mark Milley'] }, { id: 'joint-chiefs', type: 'organization', names: ['Joint Chiefs of Staff'] }],
    quotes: [['b1', 'for several more years and then some', 'mark-milley']],
  },
  {
    name: 'a-country-or-organisation-that-titles-the-subject-is-not-the-subject',
    blocks: [
      'The analyst Petri Krohn alleges that "there is no such programme anywhere else in the world".',
      'In mid-April, Russian Foreign Ministry spokesperson Maria Zakharova did not rule out that the labs were used "to develop and modify various pathogenic agents".',
    ],
    entities: [
      { id: 'petri-krohn', names: ['Petri Krohn'] },
      { id: 'russia', type: 'country', names: ['Russian'] },
      { id: 'russian-foreign-ministry', type: 'organization', names: ['Foreign Ministry'] },
      { id: 'maria-zakharova', names: ['Maria Zakharova'] },
    ],
    quotes: [
      ['b1', 'there is no such programme anywhere else in the world', 'petri-krohn'],
      ['b2', 'to develop and modify various pathogenic agents', 'maria-zakharova'],
    ],
  },
  {
    name: 'a-conjunction-before-the-subject-does-not-hide-it',
    blocks: [
      'Tedros Adhanom Ghebreyesus met officials in Geneva. "We are worried about the islands," said John Roe, a spokesman.',
      'But Tedros voiced alarm that "plague in Madagascar behaved in a very, very different way this year."',
    ],
    entities: [{ id: 'tedros', names: ['Tedros Adhanom Ghebreyesus', 'Tedros'] }, { id: 'john-roe', names: ['John Roe'] }],
    quotes: [
      ['b1', 'We are worried about the islands,', 'john-roe'],
      ['b2', 'plague in Madagascar behaved in a very, very different way this year.', 'tedros'],
    ],
  },
  {
    name: 'told-takes-its-object-after-it',
    blocks: ['"By cutting support, you have cut the umbilical cord," Nestor Owomuhangi, representative for UNFPA in Yemen, told CBS News.'],
    entities: [{ id: 'nestor-owomuhangi', names: ['Nestor Owomuhangi'] }, { id: 'cbs-news', type: 'organization', names: ['CBS News'] }],
    quotes: [['b1', 'By cutting support, you have cut the umbilical cord,', 'nestor-owomuhangi']],
  },
  {
    name: 'role-noun-no-one-holds-is-null',
    blocks: [
      'Police detained a man for threatening President Rodrigo Duterte.',
      'The man, who was not identified, reportedly wrote on his Facebook page, "200 million pesos to anybody who kills him".',
    ],
    entities: [{ id: 'rodrigo-duterte', names: ['Rodrigo Duterte'] }, { id: 'facebook', type: 'organization', names: ['Facebook'] }],
    quotes: [['b2', '200 million pesos to anybody who kills him', null]],
  },
  {
    name: 'the-writer-quoting-a-document-is-null',
    blocks: ['Boris Johnson sent letters to every household. I quote directly from that letter:', '"I understand completely the difficulties this has caused."'],
    entities: [johnson],
    quotes: [['b2', 'I understand completely the difficulties this has caused.', null]],
  },
  {
    name: 'continue-to-is-not-a-speech-verb',
    blocks: ['The agency vowed that they will continue to take action "against anyone who violates the law".'],
    entities: [{ id: 'facebook', type: 'organization', names: ['Facebook'] }],
    quotes: [['b1', 'against anyone who violates the law', null]],
  },
  {
    name: 'subject-before-a-dash-parenthesis',
    blocks: ['No less than Robert Royal—signaling growing alarm in the mainstream— has written: "About 90 percent of it is simply incontrovertible."'],
    entities: [{ id: 'robert-royal', names: ['Robert Royal'] }],
    quotes: [['b1', 'About 90 percent of it is simply incontrovertible.', 'robert-royal']],
  },
  {
    name: 'name-after-a-dash-signs-an-embedded-post',
    blocks: ['“Right now we are looking at June and we will knock out three or four fights.” — Dana White (@danawhite) May 22, 2020'],
    entities: [{ id: 'dana-white', names: ['Dana White'] }],
    quotes: [['b1', 'Right now we are looking at June and we will knock out three or four fights.', 'dana-white']],
  },
  {
    name: 'quote-after-a-speech-verb-earlier-in-the-paragraph',
    blocks: ['Lavrov spoke to RBC about the talks. "We have a lot of issues that can turn into useful directions."'],
    entities: [lavrov],
    quotes: [['b1', 'We have a lot of issues that can turn into useful directions.', 'sergey-lavrov']],
  },
  {
    name: 'age-noun-speaker-is-the-person-of-the-moment',
    blocks: ['Lavrov spoke after the talks.', '"We are ready to discuss all these issues with everyone," the 69-year-old said.'],
    entities: [lavrov],
    quotes: [['b2', 'We are ready to discuss all these issues with everyone,', 'sergey-lavrov']],
  },
  {
    name: 'participle-after-a-comma-speaks-for-the-sentence-subject-not-its-object',
    blocks: [
      'Jane Roe, the president of the farm lobby, said farmers faced hardship.',
      'She urged Mr. Trump to make a deal as soon as possible, saying “time is running out for many in agriculture.”',
    ],
    entities: [{ id: 'jane-roe', names: ['Jane Roe'] }, { id: 'donald-trump', names: ['Trump'] }],
    quotes: [['b2', 'time is running out for many in agriculture.', 'jane-roe']],
  },
  {
    name: 'a-group-named-by-a-plural-role-is-no-person-speaker',
    blocks: [
      '“You are in this job because of this crisis,” Ben Sasse told the director.',
      'Prosecutors alleged that the financier “sexually exploited and abused dozens of minor girls” at his homes.',
    ],
    entities: [{ id: 'ben-sasse', names: ['Ben Sasse'] }],
    quotes: [
      ['b1', 'You are in this job because of this crisis,', 'ben-sasse'],
      ['b2', 'sexually exploited and abused dozens of minor girls', null],
    ],
  },
  {
    name: 'a-plural-role-after-a-verb-is-its-object-not-a-speaker',
    blocks: [
      'Minister Brian Manning said, “The issue is a simple one.”',
      '“We would like to target the less productive sectors.” Manning reminded senators that the ministry has added value added tax (VAT) on luxury food items.',
      'Simultaneously, he continued, Government has reduced VAT and duties on basic food items. “That is one way we can ease the strain.”',
    ],
    entities: [{ id: 'brian-manning', names: ['Brian Manning', 'Manning'] }],
    quotes: [
      ['b1', 'The issue is a simple one.', 'brian-manning'],
      ['b2', 'We would like to target the less productive sectors.', 'brian-manning'],
      ['b3', 'That is one way we can ease the strain.', 'brian-manning'],
    ],
  },
  {
    name: 'a-name-in-a-participle-modifier-is-not-the-sentence-subject',
    blocks: [
      'Donald Tusk, the president of the European Council, lashed out at the UK.',
      'The EU Council president, flanked by Irish prime minister Leo Varadkar during his statement, claimed that people were hoping.',
      'He accepted that the prospect was slim. He added: “Today, there is no political force for remain.”',
    ],
    entities: [
      { id: 'donald-tusk', names: ['Donald Tusk'], description: 'the president of the European Council' },
      { id: 'leo-varadkar', names: ['Leo Varadkar'], description: 'Irish prime minister' },
      { id: 'european-union', type: 'organization', names: ['EU Council', 'European Council'] },
    ],
    quotes: [['b3', 'Today, there is no political force for remain.', 'donald-tusk']],
  },
  {
    name: 'according-to-her-opening-a-sentence-stands-for-her',
    blocks: [
      'The diplomat Jane Roe, who leads the bureau, spoke to reporters on Monday about the border.',
      'According to her, the issue is growing in light of efforts to “evade responsibility and spread misinformation”.',
      'According to her report, the talks stalled over efforts to “delay every meeting that was planned”.',
    ],
    entities: [{ id: 'jane-roe', names: ['Jane Roe'] }],
    quotes: [
      ['b2', 'evade responsibility and spread misinformation', 'jane-roe'],
      ['b3', 'delay every meeting that was planned', null],
    ],
  },
  {
    name: 'quoted-book-title-is-not-a-quote',
    blocks: ['His latest book is “Nixon’s White House Wars: The Battles That Made and Broke a President and Divided America Forever.”'],
    entities: [],
    quotes: [],
  },
  {
    name: 'descriptive-role-after-a-speaker-is-that-speaker',
    blocks: [
      'Making the announcement, Mr Morgan said he was forced to ban all cabinet ministers.',
      '“Only exceptions will be those who did not support the lockdown breach,” the TV personality added.',
    ],
    entities: [{ id: 'piers-morgan', names: ['Morgan'] }],
    quotes: [['b2', 'Only exceptions will be those who did not support the lockdown breach,', 'piers-morgan']],
  },
  {
    name: 'unknown-name-set-off-by-a-comma-is-null',
    blocks: ['Charles Nditije spoke first.', 'Hartill, the Burundi researcher, said the big question is whether the leader will “say enough is enough now.”'],
    entities: [{ id: 'charles-nditije', names: ['Charles Nditije'] }],
    quotes: [['b2', 'say enough is enough now.', null]],
  },
  {
    name: 'where-someone-works-is-not-the-speaker',
    blocks: ['Wang Peng from the People\'s University of China said, commenting on the statements:', '"The Indo-Pacific Strategy is the key strategy of the administration."'],
    entities: [{ id: 'university', type: 'organization', names: ["People's University of China"] }],
    quotes: [['b2', 'The Indo-Pacific Strategy is the key strategy of the administration.', null]],
  },
  {
    name: 'infinitive-speech-verb-is-not-an-attribution',
    blocks: ['Lavrov spoke on Monday.', 'The piece cites statistics from the World Bank to claim that "Russia has only a few hospital beds".'],
    entities: [lavrov, { id: 'world-bank', type: 'organization', names: ['World Bank'] }],
    quotes: [['b2', 'Russia has only a few hospital beds', null]],
  },
  {
    name: 'question-quote-before-a-capitalised-attribution',
    blocks: ['François Legault spoke first. “How is it possible that no one raised the alarm?” Ms. Mule asked. The home is owned by a company.'],
    entities: [{ id: 'francois-legault', names: ['François Legault'] }, { id: 'loredana-mule', names: ['Loredana Mule', 'Mule'] }],
    quotes: [['b1', 'How is it possible that no one raised the alarm?', 'loredana-mule']],
  },
  {
    name: 'passive-speech-verb-takes-the-agent',
    blocks: ['Leane Conti said she was chided by the residence that her mother was “urinating too much and using too many diapers.”'],
    entities: [{ id: 'leane-conti', names: ['Leane Conti'] }, { id: 'residence-herron', type: 'organization', names: ['residence'] }],
    quotes: [['b1', 'urinating too much and using too many diapers.', 'residence-herron']],
  },
  {
    name: 'cited-by-the-media-as-saying-keeps-the-speaker',
    blocks: ['“Anybody can be held liable if he threatens to harm a person”, Colonel Jesus Durante was cited by the media as saying.'],
    entities: [{ id: 'jesus-durante', names: ['Jesus Durante'] }, { id: 'media', type: 'organization', names: ['media'] }],
    quotes: [['b1', 'Anybody can be held liable if he threatens to harm a person', 'jesus-durante']],
  },
  {
    name: 'pronoun-after-a-titled-subject-behind-a-possessive',
    blocks: [
      'Alok Sharma said he was sorry for the way the process had unfolded.',
      'India\'s environment minister Bhupender Yadav questioned the plan. "How can anyone expect developing countries to promise that?" he asked.',
    ],
    entities: [{ id: 'alok-sharma', names: ['Alok Sharma'] }, { id: 'bhupender-yadav', names: ['Bhupender Yadav'] }, { id: 'india', type: 'country', names: ['India'] }],
    quotes: [['b2', 'How can anyone expect developing countries to promise that?', 'bhupender-yadav']],
  },
  {
    name: 'role-noun-for-the-person-the-text-is-about',
    blocks: ['Alok Sharma spoke first.', 'Greta Thunberg was unimpressed. Writing on Twitter, the activist said: "The summit is over, and it was blah, blah, blah."'],
    entities: [{ id: 'alok-sharma', names: ['Alok Sharma'] }, { id: 'greta-thunberg', names: ['Greta Thunberg'] }],
    quotes: [['b2', 'The summit is over, and it was blah, blah, blah.', 'greta-thunberg']],
  },
  {
    name: 'spokesperson-for-an-organization-is-null',
    blocks: ['"This is a good deal for the world," said Boris Johnson.', 'A spokesperson for the Chinese delegation said China would "continue to work with all parties".'],
    entities: [johnson, { id: 'china', type: 'country', names: ['China', 'Chinese'] }],
    quotes: [
      ['b1', 'This is a good deal for the world,', 'boris-johnson'],
      ['b2', 'continue to work with all parties', null],
    ],
  },
  {
    name: 'generic-company-noun-is-the-company-of-the-story',
    blocks: ['Boeing said on Wednesday it would cut jobs.', 'The company said the cuts would be voluntary. "We will support those who leave," it said.'],
    entities: [{ id: 'boeing', type: 'organization', names: ['Boeing'] }],
    quotes: [['b2', 'We will support those who leave,', 'boeing']],
  },
  {
    name: 'country-is-never-a-speaker',
    blocks: ['China has threatened to respond with "painful and decisive countermeasures against them".'],
    entities: [{ id: 'china', type: 'country', names: ['China'] }],
    quotes: [['b1', 'painful and decisive countermeasures against them', null]],
  },
  {
    name: 'scare-quotes-are-not-quotes',
    blocks: [
      'Juan Guaido proclaimed himself "interim president" in January, citing the "Montevideo Mechanism" talks.',
      'The group is best known for a "Defeat Jihad Now" poster campaign and "Most of Their People" banners.',
      'Authorities called it nothing short of “economic warfare”.',
    ],
    entities: [{ id: 'juan-guaido', names: ['Juan Guaido'] }],
    quotes: [],
  },
  {
    name: 'quoted-title-in-read-more-is-not-a-quote',
    blocks: [
      { kind: 'related', text: 'READ MORE: "We will not surrender to anyone," the leader says' },
      { kind: 'caption', text: '"This is a great day for all of us," Lavrov said at the talks' },
      { kind: 'teaser', text: '"Putin and Trump would benefit from meeting," Kremlin says' },
    ],
    entities: [lavrov, putin],
    quotes: [],
  },
  {
    name: 'curly-and-straight-marks',
    blocks: [
      '“There’s no question about it,” Lavrov said.',
      'Lavrov called for sanctions “for violating Hong Kong’s independence." He said more.',
      '«We will respond to it soon enough», Lavrov said.',
    ],
    entities: [lavrov],
    quotes: [
      ['b1', 'There’s no question about it,', 'sergey-lavrov'],
      ['b2', 'for violating Hong Kong’s independence.', 'sergey-lavrov'],
      ['b3', 'We will respond to it soon enough', 'sergey-lavrov'],
    ],
  },
  {
    name: 'single-quotes-nest-and-apostrophes-are-not-marks',
    blocks: ['"We reaffirmed the call of the \'Montevideo Mechanism\' and Venezuela\'s right to talks", Lavrov said.'],
    entities: [lavrov],
    quotes: [['b1', "We reaffirmed the call of the 'Montevideo Mechanism' and Venezuela's right to talks", 'sergey-lavrov']],
  },
  {
    name: 'names-inside-the-quote-are-not-speakers',
    blocks: [
      'Lavrov spoke to RBC on Thursday.',
      '"When President Putin agreed, the opposition leader Juan Guaido haughtily refused", he said.',
    ],
    entities: [lavrov, putin, { id: 'juan-guaido', names: ['Juan Guaido'] }],
    quotes: [['b2', 'When President Putin agreed, the opposition leader Juan Guaido haughtily refused', 'sergey-lavrov']],
  },
  {
    name: 'any-verb-between-a-quote-and-its-speaker-attributes-it',
    blocks: ['“Those goats were so smart,” remembers Shanna Challenger, coordinator for the programme, with a laugh.', '“It works very well for all of us here,” Jane Smith recalls.'],
    entities: [{ id: 'shanna-challenger', names: ['Shanna Challenger'] }, { id: 'jane-smith', names: ['Jane Smith'] }],
    quotes: [
      ['b1', 'Those goats were so smart,', 'shanna-challenger'],
      ['b2', 'It works very well for all of us here,', 'jane-smith'],
    ],
  },
  {
    name: 'in-someones-words-attributes-the-quote',
    blocks: ['In Dr. Shadlen\'s words, "Could the moment be tied to the awareness of deciding?"'],
    entities: [{ id: 'michael-shadlen', names: ['Michael Shadlen', 'Shadlen'] }],
    quotes: [['b1', 'Could the moment be tied to the awareness of deciding?', 'michael-shadlen']],
  },
  {
    name: 'paragraph-of-quotes-goes-on-in-the-voice-before',
    blocks: ['“We have never seen anything like it,” Jane Smith said.', '“The whole town came out to help, and they are still here.”', 'The town has 3,000 people and a “rather small” budget.', '“We will rebuild the school by the end of the year.”'],
    entities: [{ id: 'jane-smith', names: ['Jane Smith'] }],
    quotes: [
      ['b1', 'We have never seen anything like it,', 'jane-smith'],
      ['b2', 'The whole town came out to help, and they are still here.', 'jane-smith'],
      ['b4', 'We will rebuild the school by the end of the year.', null],
    ],
  },
  {
    name: 'organisation-then-title-then-name-after-said',
    blocks: ['“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham.'],
    entities: [{ id: 'white-house-press', type: 'organization', names: ['White House Press'] }, { id: 'stephanie-grisham', names: ['Stephanie Grisham'] }],
    quotes: [['b1', 'We pray for the full recovery of both men,', 'stephanie-grisham']],
  },
  {
    name: 'pronoun-goes-to-the-person-named-after-an-unnamed-subject',
    blocks: ['One of the women to flee was 25-year-old Nesma Hajjaj, who was pregnant. “I am from Gaza City and I was afraid,” she said.'],
    entities: [{ id: 'nesma-hajjaj', names: ['Nesma Hajjaj'] }],
    quotes: [['b1', 'I am from Gaza City and I was afraid,', 'nesma-hajjaj']],
  },
  {
    name: 'quote-after-a-sentence-about-a-person-is-theirs',
    blocks: ['Charles Schultze, a former adviser, once summed up the danger with a metaphor. “It’s not so much the wolf at the door, but termites in the woodwork.”'],
    entities: [{ id: 'charles-schultze', names: ['Charles Schultze'] }],
    quotes: [['b1', 'It’s not so much the wolf at the door, but termites in the woodwork.', 'charles-schultze']],
  },
  {
    name: 'pronoun-after-an-unnamed-asker-goes-to-the-person-asked',
    blocks: ['At a press conference, a reporter asked Ann Lee, “What do you see as the biggest problem in the courts?”', '“The biggest hurdle is getting people to understand their own biases,” she replied.'],
    entities: [{ id: 'ann-lee', names: ['Ann Lee'] }],
    quotes: [
      ['b1', 'What do you see as the biggest problem in the courts?', null],
      ['b2', 'The biggest hurdle is getting people to understand their own biases,', 'ann-lee'],
    ],
  },
  {
    name: 'pronoun-goes-to-the-person-its-own-paragraph-names-after-an-earlier-speaker',
    blocks: ['“We had no fuel left for the generators,” said Sherine Abed, a nurse.', 'In Hajjaj’s case, she decided to stay near her child. “I am worried about him and afraid of losing him,” she said.'],
    entities: [{ id: 'sherine-abed', names: ['Sherine Abed'] }, { id: 'nesma-hajjaj', names: ['Nesma Hajjaj', 'Hajjaj'] }],
    quotes: [
      ['b1', 'We had no fuel left for the generators,', 'sherine-abed'],
      ['b2', 'I am worried about him and afraid of losing him,', 'nesma-hajjaj'],
    ],
  },
  {
    name: 'two-single-marks-close-a-quote',
    blocks: ['“We will not accept this under any circumstances,’’ Jane Doe said.', '‘‘It is a good day for all of us in the city,’’ said John Roe.'],
    entities: [{ id: 'jane-doe', names: ['Jane Doe'] }, { id: 'john-roe', names: ['John Roe'] }],
    quotes: [
      ['b1', 'We will not accept this under any circumstances,', 'jane-doe'],
      ['b2', 'It is a good day for all of us in the city,', 'john-roe'],
    ],
  },
  {
    name: 'quote-over-paragraphs-takes-the-speaker-where-it-closes',
    blocks: ['“We hope Britain will have an orderly exit from the union.', 'We must however be prepared for Britain leaving without a deal,” said Justice Minister Tor Mikkel Wara.'],
    entities: [{ id: 'tor-mikkel-wara', names: ['Tor Mikkel Wara'] }],
    quotes: [
      ['b1', 'We hope Britain will have an orderly exit from the union.', 'tor-mikkel-wara'],
      ['b2', 'We must however be prepared for Britain leaving without a deal,', 'tor-mikkel-wara'],
    ],
  },
];

describe('findQuotes', () => {
  it.each(cases)('$name', ({ blocks, entities, quotes }) => {
    const story = buildStory(blocks, entities);
    const expected = quotes.map(([block, text, speaker], i) => quoteOf(story, `q${i + 1}`, block, text, speaker));
    expect(findQuotes(story.sections, story.entities)).toEqual(expected);
  });

  it('keeps every quote text equal to its block slice', () => {
    const story = buildStory(cases.flatMap((c) => c.blocks), []);
    const texts = new Map(story.sections[0]!.blocks.map((b) => [b.id, b.text]));
    for (const q of findQuotes(story.sections, story.entities)) expect(texts.get(q.block)!.slice(q.start, q.end), q.id).toBe(q.text);
  });
});

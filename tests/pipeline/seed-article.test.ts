import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/pipeline/ingest-article';

const seedFile = path.resolve(__dirname, '../../seeds/000_3979cacfdab927d0.txt');
const article = ingestArticle(fs.readFileSync(seedFile, 'utf8'), '000-3979cacfdab927d0');
const paragraphs = (i: number) => article.sections[i]!.blocks.filter((b) => b.kind === 'paragraph');

describe('the seed article', () => {
  it('has the four sub-headline sections, the first headed by the headline', () => {
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Moscow Welcomes Oslo Contacts Between Venezuela Govt, Opposition - Russian FM',
      'Russia Ready to Discuss Disarmament, Nuclear Arms Reduction Treaties With US',
      'Russia Received No Specific Proposals From US on Putin-Trump Meeting',
      'Moscow Seeks to See How Kiev’s Pledges Materialize Into Certain Suggestions',
    ]);
    expect(article.headline).toBe(article.sections[0]!.heading);
  });

  it('gives each section a readable, unique slug id', () => {
    expect(article.sections.map((s) => s.id)).toEqual([
      'moscow-welcomes-oslo-contacts-between-venezuela-govt',
      'russia-ready-to-discuss-disarmament-nuclear-arms-reduction',
      'russia-received-no-specific-proposals-from-us-on-putin-trump',
      'moscow-seeks-to-see-how-kievs-pledges-materialize-into',
    ]);
  });

  it('starts each section with its first body paragraph', () => {
    expect(article.sections.map((_, i) => paragraphs(i)[0]!.text.split(' ').slice(0, 6).join(' '))).toEqual([
      'Last week, the representatives of Venezuelan',
      'Russia is interested in discussing with',
      'Russian Foreign Minister Sergey Lavrov also',
      'It is important for Moscow to',
    ]);
  });

  it('keeps the dateline in its paragraph, with non-breaking spaces made plain', () => {
    expect(paragraphs(0)[1]!.text).toMatch(/^MOSCOW \(Sputnik\) — Russia welcomes the contacts between Venezuela's government/u);
    expect(article.sections.flatMap((s) => s.blocks).some((b) => /[\u00a0]| {2}/u.test(b.text))).toBe(false);
  });

  it('reads the date, outlet, topic and tags the text states', () => {
    expect({ date: article.date, source: article.source, topic: article.topic, tags: article.tags }).toEqual({
      date: '2019-06-06',
      source: 'Sputnik',
      topic: 'Political Crisis in Venezuela',
      tags: ['talks', 'Sergei Lavrov', 'United States', 'Ukraine', 'Russia', 'Venezuela'],
    });
  });

  it('keeps captions, credits, teasers, READ MORE links, counters and footers out of the prose', () => {
    const prose = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
    for (const text of prose) {
      expect(text).not.toMatch(/^(©|READ MORE|Topic:|Tags:|\d+ \d+ \d+$)/u);
    }
    const byKind = (kind: string) => article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === kind).map((b) => b.text));
    expect(byKind('credit')).toEqual([
      '© Sputnik / Ramil Sitdikov',
      '© REUTERS / Carlos Garcia Rawlins',
      '© AFP 2019 / Paul CROCK',
      '© AP Photo / Pablo Martinez Monsivais',
      '© Sputnik / Стрингер',
    ]);
    expect(byKind('teaser')).toEqual([
      'US Reportedly Used Briber, Money Launderer in Venezuela Coup Attempt',
      'Analysts: Failure to Renew 2010 START Treaty Could Trigger Global Nuke Arms Race',
      'Conversation Between Putin, Trump Would Be Beneficial to Everyone - Kremlin',
      'Ukraine Nationalists Destroy Bust of Soviet Military Figure in Kharkov',
    ]);
    expect(byKind('related')).toHaveLength(5);
    expect(byKind('caption')).toHaveLength(5);
    expect(article.dropped.map((d) => d.text)).toEqual([
      'date 2019-06-06 Register',
      'Russia',
      'Topic:',
      'Political Crisis in Venezuela (530)',
      '0 0 0',
      'Topic:',
      'Political Crisis in Venezuela (530)',
      'Tags:',
      'talks, Sergei Lavrov, United States, Ukraine, Russia, Venezuela',
    ]);
  });

  it('matches its structure golden file (regenerate with `npx vitest run -u`)', async () => {
    const structure = {
      ...article,
      entities: undefined,
      quotes: undefined,
    };
    await expect(JSON.stringify(structure, null, 1)).toMatchFileSnapshot('../golden/000_3979cacfdab927d0.structure.json');
  });
});

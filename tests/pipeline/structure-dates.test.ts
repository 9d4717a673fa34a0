import { describe, expect, it } from 'vitest';
import { findDate, isDateStamp } from '../../src/pipeline/structure/dates';
import { ingestArticle } from '../../src/pipeline/ingest-article';

describe('dates as pages print them', () => {
  it.each([
    ['month-day-year', 'Nov 19, 2019', '2019-11-19'],
    ['abbreviated-month-with-full-stop', 'Sept. 25, 2018', '2018-09-25'],
    ['day-month-year-with-weekday', 'Thursday 27 July 2017', '2017-07-27'],
    ['month-day-year-without-comma', 'November 8 2023, 3:18 p.m.', '2023-11-08'],
    ['ordinal-day', 'March 3rd, 2020', '2020-03-03'],
    ['iso-date', 'Posted 2020-05-14T10:00Z', '2020-05-14'],
    ['dotted-day-month-year', '18.11.2019', '2019-11-18'],
    ['slashed-date-with-a-day-above-twelve', '18/11/2019', '2019-11-18'],
    ['slashed-date-read-the-us-way', '11/03/2019', '2019-11-03'],
    ['year-glued-to-the-clock-time', 'Published Wed, Nov 20 20194:29 AM EST', '2019-11-20'],
    ['two-digit-year-before-a-clock-time', 'By Jane Doe - 11/18/19 11:04 PM EST', '2019-11-18'],
  ])('%s: %s', (_name, text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['impossible-calendar-day', 'February 30, 2020'],
    ['no-year', 'May 5'],
    ['a-year-alone', 'In 2019 the plan failed.'],
    ['a-long-number-after-a-month-and-day', 'On May 5 20194 people came.'],
    ['a-two-digit-year-without-a-clock-time-may-be-a-fraction', 'Turnout rose by 1/4/19 of the vote.'],
  ])('%s is no date: %s', (_name, text) => {
    expect(findDate(text)).toBeNull();
  });

  it.each([
    ['published-with-clock-and-zone', 'Published 7:07 PM EST Nov 19, 2019', true],
    ['updated-with-label-colon', 'Updated: 18 Nov 2019, 19:11', true],
    ['zone-before-date', 'Updated 1909 GMT (0309 HKT) November 18, 2019', true],
    ['weekday-short', 'Published Thu 27 Jul 2017', true],
    ['stamp-ending-its-sentence', 'Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020 08:11 CET', true],
    ['year-glued-to-the-clock-time', 'Published Wed, Nov 20 20194:29 AM EST', true],
    ['stamp-labelled-with-the-pages-section', 'May 06, 2022 News', true],
    ['print-edition-stamp', 'A Section on 05/24/2018', true],
    ['outlet-and-place-before-the-label-and-a-two-letter-zone', 'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET', true],
    ['sentence-before-a-published-word-is-prose', 'The report that the ministry published on February 1, 2016 was long.', false],
    ['three-label-words-are-a-title-not-a-stamp', 'Primary Election Results March 3, 2020', false],
    ['sentence-holding-a-date-is-prose', 'On March 3, 2019, the minister said the talks had failed.', false],
    ['date-glued-to-a-standfirst-is-prose', 'What is the secret to its recovery?Monday, 6 January 2020', false],
  ])('%s: a line that is only a time stamp is a date stamp (%s)', (_name, text, stamp) => {
    expect(isDateStamp(text)).toBe(stamp);
  });
});

describe('the publication date of an article', () => {
  const body = 'The minister promised a reform on Monday, officials said, and the opposition called it a delay tactic.';
  it.each([
    ['published-stamp-under-the-headline', `Reform Promised\n\nPublished 7:07 PM EST Nov 19, 2019\n\n${body}`, '2019-11-19'],
    ['published-wins-over-updated', `Reform Promised\n\nUpdated: 20 Nov 2019, 19:11\nPublished: 18 Nov 2019, 09:00\n\n${body}`, '2019-11-18'],
    ['updated-alone-is-taken', `Reform Promised\n\nUpdated 1909 GMT (0309 HKT) November 18, 2019\n\n${body}`, '2019-11-18'],
    ['date-glued-to-the-standfirst', `Reform Promised\n\nA promise of reform, and a delay.Monday, 6 January 2020\n\n${body}`, '2020-01-06'],
    ['date-in-the-byline', `Reform Promised\n\nBy Jane Doe March 11, 2015 3:46 PM Morning Show\n\n${body}`, '2015-03-11'],
    ['dateline-with-a-year', `Reform Promised\n\nLONDON, March 3, 2020 (Agency) — ${body}`, '2020-03-03'],
    ['byline-with-a-date-after-the-navigation', `Reform Promised\n\nHome\nWorld\nPolitics\nBusiness\nSport\nCulture\nOpinion\nVideo\nPodcasts\nNewsletters\nAbout us\nContact\nJobs\nEvents\nArchive\n\n${body}\n\nBy Jane Doe 8 January 2020, 3:51 pm\n\n${[1, 2, 3, 4, 5, 6].map(() => body).join('\n\n')}`, '2020-01-08'],
    ['first-published-stamp-at-the-foot', `Reform Promised\n\n${body}\n\n${body}\n\n${body}\n\n${body}\n\nFirst Published on Nov 20, 2019 01:38 pm`, '2019-11-20'],
    ['an-embedded-post-dates-the-post-not-the-story', `Reform Promised\n\n${body}\n\nCurrent top trending topic tonight is #ReformNow — Jane Doe (@janedoe) May 10, 2020\n\n${body}`, null],
    ['date-in-the-body-is-not-the-publication-date', `Reform Promised\n\n${body}\n\nOn March 3, 2019, the minister said the talks had failed.`, null],
  ])('%s', (_name, raw, date) => {
    expect(ingestArticle(raw, 'a').date).toBe(date);
  });
});

/**
 * Spec table: varied sentences, an anchor, and every daterange expected in them (span and
 * period), written from SPEC §3 and the news-mentions conventions. A case lists ALL mentions
 * its text should yield, so spurious ones fail too.
 */
import { describe, expect, it } from 'vitest';
import { dateranges, describeCases } from './helpers.js';
import type { SpecCase } from './helpers.js';

// 2019-11-20 is a Wednesday; its ISO week runs 2019-11-18..2019-11-24.
const A = '2019-11-20';

const explicit: SpecCase[] = [
  { name: 'month day with ordinal and year', text: 'The deal closed on August 27th, 2019, after months of talks.', anchor: A, expect: [{ text: 'August 27th, 2019', startDate: '2019-08-27', endDate: '2019-08-27', granularity: 'day', relative: false }] },
  { name: 'weekday, month day (year from the anchor)', text: 'In a statement on Friday, May 26, the regulator said it had acted.', anchor: '2023-05-31', expect: [{ text: 'Friday, May 26', startDate: '2023-05-26', endDate: '2023-05-26', granularity: 'day', relative: true }] },
  { name: 'day month year', text: 'The rules took effect on 26 May 2023 across the country.', anchor: A, expect: [{ text: '26 May 2023', startDate: '2023-05-26', endDate: '2023-05-26', relative: false }] },
  { name: 'ISO date', text: 'Figures released 2023-05-31 show a decline.', anchor: null, expect: [{ text: '2023-05-31', startDate: '2023-05-31', endDate: '2023-05-31', granularity: 'day', relative: false }] },
  { name: 'US slash date', text: 'The filing is dated 11/05/2019 and signed by the board.', anchor: A, expect: [{ text: '11/05/2019', startDate: '2019-11-05', endDate: '2019-11-05' }] },
  { name: 'month and year', text: 'Sales fell sharply in May 2023 and recovered later.', anchor: A, expect: [{ text: 'May 2023', startDate: '2023-05-01', endDate: '2023-05-31', granularity: 'month', relative: false }] },
  { name: 'a year alone', text: 'The company was founded in 2003 by two engineers.', anchor: A, expect: [{ text: '2003', startDate: '2003-01-01', endDate: '2003-12-31', granularity: 'year', relative: false }] },
  { name: 'a year used as a modifier', text: 'Donors gave $5.9 million toward his 2016 election campaign.', anchor: A, expect: [{ text: '2016', startDate: '2016-01-01', endDate: '2016-12-31' }] },
  { name: 'quarter with year', text: 'Revenue rose 4% in Q3 2024, the firm said.', anchor: A, expect: [{ text: 'Q3 2024', startDate: '2024-07-01', endDate: '2024-09-30', granularity: 'quarter', relative: false }] },
  { name: 'decade', text: 'Prices doubled in the 1990s as demand grew.', anchor: A, expect: [{ text: 'the 1990s', startDate: '1990-01-01', endDate: '1999-12-31', granularity: 'year', relative: false }] },
  { name: 'century written as hundreds', text: 'The disease killed a third of Europe in the 1300s.', anchor: A, expect: [{ text: 'the 1300s', startDate: '1300-01-01', endDate: '1399-12-31' }] },
  { name: 'early decade', text: 'The airline will expand again in the early 2020s.', anchor: A, expect: [{ text: 'the early 2020s', startDate: '2020-01-01', endDate: '2022-12-31', relative: false }] },
  { name: 'abbreviated month without year', text: 'NASA announced Nov. 18 that it was adding five companies.', anchor: A, expect: [{ text: 'Nov. 18', startDate: '2019-11-18', endDate: '2019-11-18', relative: true }] },
  { name: 'full date on a tweet line', text: '— Rep. Jane Doe (@janedoe) November 19, 2019', anchor: A, expect: [{ text: 'November 19, 2019', startDate: '2019-11-19', endDate: '2019-11-19', relative: false }] },
  { name: 'fixed holiday', text: 'Shops stay closed on Christmas Day 2019 and reopen after.', anchor: A, expect: [{ text: 'Christmas Day 2019', startDate: '2019-12-25', endDate: '2019-12-25' }] },
];

const ranges: SpecCase[] = [
  { name: 'from … to … without years', text: 'CAC said that from March 10 to May 22, 67,000 accounts were closed.', anchor: '2023-05-26', expect: [{ text: 'from March 10 to May 22', startDate: '2023-03-10', endDate: '2023-05-22', granularity: 'day', relative: true }] },
  { name: 'between … and … years', text: 'There were 3,248 cases reported between 2010 and 2015, with 584 deaths.', anchor: A, expect: [{ text: 'between 2010 and 2015', startDate: '2010-01-01', endDate: '2015-12-31', granularity: 'year', relative: false }] },
  { name: 'day range inside a month', text: 'Talks ran March 10-22 in Geneva.', anchor: A, expect: [{ text: 'March 10-22', startDate: '2019-03-10', endDate: '2019-03-22', granularity: 'day' }] },
  { name: 'day range with a year at the end of a sentence', text: 'The fair runs Jan. 1-3, 2020.', anchor: A, expect: [{ text: 'Jan. 1-3, 2020', startDate: '2020-01-01', endDate: '2020-01-03', relative: false }] },
  { name: 'between two full dates', text: 'It ran between May 1 and May 5, 2019.', anchor: A, expect: [{ text: 'between May 1 and May 5, 2019', startDate: '2019-05-01', endDate: '2019-05-05', relative: false }] },
  { name: 'year range with an en dash', text: 'Output grew during 2019–2021 in every region.', anchor: A, expect: [{ text: '2019–2021', startDate: '2019-01-01', endDate: '2021-12-31', relative: false }] },
  { name: 'short year range', text: 'The expedition of 1957-58 crossed the continent.', anchor: A, expect: [{ text: '1957-58', startDate: '1957-01-01', endDate: '1958-12-31' }] },
  { name: 'month range with a year at the end', text: 'The survey ran from January to March 2020 in three cities.', anchor: A, expect: [{ text: 'from January to March 2020', startDate: '2020-01-01', endDate: '2020-03-31', granularity: 'month' }] },
  { name: 'range to now', text: 'Prices rose from 2015 to now without a pause.', anchor: A, expect: [{ text: 'from 2015 to now', startDate: '2015-01-01', endDate: A, relative: true }] },
  { name: 'year-less range across New Year, past clause', text: 'The market was closed from December 20 to January 5.', anchor: A, expect: [{ text: 'from December 20 to January 5', startDate: '2018-12-20', endDate: '2019-01-05' }] },
  { name: 'year-less range across New Year, weeks ahead', text: 'The market closes from December 20 to January 5.', anchor: A, expect: [{ text: 'from December 20 to January 5', startDate: '2019-12-20', endDate: '2020-01-05' }] },
];

const periods: SpecCase[] = [
  { name: 'first N months of a year', text: 'Over 25,000 people were arrested in the first eight months of 2024.', anchor: null, expect: [{ text: 'the first eight months of 2024', startDate: '2024-01-01', endDate: '2024-08-31', granularity: 'month', relative: false }] },
  { name: 'first N months of the year', text: 'Capacity for the first seven months of the year reached 1.64 GW.', anchor: A, expect: [{ text: 'the first seven months of the year', startDate: '2019-01-01', endDate: '2019-07-31', granularity: 'month', relative: true }] },
  { name: 'first half of the year', text: 'Profits fell in the first half of the year, the bank said.', anchor: A, expect: [{ text: 'the first half of the year', startDate: '2019-01-01', endDate: '2019-06-30', granularity: 'quarter', relative: true }] },
  { name: 'the past N years', text: 'Teacher activism spread over the past three years.', anchor: A, expect: [{ text: 'the past three years', startDate: '2016-11-20', endDate: A, granularity: 'year', relative: true }] },
  { name: 'since a year', text: 'Since 2021, China has been targeting social media accounts.', anchor: '2023-05-26', expect: [{ text: 'Since 2021', startDate: '2021-01-01', endDate: '2023-05-26', granularity: 'year', relative: true }] },
  { name: 'since a month without year', text: 'Jets have been grounded since March.', anchor: A, expect: [{ text: 'since March', startDate: '2019-03-01', endDate: A, granularity: 'month' }] },
  { name: 'until at least a future year', text: 'Lawmakers will hold off on funding until at least 2021.', anchor: A, expect: [{ text: 'until at least 2021', startDate: A, endDate: '2021-12-31', granularity: 'year', relative: true }] },
  { name: 'until a year-less month, present state', text: 'The offer is valid until June.', anchor: A, expect: [{ text: 'until June', startDate: A, endDate: '2020-06-30', granularity: 'month' }] },
  { name: 'until a year-less month, past clause', text: 'The ban lasted until June.', anchor: A, expect: [{ text: 'until June', startDate: null, endDate: '2019-06-30' }] },
  { name: 'by the end of a future year', text: 'The fleet should grow 30% by the end of 2025.', anchor: A, expect: [{ text: 'by the end of 2025', startDate: A, endDate: '2025-12-31', granularity: 'year', relative: true }] },
  { name: 'by a future year', text: 'Costs should fall to $0.10 by 2030.', anchor: A, expect: [{ text: 'by 2030', startDate: A, endDate: '2030-12-31' }] },
  { name: 'as of a past month', text: 'As of October, the fleet had 270 aircraft.', anchor: A, expect: [{ text: 'As of October', startDate: null, endDate: '2019-10-31', granularity: 'month', relative: true }] },
  { name: 'the end of a month of last year', text: 'Subsidies were cut at the end of May last year.', anchor: A, expect: [{ text: 'the end of May last year', startDate: '2018-05-21', endDate: '2018-05-31', granularity: 'month', relative: true }] },
  { name: 'the end of a year', text: 'Capacity was 8.69 GW at the end of 2017.', anchor: A, expect: [{ text: 'the end of 2017', startDate: '2017-12-01', endDate: '2017-12-31', granularity: 'year', relative: false }] },
  { name: 'by the end of the next decade', text: 'Efficiency should reach 24% by the end of the next decade.', anchor: A, expect: [{ text: 'by the end of the next decade', startDate: A, endDate: '2029-12-31' }] },
  { name: 'mid-year', text: 'The plant opened in mid-2018.', anchor: A, expect: [{ text: 'mid-2018', startDate: '2018-05-01', endDate: '2018-08-31', granularity: 'year' }] },
  { name: 'early in a month, looking ahead', text: 'Their session will start in early January.', anchor: A, expect: [{ text: 'early January', startDate: '2020-01-01', endDate: '2020-01-10', granularity: 'month' }] },
  { name: 'early this year', text: 'It cut orders early this year.', anchor: A, expect: [{ text: 'early this year', startDate: '2019-01-01', endDate: '2019-04-30', granularity: 'year' }] },
  { name: 'since the beginning of this year', text: 'Since the beginning of this year, police have handled 22,000 cases.', anchor: A, expect: [{ text: 'Since the beginning of this year', startDate: '2019-01-01', endDate: A, granularity: 'year', relative: true }] },
];

const relative: SpecCase[] = [
  { name: 'this year (a calendar year)', text: 'This year the ministry ran a 100-day crackdown.', anchor: A, expect: [{ text: 'This year', startDate: '2019-01-01', endDate: '2019-12-31', granularity: 'year', relative: true }] },
  { name: 'last month', text: 'Last month, a judge rejected the request.', anchor: A, expect: [{ text: 'Last month', startDate: '2019-10-01', endDate: '2019-10-31', granularity: 'month' }] },
  { name: 'earlier this year', text: 'The case was re-opened earlier this year.', anchor: A, expect: [{ text: 'earlier this year', startDate: '2019-01-01', endDate: A, granularity: 'year', relative: true }] },
  { name: 'weekday in the past', text: 'The campaign was launched on Saturday in Beijing.', anchor: A, expect: [{ text: 'Saturday', startDate: '2019-11-16', endDate: '2019-11-16', granularity: 'day', relative: true }] },
  { name: 'weekday that is the anchor day', text: 'Executives announced the order Wednesday at the show.', anchor: A, expect: [{ text: 'Wednesday', startDate: A, endDate: A }] },
  { name: 'next weekday', text: 'The shares will start trading next Tuesday.', anchor: A, expect: [{ text: 'next Tuesday', startDate: '2019-11-26', endDate: '2019-11-26' }] },
  { name: 'weekday with a part of day', text: 'Officers executed a warrant Monday evening.', anchor: A, expect: [{ text: 'Monday evening', startDate: '2019-11-18', endDate: '2019-11-18' }] },
  { name: 'early weekday', text: 'In a research report early Tuesday, the analyst cut his target.', anchor: A, expect: [{ text: 'early Tuesday', startDate: '2019-11-19', endDate: '2019-11-19' }] },
  { name: 'recently (open start)', text: 'Regulators recently closed 100,000 accounts.', anchor: A, expect: [{ text: 'recently', startDate: null, endDate: A, granularity: 'open', relative: true }] },
  { name: 'recent years', text: 'Infections have been rare in recent years.', anchor: A, expect: [{ text: 'recent years', startDate: null, endDate: A, granularity: 'year' }] },
  { name: 'this week and last week', text: 'Cases rose this week after first appearing last week.', anchor: A, expect: [{ text: 'this week', startDate: '2019-11-18', endDate: '2019-11-24', granularity: 'week' }, { text: 'last week', startDate: '2019-11-11', endDate: '2019-11-17', granularity: 'week' }] },
  { name: 'earlier this week', text: 'It sold five jets earlier this week.', anchor: A, expect: [{ text: 'earlier this week', startDate: '2019-11-18', endDate: A, granularity: 'week' }] },
  { name: 'today and currently', text: 'He is currently held in London, and today the case ends.', anchor: A, expect: [{ text: 'currently', startDate: A, endDate: A, granularity: 'day' }, { text: 'today', startDate: A, endDate: A, granularity: 'day' }] },
  { name: 'yesterday and last night', text: 'A helicopter was shot down last night; yesterday officials denied it.', anchor: A, expect: [{ text: 'last night', startDate: '2019-11-19', endDate: '2019-11-19' }, { text: 'yesterday', startDate: '2019-11-19', endDate: '2019-11-19' }] },
  { name: 'a year ago', text: 'The plan was announced nearly a year ago.', anchor: A, expect: [{ text: 'nearly a year ago', startDate: '2018-11-20', endDate: '2018-11-20', granularity: 'day' }] },
  { name: 'last spring (meteorological)', text: 'Students took the new exam last spring.', anchor: A, expect: [{ text: 'last spring', startDate: '2019-03-01', endDate: '2019-05-31', granularity: 'month' }] },
  { name: 'the third quarter and Q3', text: 'Earnings for the third quarter beat forecasts; Q3 comps were weak.', anchor: A, expect: [{ text: 'the third quarter', startDate: '2019-07-01', endDate: '2019-09-30', granularity: 'quarter' }, { text: 'Q3', startDate: '2019-07-01', endDate: '2019-09-30' }] },
  { name: 'year to date', text: 'Shares are up about 40% year to date.', anchor: A, expect: [{ text: 'year to date', startDate: '2019-01-01', endDate: A, granularity: 'year' }] },
  { name: 'so far this year', text: 'At least 2,500 civilians died so far this year.', anchor: A, expect: [{ text: 'so far this year', startDate: '2019-01-01', endDate: A }] },
  { name: 'a month without year, past', text: 'The company unveiled the lander in May, its chief said.', anchor: A, expect: [{ text: 'May', startDate: '2019-05-01', endDate: '2019-05-31', granularity: 'month', relative: true }] },
  { name: 'a month without year, scheduled', text: 'He is due to face an extradition hearing in February.', anchor: A, expect: [{ text: 'February', startDate: '2020-02-01', endDate: '2020-02-29' }] },
  { name: 'scheduled day', text: 'His sentencing is scheduled for Feb. 14, prosecutors said.', anchor: '2019-11-18', expect: [{ text: 'Feb. 14', startDate: '2020-02-14', endDate: '2020-02-14' }] },
  { name: 'a day weeks ahead rather than most of a year back', text: "They battle to win the U.K.'s Dec. 12 election.", anchor: A, expect: [{ text: 'Dec. 12', startDate: '2019-12-12', endDate: '2019-12-12' }] },
  { name: 'a day months back stays in the past', text: 'He was arrested for a March 21 phone call.', anchor: A, expect: [{ text: 'March 21', startDate: '2019-03-21', endDate: '2019-03-21' }] },
  { name: 'N months later, from a date of the text', text: 'In May, NASA awarded the order, but the firm canceled it two months later.', anchor: A, expect: [{ text: 'May', startDate: '2019-05-01', endDate: '2019-05-31' }, { text: 'two months later', startDate: '2019-07-01', endDate: '2019-07-31', granularity: 'month' }] },
  { name: 'fiscal year by number', text: 'Benefits anticipated for fiscal 2019 will take longer.', anchor: A, expect: [{ text: 'fiscal 2019', startDate: '2019-01-01', endDate: '2019-12-31', granularity: 'year' }] },
  { name: 'the next year after a date of the text', text: 'He was kidnapped in August 2016. The next year, his captors released a video.', anchor: A, expect: [{ text: 'August 2016', startDate: '2016-08-01', endDate: '2016-08-31' }, { text: 'The next year', startDate: '2017-01-01', endDate: '2017-12-31', granularity: 'year' }] },
  { name: 'this past month name', text: 'This past May, the agency selected 11 companies.', anchor: A, expect: [{ text: 'This past May', startDate: '2019-05-01', endDate: '2019-05-31', granularity: 'month' }] },
  { name: 'a weekday after "is" looks ahead', text: "The service's launch day is Saturday.", anchor: A, expect: [{ text: 'Saturday', startDate: '2019-11-23', endDate: '2019-11-23' }] },
  { name: 'reported speech after a future clause is past', text: 'The house will become a police station, the minister said on Tuesday.', anchor: A, expect: [{ text: 'Tuesday', startDate: '2019-11-19', endDate: '2019-11-19' }] },
  { name: 'a weekday of next week', text: 'Let us meet on Tuesday of next week.', anchor: A, expect: [{ text: 'Tuesday of next week', startDate: '2019-11-26', endDate: '2019-11-26', granularity: 'day' }] },
  { name: 'from a lower-case weekday to a date', text: 'I will be away from next friday to Oct 1st 2020.', anchor: A, expect: [{ text: 'from next friday to Oct 1st 2020', startDate: '2019-11-22', endDate: '2020-10-01' }] },
  { name: 'the next N years counted from a date of the same past-tense sentence', text: 'The budget approved in April boosted spending by 2.5% each of the next two years.', anchor: A, expect: [{ text: 'April', startDate: '2019-04-01', endDate: '2019-04-30' }, { text: 'the next two years', startDate: '2019-05-01', endDate: '2021-04-30', granularity: 'year' }] },
  { name: 'the next N years from the anchor when looking ahead', text: 'Spending will rise over the next two years.', anchor: A, expect: [{ text: 'the next two years', startDate: A, endDate: '2021-11-20', granularity: 'year' }] },
  { name: 'the coming weeks (open end)', text: 'Talks may resume in the coming weeks.', anchor: A, expect: [{ text: 'the coming weeks', startDate: A, endDate: null, granularity: 'week' }] },
  { name: 'over the weekend', text: 'Protests continued over the weekend.', anchor: A, expect: [{ text: 'the weekend', startDate: '2019-11-16', endDate: '2019-11-17', granularity: 'week' }] },
  { name: 'the next day, from a date of the text', text: 'He was arrested on May 3 and died the next day.', anchor: A, expect: [{ text: 'May 3', startDate: '2019-05-03', endDate: '2019-05-03' }, { text: 'the next day', startDate: '2019-05-04', endDate: '2019-05-04', granularity: 'day' }] },
  { name: 'earlier in the year', text: 'Sales rose earlier in the year.', anchor: A, expect: [{ text: 'earlier in the year', startDate: '2019-01-01', endDate: A, granularity: 'year' }] },
  { name: 'second-half as a modifier', text: 'Analysts expect lighter second-half results.', anchor: A, expect: [{ text: 'second-half', startDate: '2019-07-01', endDate: '2019-12-31', granularity: 'quarter' }] },
];

const unanchored: SpecCase[] = [
  { name: 'relative expressions stay null without an anchor', text: 'This year the ministry ran a crackdown, which started in April.', anchor: null, expect: [{ text: 'This year', startDate: null, endDate: null, granularity: 'year', relative: true }, { text: 'April', startDate: null, endDate: null, granularity: 'month', relative: true }] },
  { name: 'since a year without an anchor keeps its start', text: 'Since 2021, the campaign has continued.', anchor: null, expect: [{ text: 'Since 2021', startDate: '2021-01-01', endDate: null, relative: true }] },
];

const negatives: SpecCase[] = [
  { name: 'May the modal verb', text: 'You May go now, and the officials may object.', anchor: A, expect: [] },
  { name: 'march the verb and the noun', text: 'Thousands march through the city; the March organisers were arrested.', anchor: A, expect: [] },
  { name: 'durations without a position', text: 'A two-month investigation and a weeklong campaign followed a 100-day crackdown.', anchor: A, expect: [] },
  { name: 'numbers that are not years', text: 'The firm has 2000 employees, paid $2019 in fees and is at 1119 Eighth St.', anchor: A, expect: [] },
  { name: 'recurring periods', text: 'Every Monday the market opens early, and each year prices rise.', anchor: A, expect: [] },
  { name: 'now, soon, clock times', text: 'Prices are high now, will fall soon, and the meeting is at 3 p.m.', anchor: A, expect: [] },
  { name: 'a half that is not of a year', text: 'They scored in the second half of the match.', anchor: A, expect: [] },
  { name: 'plural weekdays', text: 'The office is closed on Sundays.', anchor: A, expect: [] },
  { name: 'named days and holidays used as modifiers', text: 'Black Friday deals and his Christmas cards sold well.', anchor: A, expect: [] },
  { name: 'weekdays and today inside names', text: 'He wrote for the Sunday Times and appeared on the Today show.', anchor: A, expect: [] },
  { name: 'copyright years', text: '© 2019 Example Media. Copyright 2018 Example Inc.', anchor: A, expect: [] },
  { name: 'scores and product codes', text: 'Scores rose from 1061 to 1128, a total of 2072, close to the RTX 2060.', anchor: A, expect: [] },
  { name: 'ages and percentages', text: 'A 58-year-old man and 2019% growth are not dates.', anchor: A, expect: [] },
];

const groups: Array<[string, SpecCase[]]> = [['explicit dates', explicit], ['ranges', ranges], ['periods', periods], ['relative expressions', relative], ['no anchor', unanchored], ['not dateranges', negatives]];

for (const [group, cases] of groups) describeCases(group, cases);

describe('dateranges: output shape', () => {
  it('orders the fields startDate, endDate, granularity, relative, anchor', () => {
    const [m] = dateranges('Prices rose this year.', A);
    expect(Object.keys(m!).slice(-5)).toEqual(['startDate', 'endDate', 'granularity', 'relative', 'anchor']);
  });
});

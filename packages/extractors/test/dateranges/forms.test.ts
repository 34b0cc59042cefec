/**
 * Forms added for generalisation beyond the development pages: each case is a sentence written
 * for its rule (SPEC §3 and the news-mentions conventions), listing ALL mentions it should yield.
 */
import { describeCases } from './helpers.js';
import type { SpecCase } from './helpers.js';

// 2019-11-20 is a Wednesday; its ISO week runs 2019-11-18..2019-11-24.
const A = '2019-11-20';

const lookAhead: SpecCase[] = [
  { name: 'a present-tense scheduled event looks ahead', text: 'Target reports quarterly results Friday, before the market opens.', anchor: A, expect: [{ text: 'Friday', startDate: '2019-11-22', endDate: '2019-11-22' }] },
  { name: 'a scheduled vote with a year-less date', text: 'The county board votes on the budget Dec. 3.', anchor: A, expect: [{ text: 'Dec. 3', startDate: '2019-12-03', endDate: '2019-12-03' }] },
  { name: 'a present-tense report of the past does not look ahead', text: 'The newspaper reports Monday that the deal collapsed.', anchor: A, expect: [{ text: 'Monday', startDate: '2019-11-18', endDate: '2019-11-18' }] },
  { name: 'a past verb after the scheduling verb keeps the past', text: 'She visits the plant where workers struck on Tuesday.', anchor: A, expect: [{ text: 'Tuesday', startDate: '2019-11-19', endDate: '2019-11-19' }] },
];

const comparisons: SpecCase[] = [
  { name: 'a year after "later than"', text: 'The plant must close no later than 2028, and repairs are due later than 2021.', anchor: A, expect: [{ text: 'no later than 2028', startDate: A, endDate: '2028-12-31' }, { text: '2021', startDate: '2021-01-01', endDate: '2021-12-31' }] },
  { name: 'a number after "more than" is still no year', text: 'The company hired more than 2000 workers.', anchor: A, expect: [] },
];

const nthUnits: SpecCase[] = [
  { name: 'the second week of a month', text: 'Inspections resumed in the second week of March 2019.', anchor: A, expect: [{ text: 'the second week of March 2019', startDate: '2019-03-08', endDate: '2019-03-14', granularity: 'week', relative: false }] },
  { name: 'the last week of a year-less month', text: 'Flights were cancelled during the last week of October.', anchor: A, expect: [{ text: 'the last week of October', startDate: '2019-10-25', endDate: '2019-10-31', granularity: 'week' }] },
  { name: 'first week of a year without "the"', text: 'The rules apply from first week of 2021 onwards.', anchor: A, expect: [{ text: 'first week of 2021', startDate: '2021-01-01', endDate: '2021-01-07', granularity: 'week' }] },
  { name: 'the first day of next month', text: 'Prices will rise on the first day of next month.', anchor: A, expect: [{ text: 'the first day of next month', startDate: '2019-12-01', endDate: '2019-12-01', granularity: 'day' }] },
  { name: 'the last week of a festival is no date', text: 'Crowds peaked in the last week of the festival.', anchor: A, expect: [] },
];

const numericForms: SpecCase[] = [
  { name: 'ISO order with a month abbreviation', text: 'The log entry is stamped 2018-Jun-07 in the archive.', anchor: A, expect: [{ text: '2018-Jun-07', startDate: '2018-06-07', endDate: '2018-06-07', granularity: 'day', relative: false }] },
  { name: 'day-month-year with hyphens', text: 'Filed: 04-Mar-2017, amended later.', anchor: A, expect: [{ text: '04-Mar-2017', startDate: '2017-03-04', endDate: '2017-03-04' }] },
  { name: 'month-day-year with hyphens', text: 'Deadline Oct-15-2020 for all entries.', anchor: A, expect: [{ text: 'Oct-15-2020', startDate: '2020-10-15', endDate: '2020-10-15' }] },
  { name: 'a year-less month/day after a time word', text: 'The store reopens on 12/2 after repairs.', anchor: A, expect: [{ text: '12/2', startDate: '2019-12-02', endDate: '2019-12-02', granularity: 'day', relative: true }] },
  { name: 'a year-less month/day range to a full date', text: 'Voting ran 10/30-11/2/2019 in most counties.', anchor: A, expect: [{ text: '10/30-11/2/2019', startDate: '2019-10-30', endDate: '2019-11-02', relative: false }] },
  { name: 'fractions and scores are not dates', text: 'He made 7/12 of his shots, and 3/4 of voters agreed.', anchor: A, expect: [] },
];

const textRelative: SpecCase[] = [
  { name: 'the day before, at the end of a clause', text: 'The rally was held on May 3; the day before, police closed the square.', anchor: A, expect: [{ text: 'May 3', startDate: '2019-05-03', endDate: '2019-05-03' }, { text: 'the day before', startDate: '2019-05-02', endDate: '2019-05-02', granularity: 'day' }] },
  { name: 'the day before an event is not a date', text: 'The talks collapsed the day before the vote.', anchor: A, expect: [] },
  { name: 'N days before an event is a duration', text: 'Polls closed two days after the storm.', anchor: A, expect: [] },
  { name: 'a stated day up to today', text: 'The index covers 2018-03-01 to today.', anchor: A, expect: [{ text: '2018-03-01 to today', startDate: '2018-03-01', endDate: A, relative: true }] },
  { name: 'a year to a level of today is no range', text: 'Rates fell from their 2007 peak to today’s lows.', anchor: A, expect: [{ text: '2007', startDate: '2007-01-01', endDate: '2007-12-31' }, { text: 'today', startDate: A, endDate: A }] },
  { name: 'the tail of an ordinal word is no ordinal', text: 'Bills are due before the thirty-first day of the month.', anchor: A, expect: [] },
];

const modifiers: SpecCase[] = [
  { name: 'a month as a modifier after a determiner', text: 'Aides described a tense September meeting at the ministry.', anchor: A, expect: [{ text: 'September', startDate: '2019-09-01', endDate: '2019-09-30', granularity: 'month', relative: true }] },
  { name: 'a possessive month', text: 'Turnout at October’s vote was low.', anchor: A, expect: [{ text: 'October', startDate: '2019-10-01', endDate: '2019-10-31' }] },
  { name: 'a month inside a name or a given name is no date', text: 'She played a July Fourth Band track; June’s husband sang.', anchor: A, expect: [] },
  { name: 'a year before a noun ending in -sis or -us', text: 'Officials said a 2017 census and a 2016 analysis disagreed.', anchor: A, expect: [{ text: '2017', startDate: '2017-01-01', endDate: '2017-12-31' }, { text: '2016', startDate: '2016-01-01', endDate: '2016-12-31' }] },
  { name: '"a couple of" as a count', text: 'The bridge reopened a couple of weeks ago.', anchor: A, expect: [{ text: 'a couple of weeks ago', startDate: '2019-11-06', endDate: '2019-11-06' }] },
  { name: 'a shifted year-less month/day', text: 'Bring the forms this 12/6, not later.', anchor: A, expect: [{ text: 'this 12/6', startDate: '2019-12-06', endDate: '2019-12-06' }] },
];

const periodsOfPlay: SpecCase[] = [
  { name: 'a quarter of a game is no calendar quarter', text: 'Ruiz scored twice in the fourth quarter to seal the win.', anchor: A, expect: [] },
  { name: 'a half of a game after a score line', text: 'The visitors led 21-7 in the second half before fading.', anchor: A, expect: [] },
  { name: 'a reporting quarter with business words stays', text: 'Sales fell 3 percentage points in the second quarter, the retailer said.', anchor: A, expect: [{ text: 'the second quarter', startDate: '2019-04-01', endDate: '2019-06-30', granularity: 'quarter' }] },
];

describeCases('periods of play', periodsOfPlay);
describeCases('modifiers and counts', modifiers);
const tense: SpecCase[] = [
  { name: 'an irregular past verb keeps a near year-less day in the past', text: 'The two leaders met on Dec. 2 in Paris.', anchor: A, expect: [{ text: 'Dec. 2', startDate: '2018-12-02', endDate: '2018-12-02' }] },
  { name: 'a passive future is still the future', text: 'Officials say the runoff will be held Dec. 8.', anchor: A, expect: [{ text: 'Dec. 8', startDate: '2019-12-08', endDate: '2019-12-08' }] },
  { name: 'a clause-initial range takes the past tense of its clause', text: 'From Jan. 6 to Sept. 30, inspectors closed 41 plants.', anchor: A, expect: [{ text: 'From Jan. 6 to Sept. 30', startDate: '2019-01-06', endDate: '2019-09-30' }] },
  { name: 'a clause-initial day takes the future of its clause', text: 'On Dec. 9, the court will hear the appeal.', anchor: A, expect: [{ text: 'Dec. 9', startDate: '2019-12-09', endDate: '2019-12-09' }] },
  { name: 'a report verb before a future cue keeps a clause-initial weekday past', text: 'On Monday, the union said it would strike.', anchor: A, expect: [{ text: 'Monday', startDate: '2019-11-18', endDate: '2019-11-18' }] },
  { name: 'N units from now', text: 'The rules bite three months from now.', anchor: A, expect: [{ text: 'three months from now', startDate: '2020-02-20', endDate: '2020-02-20', relative: true }] },
];

describeCases('tense and direction', tense);
describeCases('relative to the text', textRelative);
describeCases('dates written with numbers', numericForms);
const dayOfMonth: SpecCase[] = [
  { name: 'a day of the month alone, past', text: 'The two sides met on the 4th, and again on the 19th.', anchor: A, expect: [{ text: 'the 4th', startDate: '2019-11-04', endDate: '2019-11-04', granularity: 'day', relative: true }, { text: 'the 19th', startDate: '2019-11-19', endDate: '2019-11-19' }] },
  { name: 'a day of the month later than the anchor day is last month’s', text: 'Payments stopped on the 25th.', anchor: A, expect: [{ text: 'the 25th', startDate: '2019-10-25', endDate: '2019-10-25' }] },
  { name: 'a scheduled day of the month', text: 'The hearing is scheduled for the 28th.', anchor: A, expect: [{ text: 'the 28th', startDate: '2019-11-28', endDate: '2019-11-28' }] },
  { name: 'ordinals of floors and ranks are no days', text: 'She works on the 4th floor; it was the 3rd of its kind.', anchor: A, expect: [] },
];

describeCases('nth unit of a period', nthUnits);
describeCases('day of the month', dayOfMonth);
describeCases('look-ahead of scheduled events', lookAhead);
describeCases('comparisons of time', comparisons);

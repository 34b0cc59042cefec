import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import { quantities } from '@claimsift/extractors';

// Every line is content: these tests are about the quantity rules, not the block classifier.
const pipeline = createPipeline({ extractors: [quantities()], blocks: { classify: false } });

interface Expected {
  text: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  approx?: string;
  unit?: string | null;
  kind?: string;
  rate?: string;
  note?: string;
}

function run(sentence: string) {
  return pipeline.run(sentence).mentions.filter((m) => m.type === 'quantity');
}

/** Each case: a sentence and every quantity it must yield, in order, with the fields that matter. */
const CASES: [string, Expected[]][] = [
  // digits, separators
  ['Police detained 25,000 individuals in the sweep.', [{ text: '25,000 individuals', value: 25000, approx: 'exact', unit: 'individual', kind: 'count' }]],
  ['A total of 930.000 other accounts received warnings.', [{ text: '930.000 other accounts', value: 930000, unit: 'account' }]],
  ['The registry lists 1.250.000 voters.', [{ text: '1.250.000 voters', value: 1250000, unit: 'voter' }]],
  ['Inflation reached 1.4 this quarter.', [{ text: '1.4', value: 1.4 }]],
  ['Some 25.000 fans came to the final.', [{ text: 'Some 25.000 fans', value: 25000, approx: 'about', unit: 'fan' }]],
  ['Treasury bills rose to 11.900 on Friday.', [{ text: '11.900', value: 11.9 }]],
  ['Profit rose to 1.069 billion lei.', [{ text: '1.069 billion lei', value: 1.069e9, unit: 'RON', kind: 'money' }]],
  ['Censors removed 1.322 million rumours.', [{ text: '1.322 million rumours', value: 1322000, unit: 'rumour' }]],
  ['The city has 25\u00a0000 residents.', [{ text: '25\u00a0000 residents', value: 25000, unit: 'resident' }]],
  ['The fund paid out 1 250 000 claims.', [{ text: '1 250 000 claims', value: 1250000, unit: 'claim' }]],
  // words
  ['Three inspectors visited the site.', [{ text: 'Three inspectors', value: 3, unit: 'inspector' }]],
  ['The club signed twenty-five players this season.', [{ text: 'twenty-five players', value: 25, unit: 'player' }]],
  ['Officials counted a dozen boats near the pier.', [{ text: 'a dozen boats', value: 12, unit: 'boat' }]],
  ['About two hundred and fifty families left.', [{ text: 'About two hundred and fifty families', value: 250, approx: 'about', unit: 'family' }]],
  ['Nearly two and a half million tourists came.', [{ text: 'Nearly two and a half million tourists', value: 2500000, approx: 'under', unit: 'tourist' }]],
  // scales and money
  ['Regulators deleted 1.4 million social media posts.', [{ text: '1.4 million social media posts', value: 1400000, unit: 'post' }]],
  ['The state holds $2 billion in reserves.', [{ text: '$2 billion', value: 2e9, unit: 'USD', kind: 'money' }]],
  ['The listing raised 3.5bn euros.', [{ text: '3.5bn euros', value: 3.5e9, unit: 'EUR', kind: 'money' }]],
  ['The fine was $2m.', [{ text: '$2m', value: 2e6, unit: 'USD', kind: 'money' }]],
  ['Shares were priced at HK$176 each.', [{ text: 'HK$176', value: 176, unit: 'HKD', kind: 'money' }]],
  ['The park cost ¥10 million to build.', [{ text: '¥10 million', value: 1e7, unit: 'CNY', kind: 'money' }]],
  ['Investors were told 176 Hong Kong dollars was likely.', [{ text: '176 Hong Kong dollars', value: 176, unit: 'HKD', kind: 'money' }]],
  ['The firm lost £3.2bn last year.', [{ text: '£3.2bn', value: 3.2e9, unit: 'GBP', kind: 'money' }]],
  ['The meal cost thirteen dollars forty five.', [{ text: 'thirteen dollars forty five', value: 13.45, unit: 'USD', kind: 'money' }]],
  ['He paid 5 dollars and 20 cents.', [{ text: '5 dollars and 20 cents', value: 5.2, unit: 'USD' }]],
  ['It cost ten dollars two years ago.', [{ text: 'ten dollars', value: 10, unit: 'USD' }]],
  ['A ticket costs 50 cents.', [{ text: '50 cents', value: 0.5, unit: 'USD', kind: 'money' }]],
  ['The deal is worth USD 40 million.', [{ text: 'USD 40 million', value: 4e7, unit: 'USD', kind: 'money' }]],
  ['Analysts expected $2.52 a share.', [{ text: '$2.52', value: 2.52, unit: 'USD', kind: 'money', rate: 'share' }]],
  ['Power will cost $0.03/kWh by then.', [{ text: '$0.03', value: 0.03, unit: 'USD', rate: 'kilowatt-hour' }]],
  // percent and fractions
  ['Sales grew 12% in the quarter.', [{ text: '12%', value: 12, unit: 'percent', kind: 'percent' }]],
  ['Turnout fell 12 per cent.', [{ text: '12 per cent', value: 12, unit: 'percent', kind: 'percent' }]],
  ['More than half of the schools closed.', [{ text: 'More than half', value: 50, approx: 'over', unit: 'percent', kind: 'percent' }]],
  ['Nearly two-thirds of voters agreed.', [{ text: 'Nearly two-thirds', approx: 'under', unit: 'percent', kind: 'percent' }]],
  // ranges
  ['The project needs 10-15 engineers.', [{ text: '10-15 engineers', value: null, low: 10, high: 15, approx: 'range', unit: 'engineer' }]],
  ['It will hire between 3 and 5 million workers.', [{ text: 'between 3 and 5 million workers', low: 3e6, high: 5e6, approx: 'range', unit: 'worker' }]],
  ['Organisers expect 10,000 to 12,000 marchers.', [{ text: '10,000 to 12,000 marchers', low: 10000, high: 12000, approx: 'range', unit: 'marcher' }]],
  ['Stores faced a 0.6% to 0.7% drag in the period.', [{ text: '0.6% to 0.7%', low: 0.6, high: 0.7, approx: 'range', kind: 'percent' }]],
  ['Banks bid at rates ranging from 49 to 51 percent.', [{ text: '49 to 51 percent', low: 49, high: 51, approx: 'range', kind: 'percent' }]],
  ['He got one year\'s imprisonment.', [{ text: 'one year\'s', value: 1, unit: 'year', kind: 'duration' }]],
  ['Efficiency rose from 23% to 35%.', [{ text: '23%', value: 23 }, { text: '35%', value: 35 }]],
  // vague amounts
  ['Hundreds of thousands of accounts were closed.', [{ text: 'Hundreds of thousands of accounts', value: null, low: 100000, high: 999999, approx: 'vague', unit: 'account' }]],
  ['The bots ran billions of social media accounts.', [{ text: 'billions of social media accounts', low: 1e9, high: 9999999999, approx: 'vague', unit: 'account' }]],
  ['The label owes millions of dollars to the singer.', [{ text: 'millions of dollars', low: 1e6, high: 9999999, approx: 'vague', unit: 'USD', kind: 'money' }]],
  ['Dozens of homes were flooded.', [{ text: 'Dozens of homes', approx: 'vague', unit: 'home' }]],
  ['A few thousand nurses marched.', [{ text: 'A few thousand nurses', low: 2000, high: 9999, approx: 'vague', unit: 'nurse' }]],
  ['Several thousand farmers protested.', [{ text: 'Several thousand farmers', low: 3000, high: 9999, approx: 'vague', unit: 'farmer' }]],
  ['Hundreds of them waited outside.', [{ text: 'Hundreds', low: 100, high: 999, approx: 'vague' }]],
  // glued and broken spacing
  ['They closed over160,000 illegal accounts.', [{ text: 'over160,000 illegal accounts', value: 160000, approx: 'over', unit: 'account' }]],
  ['Police broke up thesegroups and arrested 3,397 suspects.', [{ text: '3,397 suspects', value: 3397, unit: 'suspect' }]],
  // approximators
  ['Investigators handled more than 22,000 cases.', [{ text: 'more than 22,000 cases', approx: 'over', unit: 'case' }]],
  ['The outbreak killed almost 300 cattle.', [{ text: 'almost 300 cattle', approx: 'under', unit: 'cattle' }]],
  ['Around 67,000 accounts were banned.', [{ text: 'Around 67,000 accounts', approx: 'about' }]],
  ['Some 60 vessels joined the drill.', [{ text: 'Some 60 vessels', approx: 'about', unit: 'vessel' }]],
  ['At least 5,000 people entered the square.', [{ text: 'At least 5,000 people', approx: 'at-least', unit: 'person' }]],
  ['As many as 1.4 million posts were deleted.', [{ text: 'As many as 1.4 million posts', approx: 'at-most', value: 1400000 }]],
  ['The court can impose up to 10 years in prison.', [{ text: 'up to 10 years', approx: 'at-most', unit: 'year', kind: 'duration' }]],
  ['Fewer than 40 delegates voted.', [{ text: 'Fewer than 40 delegates', approx: 'under', unit: 'delegate' }]],
  ['The blast killed a total of 346 people.', [{ text: '346 people', value: 346, approx: 'exact', unit: 'person' }]],
  // units, durations, ages, measures
  ['The ministry ran a 100-day crackdown.', [{ text: '100-day', value: 100, unit: 'day', kind: 'duration' }]],
  ['It was a two-month investigation.', [{ text: 'two-month', value: 2, unit: 'month', kind: 'duration' }]],
  ['The weeklong festival ended.', [{ text: 'weeklong', value: 1, unit: 'week', kind: 'duration' }]],
  ['He served three years for fraud.', [{ text: 'three years', value: 3, unit: 'year', kind: 'duration' }]],
  ['Police questioned the 66-year-old’s lawyer.', [{ text: '66-year-old’s', value: 66, note: 'age' }]],
  ['Holland, a 52 year-old with a record, fled.', [{ text: '52 year-old', value: 52, note: 'age' }]],
  ['A 58-year-old man was attacked.', [{ text: '58-year-old', value: 58, unit: 'year', kind: 'duration', note: 'age' }]],
  ['Officers arrested Jane R. Doe, 41, of Springfield.', [{ text: '41', value: 41, unit: 'year', kind: 'duration', note: 'age' }]],
  ['The road runs 240 km along the coast.', [{ text: '240 km', value: 240, unit: 'kilometer', kind: 'measure' }]],
  ['The ship carried 3,000 tonnes of grain.', [{ text: '3,000 tonnes', value: 3000, unit: 'metric ton', kind: 'measure' }]],
  ['The plant will add 3.7 GW of capacity.', [{ text: '3.7 GW', value: 3.7, unit: 'gigawatt', kind: 'measure' }]],
  ['The new plant is 10 times larger.', [{ text: '10 times', value: 10, unit: 'times', kind: 'measure' }]],
  ['It weighed 75kg at birth.', [{ text: '75kg', value: 75, unit: 'kilogram', kind: 'measure' }]],
  ['The airline ordered 30 Boeing jets.', [{ text: '30 Boeing jets', value: 30, unit: 'jet' }]],
  ['Boeing has 400 737 Max jets grounded.', [{ text: '400 737 Max jets', value: 400, unit: 'jet' }]],
  ['Police seized three of their trucks.', [{ text: 'three of their trucks', value: 3, unit: 'truck' }]],
  ['The fleet has 270 aircraft.', [{ text: '270 aircraft', value: 270, unit: 'aircraft' }]],
  ['Two children and 28 people were hurt.', [{ text: 'Two children', unit: 'child' }, { text: '28 people', unit: 'person' }]],
  ['The Republican lost by five-and-a-half points.', [{ text: 'five-and-a-half points', value: 5.5, unit: 'point' }]],
  ['Regulators approved a $1.5-billion merger.', [{ text: '$1.5-billion', value: 1.5e9, unit: 'USD', kind: 'money' }]],
  ['Survey data covered people age 12 and older.', [{ text: '12', value: 12, unit: 'year', note: 'age' }]],
  ['A jury convicted Webb, 51, of kidnapping.', [{ text: '51', value: 51, note: 'age' }]],
  ['The trunk holds 20.7 cubic feet of luggage.', [{ text: '20.7 cubic feet', value: 20.7, unit: 'cubic foot', kind: 'measure' }]],
  ['Temperatures fell to -5 degrees overnight.', [{ text: '-5 degrees', value: -5, unit: 'degree' }]],
  ['The baby weighed over two pounds.', [{ text: 'over two pounds', value: 2, approx: 'over', unit: 'pound', kind: 'measure' }]],
  ['The club paid 5 million pounds for him.', [{ text: '5 million pounds', value: 5e6, unit: 'GBP', kind: 'money' }]],
  ['The state will spend €1.5bn over five years.', [{ text: '€1.5bn', value: 1.5e9, unit: 'EUR' }, { text: 'five years', approx: 'exact', unit: 'year' }]],
  ['Temperatures reached 40C on Monday.', [{ text: '40C', value: 40, unit: 'degree Celsius', kind: 'measure' }]],
  ['Some 2.5m people watched the final.', [{ text: 'Some 2.5m people', value: 2.5e6, approx: 'about', unit: 'person' }]],
  ['The wall is 2.5m high.', [{ text: '2.5m', value: 2.5, unit: 'meter', kind: 'measure' }]],
  ['The shop sold 3 dozen eggs.', [{ text: '3 dozen eggs', value: 36, unit: 'egg' }]],
  ['The rate stood at two point five percent.', [{ text: 'two point five percent', value: 2.5, kind: 'percent' }]],
  ['The former soap star, 42, was voted off the show.', [{ text: '42', value: 42, note: 'age' }]],
  ['He fell ill at the age of 9 and recovered.', [{ text: '9', value: 9, note: 'age' }]],
  ['Regulator Removes 1.4 Million Social Media Posts In Purge', [{ text: '1.4 Million Social Media Posts', value: 1.4e6, unit: 'post' }]],
  // exclusions
  ['The finals take place 18-24 November in Madrid.', []],
  ['Reviewers praised the LC 500 Convertible for its roof.', []],
  ['The Radeon Pro 5500M chip runs hot.', []],
  ['The 2016-style keyboard was loud.', []],
  ['It was a one-off payment.', []],
  ['1533 - Queen Elizabeth I born.', []],
  ['Stafford, a member of the Apollo 10 crew, replied.', []],
  ['The show runs Oct. 18–21 in Elkton.', []],
  ['At COP26 the 5G networks and Covid-19 were discussed.', []],
  ['A Boeing 737-800 landed after Windows 10 crashed.', []],
  ['Subscribers can call 03-7619056 today.', []],
  ['He thanked one of his oldest friends.', []],
  ['She won 6-4, 7-6 (5) in the final.', []],
  ['The laptop ships in the first half of 2020.', []],
  ['Someone will find your password one day.', []],
  ['Witnesses called 911 at once.', []],
  ['Details are in the report [3] and its annex.', []],
  ['In 2019 the company grew quickly.', []],
  ['The rally took place on November 12, 2019 in the capital.', []],
  ['It began on 3 March and ended in May.', []],
  ['The briefing started at 4:30 p.m. local time.', []],
  ['Doors open at 9 am on Friday.', []],
  ['She finished first, and he came 2nd in the race.', []],
  ['Call 555-123-4567 for details.', []],
  ['Reach the newsdesk on 312 408-8787.', []],
  ['Update to version 2.3.1 before Friday.', []],
  ['See page 14 for the full table.', []],
  ['Leaders of the Group of 20 met in Osaka.', []],
  ['The Boeing 787 entered service late.', []],
  ['1. Open the app and sign in.', []],
  ['He lives at 1119 Eighth St. with his family.', []],
  ['Prices doubled in the past two years.', []],
  ['Two months later the plant reopened.', []],
  ['The law passed a year ago.', []],
  ['No one was hurt and one of the largest firms left.', []],
  ['The 1990s were a boom decade.', []],
  ['Several officers and a couple of dogs searched for years.', []],
];

describe('quantities: spec table', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const got = run(sentence);
    expect(got.map((m) => m.text)).toEqual(expected.map((e) => e.text));
    expected.forEach((e, i) => {
      const m = got[i] as Record<string, unknown>;
      for (const [key, value] of Object.entries(e)) {
        if (typeof value === 'number' && typeof m[key] === 'number') expect(m[key] as number).toBeCloseTo(value, 6);
        else expect(m[key]).toEqual(value);
      }
      expect(sentence.slice(m['start'] as number, m['end'] as number)).toBe(m['text']);
    });
  });

  it('writes the quantity fields in the documented order', () => {
    const [m] = run('Analysts expected $2.52 a share.');
    expect(Object.keys(m ?? {})).toEqual(['id', 'type', 'start', 'end', 'text', 'value', 'low', 'high', 'approx', 'unit', 'kind', 'rate']);
  });

  it('reads two-thirds as a percentage of the whole', () => {
    const [m] = run('Two-thirds of the budget went to roads.');
    expect(m?.['value']).toBeCloseTo(66.6667, 3);
  });

  it('leaves bare numbers out when asked', () => {
    const strict = createPipeline({ extractors: [quantities({ bareNumbers: false })], blocks: { classify: false } });
    expect(strict.run('The earlier two cases and 5 more.').mentions.map((m) => m.text)).toEqual(['two cases']);
  });
});

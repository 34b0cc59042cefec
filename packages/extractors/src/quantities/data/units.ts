/**
 * Units written after a number: measures, durations, percent, multipliers. Pure data.
 * Keys are lower-case surfaces (singular and plural, abbreviations); `unit` is the lemma the
 * mention reports. Multi-word surfaces are matched word by word, longest first.
 */
import type { QuantityKind } from '@claimsift/core';

export interface UnitEntry {
  readonly unit: string;
  readonly kind: QuantityKind;
  /** Abbreviations that are also ordinary words or letters: only read when glued to the digits or after a digit numeral. */
  readonly abbreviation?: boolean;
  /** Read only when the case matches exactly (`GW` but not `gw` is fine either way; `M` vs `m`). */
  readonly caseSensitive?: boolean;
  /** Read only when written in capitals ("40C", "104F"). */
  readonly upperOnly?: boolean;
}

const measure = (unit: string, ...surfaces: string[]): [string, UnitEntry][] => surfaces.map((s) => [s, { unit, kind: 'measure' }]);
const abbr = (unit: string, kind: QuantityKind, ...surfaces: string[]): [string, UnitEntry][] =>
  surfaces.map((s) => [s, { unit, kind, abbreviation: true }]);
const duration = (unit: string, ...surfaces: string[]): [string, UnitEntry][] => surfaces.map((s) => [s, { unit, kind: 'duration' }]);

export const UNITS: ReadonlyMap<string, UnitEntry> = new Map<string, UnitEntry>([
  ...duration('year', 'year', 'years', 'yr', 'yrs'),
  ...duration('month', 'month', 'months'),
  ...duration('week', 'week', 'weeks', 'wk', 'wks'),
  ...duration('day', 'day', 'days'),
  ...duration('hour', 'hour', 'hours', 'hr', 'hrs'),
  ...duration('minute', 'minute', 'minutes', 'mins'),
  ...duration('second', 'seconds', 'secs'),
  ...duration('decade', 'decade', 'decades'),
  ...duration('century', 'century', 'centuries'),
  ...duration('millennium', 'millennium', 'millennia'),
  ...duration('fortnight', 'fortnight', 'fortnights'),
  ...abbr('minute', 'duration', 'min'),
  ...abbr('hour', 'duration', 'h'),
  ...abbr('second', 'duration', 'sec'),
  ...measure('kilometer', 'kilometer', 'kilometers', 'kilometre', 'kilometres'),
  ...abbr('kilometer', 'measure', 'km', 'kms'),
  ...measure('meter', 'meter', 'meters', 'metre', 'metres'),
  ...abbr('meter', 'measure', 'm'),
  ...measure('centimeter', 'centimeter', 'centimeters', 'centimetre', 'centimetres'),
  ...abbr('centimeter', 'measure', 'cm'),
  ...measure('millimeter', 'millimeter', 'millimeters', 'millimetre', 'millimetres'),
  ...abbr('millimeter', 'measure', 'mm'),
  ...measure('mile', 'mile', 'miles'),
  ...abbr('mile', 'measure', 'mi'),
  ...measure('nautical mile', 'nautical mile', 'nautical miles'),
  ...measure('yard', 'yard', 'yards'),
  ...measure('furlong', 'furlong', 'furlongs'),
  ...abbr('yard', 'measure', 'yd', 'yds'),
  ...measure('foot', 'foot', 'feet'),
  ...abbr('foot', 'measure', 'ft'),
  ...measure('inch', 'inch', 'inches'),
  ...abbr('inch', 'measure', 'in', '″'),
  ...measure('square kilometer', 'square kilometer', 'square kilometers', 'square kilometre', 'square kilometres', 'sq km'),
  ...abbr('square kilometer', 'measure', 'km2', 'km²'),
  ...measure('square meter', 'square meter', 'square meters', 'square metre', 'square metres', 'sq m'),
  ...abbr('square meter', 'measure', 'm2', 'm²', 'sqm'),
  ...measure('square mile', 'square mile', 'square miles', 'sq mi'),
  ...measure('square foot', 'square foot', 'square feet', 'sq ft'),
  ...measure('cubic foot', 'cubic foot', 'cubic feet', 'cu ft', 'cu.ft', 'cu. ft', 'cu.ft.'),
  ...measure('cubic inch', 'cubic inch', 'cubic inches'),
  ...measure('cubic yard', 'cubic yard', 'cubic yards'),
  ...measure('cubic centimeter', 'cubic centimeter', 'cubic centimeters', 'cubic centimetre', 'cubic centimetres'),
  ...abbr('cubic centimeter', 'measure', 'cc'),
  ...measure('micrometer', 'micron', 'microns', 'micrometer', 'micrometers', 'micrometre', 'micrometres'),
  ...measure('nanometer', 'nanometer', 'nanometers', 'nanometre', 'nanometres'),
  ...measure('light-year', 'light-year', 'light-years', 'light year', 'light years'),
  ...measure('hectare', 'hectare', 'hectares'),
  ...abbr('hectare', 'measure', 'ha'),
  ...measure('acre', 'acre', 'acres'),
  ...measure('cubic meter', 'cubic meter', 'cubic meters', 'cubic metre', 'cubic metres'),
  ...abbr('cubic meter', 'measure', 'm3', 'm³'),
  ...measure('liter', 'liter', 'liters', 'litre', 'litres'),
  ...abbr('liter', 'measure', 'l', 'ltr'),
  ...measure('milliliter', 'milliliter', 'milliliters', 'millilitre', 'millilitres'),
  ...abbr('milliliter', 'measure', 'ml'),
  ...measure('gallon', 'gallon', 'gallons'),
  ...abbr('gallon', 'measure', 'gal'),
  ...measure('barrel', 'barrel', 'barrels'),
  ...abbr('barrel', 'measure', 'bbl'),
  ...measure('gram', 'gram', 'grams', 'gramme', 'grammes'),
  ...abbr('gram', 'measure', 'g', 'gm', 'gms'),
  ...measure('kilogram', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'),
  ...abbr('kilogram', 'measure', 'kg', 'kgs'),
  ...measure('milligram', 'milligram', 'milligrams'),
  ...abbr('milligram', 'measure', 'mg'),
  ...measure('microgram', 'microgram', 'micrograms', 'microgramme', 'microgrammes'),
  ...abbr('microgram', 'measure', 'μg', 'µg', 'mcg'),
  ...measure('metric ton', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 'tonne', 'tonnes'),
  ...abbr('metric ton', 'measure', 't'),
  ...measure('ton', 'ton', 'tons'),
  ...measure('pound', 'pound', 'pounds', 'lb', 'lbs'),
  ...measure('ounce', 'ounce', 'ounces'),
  ...abbr('ounce', 'measure', 'oz'),
  ...measure('carat', 'carat', 'carats'),
  ...measure('watt', 'watt', 'watts'),
  ...abbr('watt', 'measure', 'w'),
  ...measure('kilowatt', 'kilowatt', 'kilowatts'),
  ...abbr('kilowatt', 'measure', 'kw'),
  ...measure('megawatt', 'megawatt', 'megawatts'),
  ...abbr('megawatt', 'measure', 'mw'),
  ...measure('gigawatt', 'gigawatt', 'gigawatts'),
  ...abbr('gigawatt', 'measure', 'gw'),
  ...measure('terawatt', 'terawatt', 'terawatts'),
  ...abbr('terawatt', 'measure', 'tw'),
  ...measure('kilowatt-hour', 'kilowatt-hour', 'kilowatt-hours', 'kilowatt hour', 'kilowatt hours'),
  ...abbr('kilowatt-hour', 'measure', 'kwh'),
  ...abbr('megawatt-hour', 'measure', 'mwh'),
  ...abbr('gigawatt-hour', 'measure', 'gwh'),
  ...abbr('terawatt-hour', 'measure', 'twh'),
  ...measure('volt', 'volt', 'volts'),
  ...abbr('volt', 'measure', 'v', 'kv'),
  ...measure('horsepower', 'horsepower'),
  ...abbr('horsepower', 'measure', 'hp'),
  ...measure('calorie', 'calorie', 'calories'),
  ...abbr('kilocalorie', 'measure', 'kcal'),
  ...measure('byte', 'byte', 'bytes'),
  ...abbr('megabyte', 'measure', 'mb'),
  ...abbr('gigabyte', 'measure', 'gb'),
  ...abbr('terabyte', 'measure', 'tb'),
  ...measure('gigabyte', 'gigabyte', 'gigabytes'),
  ...measure('megabyte', 'megabyte', 'megabytes'),
  ...abbr('megabit per second', 'measure', 'mbps'),
  ...abbr('gigabit per second', 'measure', 'gbps'),
  ...measure('gigabit', 'gigabit', 'gigabits'),
  ...measure('megabit', 'megabit', 'megabits'),
  ...measure('decibel', 'decibel', 'decibels'),
  ...abbr('decibel', 'measure', 'db', 'dba'),
  ...abbr('gigahertz', 'measure', 'ghz'),
  ...abbr('megahertz', 'measure', 'mhz'),
  ...measure('kilometer per hour', 'kilometers per hour', 'kilometres per hour', 'kilometer per hour', 'kilometre per hour'),
  ...abbr('kilometer per hour', 'measure', 'km/h', 'kph', 'kmh', 'kmph', 'km/hr'),
  ...measure('mile per hour', 'miles per hour', 'mile per hour'),
  ...abbr('mile per hour', 'measure', 'mph'),
  ...measure('knot', 'knot', 'knots'),
  ...measure('degree Celsius', 'degrees celsius', 'degree celsius', 'deg celsius', 'celcius', 'degrees celcius', 'degrees centigrade', 'celsius', 'centigrade', 'degrees c', 'degree c', '°c', '° c'),
  ...measure('degree Fahrenheit', 'degrees fahrenheit', 'degree fahrenheit', 'deg fahrenheit', 'fahrenheit', 'degrees f', 'degree f', '°f', '° f'),
  ...measure('kelvin', 'kelvin', 'kelvins', 'degrees kelvin'),
  ['c', { unit: 'degree Celsius', kind: 'measure', abbreviation: true, upperOnly: true }],
  ['f', { unit: 'degree Fahrenheit', kind: 'measure', abbreviation: true, upperOnly: true }],
  ...measure('degree', 'degree', 'degrees', '°', 'deg'),
  ...measure('times', 'times', 'fold'),
  ...measure('magnitude', 'magnitude'),
  ...measure('point', 'points', 'basis points', 'percentage points'),
  ...abbr('basis point', 'measure', 'bps', 'bp'),
  ...measure('storey', 'storey', 'storeys', 'story-high'),
]);

/** Percent surfaces (after the number). */
export const PERCENT_WORDS: readonly string[] = ['%', 'percent', 'per cent', 'percents', 'pct', 'pc', 'per-cent', 'percentage'];

/** "per …" parts after a value: the rate, which stays out of the span. */
export const RATE_WORDS: Readonly<Record<string, string>> = {
  share: 'share', w: 'watt', watt: 'watt', kwh: 'kilowatt-hour', mwh: 'megawatt-hour', barrel: 'barrel', ton: 'ton', tonne: 'metric ton',
  year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', person: 'person', head: 'person', capita: 'person',
  kilogram: 'kilogram', kg: 'kilogram', gallon: 'gallon', litre: 'liter', liter: 'liter', ounce: 'ounce', oz: 'ounce',
  annum: 'year', mile: 'mile', km: 'kilometer', unit: 'unit', night: 'night', piece: 'piece', gram: 'gram', g: 'gram',
};

/** Words after a number that mark an age ("58-year-old", "five years old", "aged 32"). */
export const AGE_WORDS: readonly string[] = ['old'];
/** Words that make an adjective duration ("weeklong"): value 1 of the unit. */
export const LONG_WORDS: Readonly<Record<string, string>> = {
  weeklong: 'week', 'week-long': 'week', yearlong: 'year', 'year-long': 'year', monthlong: 'month', 'month-long': 'month',
  daylong: 'day', 'day-long': 'day', 'decade-long': 'decade', 'hour-long': 'hour',
};

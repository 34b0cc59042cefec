/** Words that end in a period without ending a sentence (lower-cased, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gov', 'sen', 'rep', 'reps', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt',
  'adm', 'maj', 'pres', 'supt', 'det', 'insp', 'hon', 'rev', 'fr', 'atty', 'messrs', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vol', 'vols', 'fig', 'approx',
  'vs', 'al', 'ca', 'cf', 'ed', 'eds', 'pp', 'op', 'ref', 'mln', 'bln', 'pct',
]);

/**
 * Word lists the quantity rules consult: approximators, the words that end a counted noun
 * phrase, plural exceptions, and the context words of the exclusions. Pure data, lower-case.
 */
import type { QuantityApprox } from '@claimsift/core';

/**
 * Approximators before the number (SPEC §3 plus the corpus conventions). `inSpan: false`
 * marks words that qualify the figure but stay out of the span ("a total of").
 */
export const APPROXIMATORS: Readonly<Record<string, QuantityApprox>> = {
  over: 'over', 'more than': 'over', 'greater than': 'over', 'higher than': 'over', 'in excess of': 'over', 'upwards of': 'over',
  'well over': 'over', 'just over': 'over', 'slightly more than': 'over', 'well above': 'over', above: 'over', 'north of': 'over',
  nearly: 'under', almost: 'under', 'less than': 'under', 'fewer than': 'under', under: 'under', 'just under': 'under',
  'just shy of': 'under', 'close to': 'under', 'short of': 'under', 'lower than': 'under', below: 'under', 'not quite': 'under',
  around: 'about', about: 'about', approximately: 'about', roughly: 'about', some: 'about', 'an estimated': 'about',
  estimated: 'about', 'closer to': 'about', 'circa': 'about', 'ca.': 'about', 'approx.': 'about', 'or so': 'about',
  'in the region of': 'about', 'on the order of': 'about', 'an approximate': 'about', 'something like': 'about',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least', 'not less than': 'at-least',
  'as many as': 'at-most', 'as much as': 'at-most', 'up to': 'at-most', 'at most': 'at-most', 'no more than': 'at-most',
  'not more than': 'at-most', 'no longer than': 'at-most', 'a maximum of': 'at-most', 'up to an additional': 'at-most',
  'as long as': 'at-most', 'as high as': 'at-most', 'as few as': 'at-least', 'as little as': 'at-least',
};

/** Words before a number that qualify it without being part of the span. */
export const LEADING_NOT_IN_SPAN: readonly string[] = ['a total of', 'total of', 'another', 'an additional', 'a further'];

/** Words that end a counted noun phrase: function words, pronouns, auxiliaries, adverbs. */
export const PHRASE_STOP_WORDS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'while', 'why', 'how',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'after', 'before',
  'since', 'until', 'between', 'among', 'across', 'through', 'during', 'per', 'via', 'against', 'within', 'upon', 'than', 'as',
  'like', 'off', 'out', 'up', 'down', 'near', 'around', 'behind', 'beyond', 'toward', 'towards', 'including', 'according',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'although', 'though', 'whether', 'unless',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'done',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'get', 'got', 'gets',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'its', 'his', 'their', 'our', 'my', 'your',
  'there', 'here', 'then', 'now', 'also', 'still', 'just', 'only', 'even', 'already', 'again', 'too', 'very', 'each', 'every',
  'all', 'both', 'more', 'most', 'less', 'least', 'not', 'no', 'never', 'ago', 'later', 'earlier', 'early', 'late',
  'last', 'next', 'ahead', 'away', 'back', 'apiece', 'respectively', 'alone', 'total', 'altogether', 'overall', 'so far',
  'said', 'says', 'say', 'told', 'reported', 'according', 'whereas', 'versus', 'vs', 'plus', 'minus', 'times', 'percent', 'per cent',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'today', 'yesterday', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** Irregular plural → singular. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', police: 'police', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', oxen: 'ox', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', thieves: 'thief',
  wolves: 'wolf', halves: 'half', shelves: 'shelf', calves: 'calf', loaves: 'loaf', criteria: 'criterion', phenomena: 'phenomenon',
  bacteria: 'bacterium', crises: 'crisis', analyses: 'analysis', theses: 'thesis', diagnoses: 'diagnosis',
  indices: 'index', vertices: 'vertex', matrices: 'matrix', appendices: 'appendix', alumni: 'alumnus', fungi: 'fungus', cacti: 'cactus',
  nuclei: 'nucleus', radii: 'radius', stimuli: 'stimulus', syllabi: 'syllabus', viruses: 'virus', buses: 'bus', gases: 'gas',
  businessmen: 'businessman', policemen: 'policeman', firemen: 'fireman', fishermen: 'fisherman', chairmen: 'chairman',
  congressmen: 'congressman', servicemen: 'serviceman', gentlemen: 'gentleman', spokesmen: 'spokesman', freshmen: 'freshman',
  policewomen: 'policewoman', businesswomen: 'businesswoman', craftsmen: 'craftsman', gunmen: 'gunman', militiamen: 'militiaman',
  netizens: 'netizen', species: 'species', series: 'series', means: 'means', headquarters: 'headquarters', news: 'news',
  aircraft: 'aircraft', spacecraft: 'spacecraft', sheep: 'sheep', deer: 'deer', fish: 'fish', cattle: 'cattle', livestock: 'livestock',
  personnel: 'personnel', staff: 'staff', offspring: 'offspring', crew: 'crew', militia: 'militia', swine: 'swine', poultry: 'poultry',
  freight: 'freight', votes: 'vote', lorries: 'lorry', movies: 'movie', cookies: 'cookie', zombies: 'zombie', rookies: 'rookie',
  hippies: 'hippie', calories: 'calorie', brownies: 'brownie', goodies: 'goodie', selfies: 'selfie', pies: 'pie', ties: 'tie', lies: 'lie',
  dies: 'die', taxes: 'tax', boxes: 'box', foxes: 'fox', axes: 'axe', oases: 'oasis',
  kilos: 'kilo', photos: 'photo', videos: 'video', radios: 'radio', pianos: 'piano', euros: 'euro', logos: 'logo', memos: 'memo',
  heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', vetoes: 'veto', echoes: 'echo', torpedoes: 'torpedo', volcanoes: 'volcano',
  cases: 'case', bases: 'base', doses: 'dose', houses: 'house', horses: 'horse', nurses: 'nurse', purchases: 'purchase', courses: 'course',
  releases: 'release', responses: 'response', licenses: 'license', licences: 'licence', expenses: 'expense', offenses: 'offense',
  offences: 'offence', increases: 'increase', decreases: 'decrease', causes: 'cause', uses: 'use', clauses: 'clause', phases: 'phase',
  databases: 'database', premises: 'premises', enterprises: 'enterprise', franchises: 'franchise', promises: 'promise',
  exercises: 'exercise', warehouses: 'warehouse', diseases: 'disease', pauses: 'pause', lenses: 'lens', verses: 'verse',
  universes: 'universe', phrases: 'phrase', rinses: 'rinse', senses: 'sense', tenses: 'tense', clothes: 'clothes',
  courthouses: 'courthouse', noises: 'noise', cruises: 'cruise', excuses: 'excuse', abuses: 'abuse', refuses: 'refuse',
  ounces: 'ounce', sentences: 'sentence', sources: 'source', resources: 'resource', services: 'service', devices: 'device',
  offices: 'office', prices: 'price', pieces: 'piece', places: 'place', faces: 'face', races: 'race', spaces: 'space', voices: 'voice',
  choices: 'choice', notices: 'notice', practices: 'practice', policies: 'policy',
};

/** Words ending in "s" that are not plural nouns (so not a counted head). */
export const NOT_PLURAL: readonly string[] = [
  'its', 'his', 'hers', 'ours', 'theirs', 'yours', 'this', 'thus', 'plus', 'minus', 'versus', 'bus', 'gas', 'alias', 'bias',
  'chaos', 'ethos', 'atlas', 'canvas', 'census', 'bonus', 'campus', 'virus', 'status', 'focus', 'consensus', 'corpus', 'genus',
  'always', 'perhaps', 'unless', 'across', 'afterwards', 'besides', 'towards', 'whereas', 'nowadays', 'sometimes', 'overseas',
  'lens', 'news', 'series', 'species', 'means', 'physics', 'economics', 'politics', 'mathematics', 'statistics', 'ethics',
  'diabetes', 'measles', 'mumps', 'rabies', 'herpes', 'tennis', 'billiards', 'is', 'was', 'has', 'does', 'yes', 'as', 'us',
  'previous', 'various', 'famous', 'serious', 'numerous', 'obvious', 'anonymous', 'dangerous', 'nervous', 'enormous', 'jealous',
  'religious', 'vicious', 'conscious', 'cautious', 'suspicious', 'generous', 'tremendous', 'ambitious', 'curious', 'continuous',
  'hazardous', 'indigenous', 'rigorous', 'vigorous', 'notorious', 'precious', 'fictitious', 'simultaneous', 'spontaneous',
  'analysis', 'basis', 'crisis', 'thesis', 'axis', 'emphasis', 'diagnosis', 'hypothesis', 'synopsis', 'oasis', 'tuberculosis',
  'bronchitis', 'hepatitis', 'meningitis', 'arthritis', 'prognosis', 'paralysis', 'dialysis', 'prosthesis', 'metastasis',
  'stress', 'press', 'class', 'glass', 'grass', 'mass', 'business', 'access', 'process', 'progress', 'success', 'address',
  'congress', 'witness', 'loss', 'boss', 'cross', 'kiss', 'miss', 'dress', 'guess', 'less', 'across', 'illness', 'fitness',
];

/** Month names and abbreviations: a small number next to one is a date. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Words before a number that make it a label, not a quantity ("page 5", "No. 3", "Route 66"). */
export const LABEL_WORDS: readonly string[] = [
  'page', 'pages', 'p', 'pp', 'chapter', 'chapters', 'section', 'sections', 'article', 'articles', 'clause', 'paragraph', 'para',
  'no', 'nos', 'number', 'num', 'version', 'v', 'ver', 'release', 'rev', 'revision', 'edition', 'vol', 'volume', 'issue',
  'route', 'highway', 'interstate', 'road', 'street', 'avenue', 'lane', 'exit', 'gate', 'terminal', 'platform', 'room', 'suite',
  'floor', 'unit', 'apartment', 'apt', 'building', 'block', 'lot', 'box', 'flight', 'bus', 'line', 'track', 'episode', 'season',
  'level', 'stage', 'phase', 'grade', 'class', 'category', 'type', 'model', 'mark', 'figure', 'fig', 'table', 'item', 'rule',
  'step', 'part', 'act', 'scene', 'verse', 'psalm', 'psalms', 'bill', 'resolution', 'proposition', 'prop', 'measure', 'amendment',
  'schedule', 'tier', 'zone', 'district', 'ward', 'precinct', 'region', 'channel', 'code', 'id', 'ref', 'ticket', 'case',
  'iphone', 'windows', 'ios', 'android', 'covid', 'sars', 'mp', 'ward', 'pier', 'berth', 'runway', 'hole',
  'call', 'called', 'calling', 'calls', 'dial', 'dialed', 'dialled', 'dialing', 'text', 'texted',
];

/** Street words after a number that make it a house number ("1119 Eighth St."). */
export const STREET_WORDS: readonly string[] = [
  'st', 'street', 'rd', 'road', 'ave', 'avenue', 'av', 'blvd', 'boulevard', 'dr', 'drive', 'ln', 'lane', 'way', 'ct', 'court',
  'pl', 'place', 'sq', 'square', 'ter', 'terrace', 'pkwy', 'parkway', 'hwy', 'highway', 'cir', 'circle', 'trail', 'pike',
  'plaza', 'row', 'close', 'crescent', 'broadway',
];

/** Words before a duration that place it in time ("the past two years"): a daterange, not a quantity. */
export const TIME_POSITION_BEFORE: readonly string[] = ['past', 'last', 'next', 'first', 'previous', 'coming', 'following', 'final', 'recent', 'preceding', 'prior'];
/** Words after a duration that place it in time ("two months later", "a year ago"). */
export const TIME_POSITION_AFTER: readonly string[] = ['ago', 'later', 'earlier', 'hence', 'since', 'prior', 'previously', 'afterwards', 'afterward', 'beforehand'];

/** Clock words after a number ("9 a.m.", "10 pm", "5 o'clock"). */
export const CLOCK_WORDS: readonly string[] = ['am', 'pm', 'a.m', 'p.m', "o'clock", 'o’clock', 'hrs', 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'bst', 'cet'];

/** Words before "one" that make it a pronoun or an idiom, not a count ("no one", "the one"). */
export const ONE_PRONOUN_BEFORE: readonly string[] = ['no', 'the', 'any', 'every', 'some', 'each', 'which', 'this', 'that', 'another', 'such', 'someone', 'anyone', 'last'];

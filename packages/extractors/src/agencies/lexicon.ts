/**
 * Word lists that drive the agency finder, as data. Keys are lower case; apostrophes are
 * normalised to "'" before lookup (see words.ts).
 */
import type { AgencyCategory } from '@claimsift/core';

/**
 * Head nouns of institutions. A capitalised run containing one (with a modifier or an
 * `of …` complement) is an organisation name. The category is the default for the name;
 * `regulator` marks bodies "the regulator" may stand for.
 */
export interface HeadInfo {
  readonly category: AgencyCategory;
  readonly regulator?: boolean;
}

const head = (category: AgencyCategory, words: string, regulator = false): [string, HeadInfo][] =>
  words.split(' ').map((w) => [w, regulator ? { category, regulator } : { category }]);

export const HEADS: ReadonlyMap<string, HeadInfo> = new Map([
  ...head('government', 'ministry ministries administration commission authority agency bureau', true),
  ...head('government', 'department office committee council directorate secretariat board cabinet parliament congress senate assembly legislature inspectorate treasury service house army navy forces command corps guard marines'),
  ...head('judiciary', 'court courts procuratorate tribunal prosecution prosecutors judiciary'),
  ...head('police', 'police policing constabulary gendarmerie sheriff\'s sheriff'),
  ...head('party', 'party'),
  ...head('ngo', 'association federation foundation society union unions coalition alliance league institute caucus'),
  ...head('other', 'university college school schools academy hospital center centre organization organisation church team unit'),
  ...head('media', 'newsroom broadcasting'),
]);

/**
 * Last words of company names ("Sierra Nevada Corporation", "Hanwha Group"). A name ending
 * in one is a company even without a gazetteer entry.
 */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  ('inc inc. incorporated corp corp. corporation co co. company cos ltd ltd. limited llc llp plc ag sa s.a. nv gmbh spa ' +
    'group holdings holding partners capital securities bank banks bancorp airlines airline airways motors systems technologies ' +
    'robotics aerospace electronics industries pharmaceuticals pharma petroleum steel mining telecom telecommunications communications ' +
    'networks software labs laboratories enterprises resources investments ventures brands foods stores insurance financial exchange ' +
    'bros bros. brothers associates logistics automotive chemicals semiconductor').split(' '),
);

/** First words of company names ("Air Astana", "Banco …"). */
export const COMPANY_PREFIXES: ReadonlySet<string> = new Set(['air', 'banco', 'pt']);

/** Last words of media names ("New York Times", "NBC News"). */
export const MEDIA_SUFFIXES: ReadonlySet<string> = new Set(
  'times post journal news daily herald tribune gazette press radio television magazine broadcasting channel newspaper chronicle telegraph guardian observer courier wire'.split(' '),
);

/** Words that may join capitalised words inside a name ("Bank of England", "Doctors for Camp Closure"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'on', 'de', 'du', 'des', 'del', 'der', 'la', 'le', 'von', 'van', 'y']);

/** Connectors that open the complement of a head ("Ministry of …", "Centers for …"). */
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/** Titles of people: they end an organisation name ("Emirates President Tim Clark"). */
export const TITLES: ReadonlySet<string> = new Set(
  ('mr mr. mrs mrs. ms ms. dr dr. prof prof. president vice prime minister director chairman chairwoman chair secretary spokesman ' +
    'spokeswoman spokesperson governor gov gov. sen sen. senator rep rep. representative judge chief ceo cfo coo cto executive commissioner deputy ' +
    'head speaker founder co-founder cofounder analyst attorney lawyer professor officer sergeant lieutenant captain general king queen prince premier mayor sheriff ambassador rt hon').split(' '),
);

/**
 * Capitalised words that are not part of a name when they start a run: sentence starters,
 * determiners, months and days ("In", "The", "Friday").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('the a an this that these those his her their its our my your in on at for from by with as after before during since until ' +
    'while when if but and or so also however meanwhile according last next some many most all both each every other another several ' +
    'no not only even there here why how what who which where such under over among through despite although though because once ' +
    'then now today yesterday tomorrow it he she they we i you via per about more less than latest breaking read watch see ' +
    'photo image file video updated published share follow subscribe advertisement related click copyright ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday former').split(' '),
);

/**
 * Generic institution nouns: `the ministry`, `regulators`, `public security organs`. They are
 * references, never mentions; each maps to what it can stand for.
 */
export type ReferenceKind = 'head' | 'category' | 'regulator' | 'public-security';
export interface GenericNoun {
  readonly kind: ReferenceKind;
  /** The head word (kind head) or category (kind category) a compatible agency has. */
  readonly value: string;
}

const generic = (kind: ReferenceKind, value: string, words: string): [string, GenericNoun][] =>
  words.split(' ').map((w) => [w, { kind, value }]);

export const GENERIC_NOUNS: ReadonlyMap<string, GenericNoun> = new Map([
  ...generic('head', 'ministry', 'ministry'),
  ...generic('head', 'department', 'department'),
  ...generic('head', 'bureau', 'bureau'),
  ...generic('head', 'commission', 'commission'),
  ...generic('head', 'committee', 'committee'),
  ...generic('head', 'administration', 'administration'),
  ...generic('head', 'authority', 'authority'),
  ...generic('head', 'office', 'office'),
  ...generic('head', 'council', 'council'),
  ...generic('head', 'court', 'court'),
  ...generic('head', 'procuratorate', 'procuratorate'),
  ...generic('category', 'government', 'agency'),
  ...generic('category', 'party', 'party'),
  ...generic('category', 'police', 'police'),
  ...generic('category', 'company', 'company firm carrier airline retailer lender bank group'),
  ...generic('category', 'media', 'newspaper broadcaster outlet'),
  ...generic('regulator', 'regulator', 'regulator regulators watchdog'),
]);

/** Determiners that make a generic noun a reference ("the ministry", "its regulator"). */
export const REFERENCE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** Multi-word generic references, matched on lower-case words. */
export const GENERIC_PHRASES: readonly { readonly words: readonly string[]; readonly noun: GenericNoun }[] = [
  { words: ['public', 'security', 'organs'], noun: { kind: 'public-security', value: 'public security' } },
  { words: ['public', 'security', 'authorities'], noun: { kind: 'public-security', value: 'public security' } },
  { words: ['public', 'security', 'ministry'], noun: { kind: 'public-security', value: 'public security' } },
  { words: ['public', 'security', 'bureau'], noun: { kind: 'public-security', value: 'public security' } },
  { words: ['internet', 'regulator'], noun: { kind: 'regulator', value: 'regulator' } },
  { words: ['cyberspace', 'regulator'], noun: { kind: 'regulator', value: 'regulator' } },
  { words: ['police', 'departments'], noun: { kind: 'category', value: 'police' } },
];

/** Lower-case institution words that follow a place to make a name ("Shanghai police"). */
export const LOWERCASE_HEAD_PHRASES: readonly (readonly string[])[] = [
  ['police', 'department'],
  ['police'],
  ['health', 'commission'],
  ['public', 'security', 'bureau'],
  ['sheriff\'s', 'office'],
];

/** Words after a capitalised run that show it names an organisation ("Boeing shares"). */
export const ORG_FOLLOWERS: ReadonlySet<string> = new Set(
  ('spokesman spokeswoman spokesperson spokespeople officials executives ceo shares stock shareholders employees subsidiary ' +
    'co-founder cofounder founder chairman chairwoman board president fleet headquarters analyst analysts economist economists strategist ' +
    'strategists reporter reporters correspondent correspondents editor columnist').split(' '),
);

/** Words before a capitalised run that show it names an organisation ("shares of Boeing", "rival Airbus"). */
export const ORG_PRECEDERS: ReadonlySet<string> = new Set(
  ('rival rivals competitor companies firms carrier airline retailer maker giant startup start-up conglomerate lender insurer ' +
    'outlet newspaper broadcaster agency manufacturer supplier operator developer company firm').split(' '),
);

/** Two-word cues before a run ("shares of", "analysts at"). */
export const ORG_PRECEDER_PAIRS: ReadonlySet<string> = new Set([
  'shares of', 'analysts at', 'analyst at', 'subsidiary of', 'unit of', 'stake in', 'economists at', 'strategist at', 'strategists at',
  'reports for', 'reporting for', 'writes for', 'writing for', 'wrote for', 'reporter for', 'correspondent for', 'editor at',
]);

/** Verbs after an app or platform that make it an actor ("Weibo said …"). */
export const ACTOR_VERBS: ReadonlySet<string> = new Set(
  'said says announced announces removed deleted banned suspended told confirmed denied reported reports stated blocked closed'.split(' '),
);

/** Digits that stand for words in acronyms ("D4CC" = Doctors for Camp Closure). */
export const ACRONYM_DIGITS: ReadonlyMap<string, string> = new Map([
  ['2', 'to'],
  ['4', 'for'],
]);

/** Words an acronym may skip ("Ministry of Public Security" = MPS). */
export const ACRONYM_SKIPPABLE: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'on', 'de', 'du', 'des', 'la', 'in', 'to', 'at']);

/** Possessives that belong inside a name ("Supreme People’s Court", "County Sheriff’s Department"); other possessives end a name. */
export const NAME_POSSESSIVES: ReadonlySet<string> = new Set(
  "people's sheriff's magistrate's magistrates' children's women's men's workers' farmers' veterans' prosecutor's attorney's governor's mayor's king's queen's president's st john's".split(' '),
);

/** Modifiers too common to be a short form of a longer name ("Republican" of Republican Governors Association). */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set(
  'republican republicans democratic democrat democrats conservative liberal labour labor national federal state united international american general new royal central public supreme joint global world china chinese arab'.split(' '),
);

/** Words after a party name that make it a person's affiliation ("GOP legislative leaders", "Republican Gov."). */
export const AFFILIATION_FOLLOWERS: ReadonlySet<string> = new Set(
  'legislative lawmakers lawmaker leaders leader senators senator candidate candidates voters members member governor gov congressman congresswoman state representative rep sen lawmakers\u2019'.split(' '),
);

/** Capitalised abbreviations that are not organisations ("the CEO said", "GDP rose"). */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(
  ('CEO CFO COO CTO CIO VP MP PM AM TV GDP CPI PMI PPI AI IT HR PR ID OK USA US UK UAE DC PHD MBA ETF IPO NFT EV EVS SUV FAQ PDF URL API ' +
    'COVID SARS MERS HIV AIDS DNA RNA LED LCD GPS USB ATM VAT ESG VR AR IOT LNG LPG CO2 GMT EST EDT PST UTC BST CET ' +
    'MVP RPG FPS PC PS4 PS5 OS UI UX RSS FM AM PDF JPG DIY ICU ER GOP').split(' '),
);

/** Titles that may end an organisation's name ("Office of Inspector General"). */
export const NAME_FINAL_TITLES: ReadonlySet<string> = new Set(['general', 'chief', 'chiefs']);

/** Words for people's political affiliation or groups of people: never an organisation by themselves ("fellow Republicans"). */
export const AFFILIATION_WORDS: ReadonlySet<string> = new Set(
  'republican republicans democrat democrats democratic conservative conservatives liberal liberals tory tories socialist socialists communist communists independent independents gop'.split(' '),
);

/** Common given names: a capitalised pair starting with one is a person ("Joe Biden"), not a firm. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua ' +
    'kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon ' +
    'benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ' +
    'walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy ' +
    'bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny elon jeff bill tim ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle ' +
    'dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma ' +
    'samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina ' +
    'lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris ' +
    'abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla ' +
    'alex sam max ben dan tom nick mike jim bob steve matt chris kate liz jen jon rob greg josh ted pete tony andy rick ron don ken ' +
    'hillary kamala nancy mitch chuck ilhan alexandria kristi xi li wang zhang liu chen yang huang zhao wu zhou vladimir boris emmanuel angela narendra justin')
    .split(' '),
);

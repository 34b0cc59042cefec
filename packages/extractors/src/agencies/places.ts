/**
 * Places: country names and adjectives with their ISO 3166 alpha-2 codes, US states and
 * large cities. A place before an institution gives the country ("Chinese Ministry …",
 * "Indiana State Police"); a place alone is never an agency ("Washington", "Beijing").
 * Rows: code | names | adjectives (comma-separated). Source: ISO 3166-1 list and common usage.
 */
import { splitKeys } from './keys.js';

const COUNTRY_ROWS = `CN|China,PRC,People's Republic of China|Chinese
US|United States,U.S.,US,USA,U.S.A.,America,United States of America|American
GB|United Kingdom,UK,U.K.,Britain,Great Britain,England,Scotland,Wales|British,English,Scottish,Welsh
KR|South Korea,Korea,Republic of Korea|South Korean,Korean
KP|North Korea|North Korean
JP|Japan|Japanese
IN|India|Indian
RU|Russia,Russian Federation,Soviet Union,USSR|Russian,Soviet
FR|France|French
DE|Germany|German
IT|Italy|Italian
ES|Spain|Spanish
PT|Portugal|Portuguese
NL|Netherlands,Holland|Dutch
BE|Belgium|Belgian
CH|Switzerland|Swiss
AT|Austria|Austrian
SE|Sweden|Swedish
NO|Norway|Norwegian
DK|Denmark|Danish
FI|Finland|Finnish
PL|Poland|Polish
CZ|Czech Republic,Czechia,Prague|Czech
HU|Hungary,Budapest|Hungarian
RO|Romania,Bucharest|Romanian
BG|Bulgaria|Bulgarian
GR|Greece|Greek
TR|Turkey,Türkiye|Turkish
UA|Ukraine|Ukrainian
BY|Belarus|Belarusian
IE|Ireland|Irish
CA|Canada|Canadian
MX|Mexico|Mexican
BR|Brazil|Brazilian
AR|Argentina|Argentine,Argentinian
CL|Chile|Chilean
CO|Colombia|Colombian
PE|Peru|Peruvian
VE|Venezuela|Venezuelan
CU|Cuba|Cuban
AU|Australia|Australian
NZ|New Zealand|
ZA|South Africa|South African
NG|Nigeria|Nigerian
EG|Egypt|Egyptian
KE|Kenya|Kenyan
ET|Ethiopia|Ethiopian
MA|Morocco|Moroccan
DZ|Algeria|Algerian
IL|Israel|Israeli
PS|Palestine,West Bank,Gaza,Gaza Strip|Palestinian
IR|Iran|Iranian
IQ|Iraq,Kurdistan|Iraqi,Kurdish
SY|Syria|Syrian
LB|Lebanon|Lebanese
JO|Jordan|Jordanian
SA|Saudi Arabia|Saudi
AE|United Arab Emirates,UAE,Dubai,Abu Dhabi|Emirati
QA|Qatar|Qatari
AF|Afghanistan|Afghan
PK|Pakistan|Pakistani
BD|Bangladesh|Bangladeshi
LK|Sri Lanka|Sri Lankan
NP|Nepal|Nepali,Nepalese
MM|Myanmar,Burma,Yangon,Rangoon|Burmese
TH|Thailand|Thai
VN|Vietnam,Viet Nam|Vietnamese
KH|Cambodia|Cambodian
MY|Malaysia|Malaysian
SG|Singapore|Singaporean
ID|Indonesia|Indonesian
PH|Philippines|Philippine,Filipino
TW|Taiwan|Taiwanese
HK|Hong Kong|
MO|Macau,Macao|
MN|Mongolia|Mongolian
KZ|Kazakhstan|Kazakh
UZ|Uzbekistan|Uzbek
SE|Sweden|Swedish
EU|Europe,European Union|European
SN|Senegal|Senegalese
ZW|Zimbabwe|Zimbabwean
GH|Ghana|Ghanaian
CD|Congo,Democratic Republic of the Congo|Congolese
SD|Sudan|Sudanese
SO|Somalia|Somali
LY|Libya|Libyan
TN|Tunisia|Tunisian
YE|Yemen|Yemeni
OM|Oman|Omani
KW|Kuwait|Kuwaiti
BH|Bahrain|Bahraini
AZ|Azerbaijan|Azerbaijani
AM|Armenia|Armenian
GE|Georgia|Georgian
RS|Serbia|Serbian
HR|Croatia|Croatian
BA|Bosnia|Bosnian
SK|Slovakia|Slovak
SI|Slovenia|Slovenian
LT|Lithuania|Lithuanian
LV|Latvia|Latvian
EE|Estonia|Estonian
IS|Iceland|Icelandic
LU|Luxembourg|
CY|Cyprus|Cypriot
MT|Malta|Maltese
EC|Ecuador|Ecuadorian
BO|Bolivia|Bolivian
PY|Paraguay|Paraguayan
UY|Uruguay|Uruguayan
HT|Haiti|Haitian
JM|Jamaica|Jamaican
NI|Nicaragua|Nicaraguan
GT|Guatemala|Guatemalan
HN|Honduras|Honduran
SV|El Salvador|Salvadoran
PA|Panama|Panamanian
CR|Costa Rica|Costa Rican
DO|Dominican Republic|Dominican
TZ|Tanzania|Tanzanian
UG|Uganda|Ugandan
RW|Rwanda|Rwandan
ZM|Zambia|Zambian
AO|Angola|Angolan
MZ|Mozambique|Mozambican
CM|Cameroon|Cameroonian
CI|Ivory Coast,Côte d'Ivoire|Ivorian
ML|Mali|Malian
NE|Niger|Nigerien
TD|Chad|Chadian
LA|Laos|Lao,Laotian
BN|Brunei|
KG|Kyrgyzstan|Kyrgyz
TJ|Tajikistan|Tajik
TM|Turkmenistan|Turkmen
MD|Moldova|Moldovan
AL|Albania|Albanian
MK|North Macedonia,Macedonia|Macedonian
ME|Montenegro|Montenegrin`;

const US_STATES =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,' +
  'Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,' +
  'New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,' +
  'South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming';

/** Cities and regions that often stand for a government or precede a local body. */
const CITY_ROWS = `CN|Beijing,Shanghai,Guangzhou,Shenzhen,Wuhan,Chongqing,Tianjin,Sichuan,Tibet,Xinjiang,Inner Mongolia,Guangdong,Zhejiang,Jiangsu,Hubei,Hunan,Henan,Shandong,Fujian,Yunnan
US|Washington,Washington D.C.,D.C.,New York,Los Angeles,Chicago,Houston,San Francisco,Boston,Seattle,Miami,Atlanta,Dallas,Detroit,Philadelphia,Columbus,Indianapolis,Denver,Phoenix
GB|London,Westminster,Manchester,Birmingham,Edinburgh,Glasgow
RU|Moscow,Kremlin,Krasnoyarsk,St Petersburg,Siberia
FR|Paris
DE|Berlin,Frankfurt
BE|Brussels
JP|Tokyo
KR|Seoul
IN|New Delhi,Delhi,Mumbai
AE|Dubai
IL|Jerusalem,Tel Aviv
UA|Kyiv,Kiev
TW|Taipei
SE|Stockholm
CH|Geneva,Zurich`;

export interface PlaceInfo {
  readonly country: string;
  /** True for adjectives ("Chinese"), false for names ("China"). */
  readonly adjective: boolean;
  /** A whole country (its name or adjective), not a state, region or city. */
  readonly national: boolean;
}

function build(): Map<string, PlaceInfo> {
  const map = new Map<string, PlaceInfo>();
  const add = (name: string, country: string, adjective: boolean, national: boolean) => {
    const key = placeKey(name);
    if (key && !map.has(key)) map.set(key, { country, adjective, national });
  };
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [code = '', names = '', adjectives = ''] = row.split('|');
    for (const n of names.split(',')) add(n, code, false, true);
    for (const a of adjectives.split(',')) if (a) add(a, code, true, true);
  }
  for (const s of US_STATES.split(',')) add(s, 'US', false, false);
  for (const row of CITY_ROWS.split('\n')) {
    const [code = '', names = ''] = row.split('|');
    for (const n of names.split(',')) add(n, code, false, false);
  }
  return map;
}

/** Lookup key of a place name: its word keys joined by spaces ("U.S." → "us"). */
export function placeKey(text: string): string {
  return splitKeys(text).join(' ');
}

/** Keyed by `placeKey` of the whole (possibly multi-word) place name. */
export const PLACES: ReadonlyMap<string, PlaceInfo> = build();

/** Longest place name, in words (for matching multi-word places). */
export const MAX_PLACE_WORDS = 4;

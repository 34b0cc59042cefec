/**
 * Currencies: symbols and prefixes before the number, names and codes after it, mapped to
 * ISO 4217 codes. Pure data.
 */

/** Symbols and symbol prefixes written before the number ("$", "US$", "HK$", "£"). Lower-case keys. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', 'us$': 'USD', 'u.s.$': 'USD', 'hk$': 'HKD', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'can$': 'CAD',
  'nz$': 'NZD', 's$': 'SGD', 'nt$': 'TWD', 'r$': 'BRL', 'mx$': 'MXN',
  '£': 'GBP', '€': 'EUR', '¥': 'CNY', '￥': 'CNY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₱': 'PHP', '₦': 'NGN',
  '₫': 'VND', '฿': 'THB', '₪': 'ILS', '₴': 'UAH', '₿': 'BTC', '₾': 'GEL', rs: 'INR', 'rs.': 'INR', rmb: 'CNY',
};

/** ISO 4217 codes read before or after a number ("USD 5", "5 EUR"); upper-case only. */
export const CURRENCY_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'HKD', 'AUD', 'CAD', 'CHF', 'INR', 'KRW', 'RUB', 'BRL', 'MXN', 'SGD', 'NZD',
  'TWD', 'ZAR', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'AED', 'SAR', 'THB', 'IDR', 'MYR', 'PHP', 'VND', 'NGN', 'EGP',
  'PKR', 'ILS', 'UAH', 'CZK', 'HUF', 'ARS', 'CLP', 'COP', 'KES', 'BTC',
];

/** Codes whose spelling differs from ISO 4217. */
export const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };

/**
 * Currency names after the number, lower-case, singular and plural. A name may be preceded by a
 * country word that changes the code ("Hong Kong dollars", "Australian dollar"): see COUNTRY_DOLLARS.
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', buck: 'USD', bucks: 'USD', cent: 'USD', cents: 'USD',
  euro: 'EUR', euros: 'EUR', 'euro cents': 'EUR',
  pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', pence: 'GBP', penny: 'GBP', quid: 'GBP',
  yuan: 'CNY', renminbi: 'CNY', 'chinese yuan': 'CNY',
  yen: 'JPY', 'japanese yen': 'JPY',
  rupee: 'INR', rupees: 'INR', 'indian rupees': 'INR', 'pakistani rupees': 'PKR',
  won: 'KRW', 'korean won': 'KRW', 'south korean won': 'KRW',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  franc: 'CHF', francs: 'CHF', 'swiss francs': 'CHF', 'swiss franc': 'CHF',
  peso: 'MXN', pesos: 'MXN', 'mexican pesos': 'MXN', 'philippine pesos': 'PHP', 'argentine pesos': 'ARS',
  reais: 'BRL', 'brazilian reais': 'BRL',
  rand: 'ZAR', lira: 'TRY', liras: 'TRY', lire: 'ITL',
  krona: 'SEK', kronor: 'SEK', 'swedish kronor': 'SEK', 'swedish krona': 'SEK', krone: 'NOK', kroner: 'NOK', 'danish kroner': 'DKK',
  'norwegian kroner': 'NOK', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', hryvnia: 'UAH', hryvnias: 'UAH',
  dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', shekel: 'ILS', shekels: 'ILS', baht: 'THB', ringgit: 'MYR',
  rupiah: 'IDR', dong: 'VND', naira: 'NGN', shilling: 'KES', shillings: 'KES',
  'finnish markka': 'FIM', markka: 'FIM', 'deutsche mark': 'DEM', 'deutsche marks': 'DEM', 'deutschmarks': 'DEM',
  'french francs': 'FRF', 'french franc': 'FRF', 'belgian francs': 'BEF', 'dutch guilders': 'NLG', guilders: 'NLG', guilder: 'NLG',
  'british pounds': 'GBP', 'egyptian pounds': 'EGP', 'lebanese pounds': 'LBP',
  bitcoin: 'BTC', bitcoins: 'BTC', peseta: 'ESP', pesetas: 'ESP', lei: 'RON', leu: 'RON', riel: 'KHR', riels: 'KHR', kyat: 'MMK', kip: 'LAK', taka: 'BDT', lev: 'BGN', leva: 'BGN', rmb: 'CNY', '元': 'CNY', '円': 'JPY', lari: 'GEL',
};

/** Country words before "dollar(s)". */
export const COUNTRY_DOLLARS: Readonly<Record<string, string>> = {
  'hong kong': 'HKD', us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'new zealand': 'NZD',
  singapore: 'SGD', taiwan: 'TWD', 'new taiwan': 'TWD', zimbabwean: 'ZWL', jamaican: 'JMD',
};

/** Sub-units: the value is divided by this ("50 cents" → 0.5 USD). */
export const SUBUNITS: Readonly<Record<string, number>> = { cent: 100, cents: 100, pence: 100, penny: 100, 'euro cents': 100 };

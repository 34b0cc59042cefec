/**
 * Agency cases written for these tests (not taken from any data set): each sentence with the
 * agency mentions SPEC §3 expects, by surface text (the n-th occurrence when it repeats).
 */
export interface ExpectedAgency {
  readonly text: string;
  /** Which occurrence of `text` in the sentence (0-based), default 0. */
  readonly nth?: number;
  readonly name: string;
  readonly category?: string;
  readonly acronym?: string | null;
  readonly parent?: string | null;
  readonly country?: string | null;
}

export interface AgencyCase {
  readonly title: string;
  readonly text: string;
  readonly expected: readonly ExpectedAgency[];
}

export const CASES: readonly AgencyCase[] = [
  {
    title: 'bracketed acronym is folded into the name and links later uses; a leading country adjective stays out',
    text: 'The Chinese Ministry of Public Security (MPS) said on Monday it had closed 500 accounts. The MPS added that more cases were pending.',
    expected: [
      { text: 'Ministry of Public Security', name: 'Ministry of Public Security', category: 'government', acronym: 'MPS', country: 'CN' },
      { text: 'MPS', nth: 1, name: 'Ministry of Public Security', acronym: 'MPS' },
    ],
  },
  {
    title: 'acronym with letters from function words and a comma list in the complement',
    text: 'Officials from the Ministry of Agriculture, Forestry and Fisheries (MAFF) inspected the farms, and MAFF later lifted the ban.',
    expected: [
      { text: 'Ministry of Agriculture, Forestry and Fisheries', name: 'Ministry of Agriculture, Forestry and Fisheries', acronym: 'MAFF', category: 'government' },
      { text: 'MAFF', nth: 1, name: 'Ministry of Agriculture, Forestry and Fisheries' },
    ],
  },
  {
    title: 'acronym first, name in brackets',
    text: 'The NHSA (National Healthcare Security Administration) said it would cut prices, and the NHSA will publish a list.',
    expected: [
      { text: 'NHSA', name: 'National Healthcare Security Administration', acronym: 'NHSA' },
      { text: 'National Healthcare Security Administration', name: 'National Healthcare Security Administration' },
      { text: 'NHSA', nth: 1, name: 'National Healthcare Security Administration' },
    ],
  },
  {
    title: 'acronym known only to the gazetteer, glued to "the" by scraping',
    text: 'The case was handed to theFBI last week.',
    expected: [{ text: 'FBI', name: 'Federal Bureau of Investigation', category: 'police', acronym: 'FBI', country: 'US' }],
  },
  {
    title: 'glued words inside a name resolve to the gazetteer spelling',
    text: 'A statement from the Ministry of StateSecurity warned foreign firms.',
    expected: [{ text: 'Ministry of StateSecurity', name: 'Ministry of State Security', category: 'government', country: 'CN' }],
  },
  {
    title: 'a garbled name is identified by its acronym and head words',
    text: "China's Cyberspace Affairs Administration (CAC) fined three platforms, the CAC said.",
    expected: [
      { text: 'Cyberspace Affairs Administration', name: 'Cyberspace Administration of China', acronym: 'CAC', country: 'CN' },
      { text: 'CAC', nth: 1, name: 'Cyberspace Administration of China' },
    ],
  },
  {
    title: 'a possessive country stays out; the body keeps its own modifiers',
    text: "South Africa's National Prosecuting Authority charged the former minister.",
    expected: [{ text: 'National Prosecuting Authority', name: 'National Prosecuting Authority', category: 'judiciary', country: 'ZA' }],
  },
  {
    title: 'a country adjective that is part of the name stays in (no "of" complement)',
    text: 'The Norwegian Data Protection Authority fined the company on Tuesday.',
    expected: [{ text: 'Norwegian Data Protection Authority', name: 'Norwegian Data Protection Authority', category: 'government', country: 'NO' }],
  },
  {
    title: 'news agency named by its short name',
    text: 'The figures were reported by state news agency Xinhua on Sunday.',
    expected: [{ text: 'Xinhua', name: 'Xinhua News Agency', category: 'media', country: 'CN' }],
  },
  {
    title: 'company suffix, list propagation and a short form',
    text: 'The contracts went to Zephyrine, Kestrel Dynamics Corporation and Halvorsen. Kestrel said the work starts in May.',
    expected: [
      { text: 'Zephyrine', name: 'Zephyrine', category: 'company' },
      { text: 'Kestrel Dynamics Corporation', name: 'Kestrel Dynamics Corporation', category: 'company' },
      { text: 'Halvorsen', name: 'Halvorsen', category: 'company' },
      { text: 'Kestrel', nth: 1, name: 'Kestrel Dynamics Corporation' },
    ],
  },
  {
    title: 'an outlet inside a byline phrase, not the reporter',
    text: 'Alex Ruiz of the Financial Times reported that the deal was off.',
    expected: [{ text: 'Financial Times', name: 'Financial Times', category: 'media' }],
  },
  {
    title: 'a title of a person ends the organisation name',
    text: 'Interpol Secretary General Valdecy Urquiza opened the meeting.',
    expected: [{ text: 'Interpol', name: 'Interpol', category: 'police' }],
  },
  {
    title: 'a city and a lower-case police word',
    text: 'Shenzhen police detained two men, while Police in Sichuan province said they had warned 40 people.',
    expected: [{ text: 'Shenzhen police', name: 'Shenzhen police', category: 'police', country: 'CN' }],
  },
  {
    title: "an owned body after its owner's possessive is one mention with the owner as parent",
    text: "The Communist Party's Central Committee issued new rules.",
    expected: [{ text: "Communist Party's Central Committee", name: 'Central Committee of the Communist Party of China', category: 'party', parent: 'Communist Party of China' }],
  },
  {
    title: 'an acronym opening a longer name gives its parent; the name stays as written',
    text: 'Zhang Wei, head of the MPS Cybersecurity Bureau, spoke to reporters.',
    expected: [{ text: 'MPS Cybersecurity Bureau', name: 'MPS Cybersecurity Bureau', parent: 'Ministry of Public Security', country: 'CN' }],
  },
  {
    title: '"and" inside a name that ends in an institution head',
    text: 'The Federal Energy and Water Commission met on Friday.',
    expected: [{ text: 'Federal Energy and Water Commission', name: 'Federal Energy and Water Commission', category: 'government' }],
  },
  {
    title: 'an executive title in capitals ends the name; a cue word marks a firm',
    text: 'Shares of Norvanta fell after Norvanta CEO Lena Brandt resigned.',
    expected: [
      { text: 'Norvanta', name: 'Norvanta', category: 'company' },
      { text: 'Norvanta', nth: 1, name: 'Norvanta', category: 'company' },
    ],
  },
  {
    title: 'an apposition naming a kind of organisation; a person described by one is not',
    text: 'Brightwave, a Texas-based company that builds landers, won. Tom Reyes, a former agency official, objected.',
    expected: [{ text: 'Brightwave', name: 'Brightwave', category: 'company' }],
  },
  {
    title: '"and" before a person does not join a name',
    text: 'Officials of the Department of Commerce and Mike Chen, an adviser, met.',
    expected: [{ text: 'Department of Commerce', name: 'Department of Commerce', category: 'government' }],
  },
  {
    title: 'a court with its complement',
    text: 'The Supreme Court of Canada ruled against the province.',
    expected: [{ text: 'Supreme Court of Canada', name: 'Supreme Court of Canada', category: 'judiciary' }],
  },
  {
    title: 'a lower-case own name of a unique body from the gazetteer',
    text: 'Earlier this year the public security ministry ran a campaign.',
    expected: [{ text: 'public security ministry', name: 'Ministry of Public Security', category: 'government' }],
  },
  {
    title: 'names joined by an ampersand are a firm',
    text: 'Hartley & Finch advised the buyer.',
    expected: [{ text: 'Hartley & Finch', name: 'Hartley & Finch', category: 'company' }],
  },
  {
    title: 'an acronym that acts names an organisation',
    text: 'The KNU said its fighters had withdrawn.',
    expected: [{ text: 'KNU', name: 'KNU' }],
  },
  {
    title: 'a ticker symbol in brackets is not an acronym',
    text: 'Home Depot (ticker: HD) reported higher sales, and Lowe’s (LOW) stock fell.',
    expected: [
      { text: 'Home Depot', name: 'Home Depot', category: 'company' },
      { text: 'Lowe’s', name: "Lowe's", category: 'company' },
    ],
  },
  {
    title: 'a platform that acts is an agency',
    text: 'Weibo said it removed 300 posts.',
    expected: [{ text: 'Weibo', name: 'Weibo', category: 'company' }],
  },
  {
    title: 'a short form of an outlet named earlier',
    text: 'The New York Times first reported the story. A reporter of the Times said more would follow.',
    expected: [
      { text: 'New York Times', name: 'New York Times', category: 'media', country: 'US' },
      { text: 'Times', nth: 1, name: 'New York Times' },
    ],
  },
  {
    title: 'a leading country name that is part of the official name stays in',
    text: 'Officers of the U.S. Capitol Police arrested him.',
    expected: [{ text: 'U.S. Capitol Police', name: 'U.S. Capitol Police', category: 'police', country: 'US' }],
  },
];

/** Sentences with no agency mention at all (SPEC §3 "Not agencies"). */
export const NEGATIVE_CASES: readonly { readonly title: string; readonly text: string }[] = [
  { title: 'generic references', text: 'The ministry said regulators would act, and the agency told the company to comply.' },
  { title: 'places standing for governments', text: 'Washington and Beijing traded barbs while Seoul stayed quiet.' },
  { title: 'a platform only used as a medium', text: 'Users on Weibo and WeChat shared the post.' },
  { title: 'a market index', text: 'The Dow Jones Industrial Average fell 2% on Friday.' },
  { title: 'quoted account names', text: 'Accounts with names such as "Red Star Command" and "China Anti-Fraud Forces" were closed.' },
  { title: 'party affiliation of people', text: 'GOP lawmakers met Republican Gov. John Smith.' },
  { title: 'people with titles', text: 'President Xi Jinping met Prime Minister Anthony Albanese.' },
  { title: 'a bare generic head', text: 'The Commission said the Ministry would respond.' },
  { title: 'the domain of a title', text: 'Deputy Director of Public Prosecutions Maria Lind took the decision.' },
  { title: 'programmes and products', text: 'The Commercial Lunar Payload Services program will fly the Starship lander.' },
];

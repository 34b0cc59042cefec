/**
 * Quote forms written for these tests (no article text): each case lists the quotes the
 * extractor must find, by their exact words, with the speaker mention and resolved fields.
 * Offsets are derived from the words (`text.indexOf`, or the n-th occurrence), so a case
 * states what a reader sees, never numbers read off program output.
 */

export interface ExpectedSpeaker {
  /** The speaker mention nearest the quote, as written. */
  readonly text: string;
  /** Which occurrence of `text` in the case (0-based; default: the one nearest the quote). */
  readonly occurrence?: number;
  readonly name: string | null;
  readonly title?: string | null;
  readonly organization?: string | null;
}

export interface ExpectedQuote {
  readonly quote: string;
  readonly speaker: ExpectedSpeaker;
  readonly cue?: string | null;
  readonly marked?: boolean;
  readonly kind?: 'direct' | 'partial';
}

export interface QuoteCase {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly ExpectedQuote[];
  /** Agency mentions an earlier stage would have found: [surface, canonical name, category]. */
  readonly agencies?: readonly (readonly [string, string, string])[];
}

export const CASES: readonly QuoteCase[] = [
  // ---- mark styles
  {
    name: 'curly double marks, speaker after the quote',
    text: 'The flood closed the main road for a week.\n\n“We will rebuild the bridge before winter,” Mayor Ana Ruiz said on Monday.',
    quotes: [{ quote: 'We will rebuild the bridge before winter,', speaker: { text: 'Ana Ruiz', name: 'Ana Ruiz', title: 'Mayor' }, cue: 'said', marked: true, kind: 'direct' }],
  },
  {
    name: 'straight double marks, inverted cue with an apposition',
    text: '"The budget is simply not enough for our schools," said Tom Becker, a spokesman for the Riverside Teachers Union.',
    quotes: [{ quote: 'The budget is simply not enough for our schools,', speaker: { text: 'Tom Becker', name: 'Tom Becker', title: 'spokesman', organization: 'Riverside Teachers Union' }, cue: 'said', marked: true }],
  },
  {
    name: 'guillemets',
    text: 'Talks resumed in Geneva.\n\n«We are not going to back down on this point», Foreign Minister Paul Okafor told reporters.',
    quotes: [{ quote: 'We are not going to back down on this point', speaker: { text: 'Paul Okafor', name: 'Paul Okafor', title: 'Foreign Minister' }, cue: 'told', marked: true }],
  },
  {
    name: 'corner brackets after a colon',
    text: 'Li Wei, the company’s founder, told the meeting: 「We will cooperate fully with the investigation.」',
    quotes: [{ quote: 'We will cooperate fully with the investigation.', speaker: { text: 'Li Wei', name: 'Li Wei', title: 'founder' }, cue: 'told', marked: true }],
  },
  {
    name: 'German low opening mark',
    text: '„We have done everything we could for this team“, said coach Hans Brandt after the match.',
    quotes: [{ quote: 'We have done everything we could for this team', speaker: { text: 'Hans Brandt', name: 'Hans Brandt', title: 'coach' }, cue: 'said' }],
  },
  {
    name: 'single curly marks as the outer quote',
    text: '‘We have no plans to raise taxes this year,’ Chancellor Mary Green said.',
    quotes: [{ quote: 'We have no plans to raise taxes this year,', speaker: { text: 'Mary Green', name: 'Mary Green', title: 'Chancellor' }, cue: 'said' }],
  },
  {
    name: 'mixed curly opening and straight closing marks from scraping',
    text: '“Our members voted to accept the offer by a wide margin," union leader Rosa Diaz said.',
    quotes: [{ quote: 'Our members voted to accept the offer by a wide margin,', speaker: { text: 'Rosa Diaz', name: 'Rosa Diaz', title: 'union leader' }, cue: 'said' }],
  },
  // ---- nesting, insertions, continuation, pieces
  {
    name: 'nested single quotes stay inside the outer quote',
    text: '“He told me ‘you will never work in this town again’ and I believed him,” said Maria Lopez.',
    quotes: [{ quote: 'He told me ‘you will never work in this town again’ and I believed him,', speaker: { text: 'Maria Lopez', name: 'Maria Lopez' }, cue: 'said' }],
  },
  {
    name: 'bracketed insertions are part of the quote',
    text: 'Finance Minister Karl Weber spoke after the vote.\n\n“[The ministry] will publish the full figures next month,” Weber said.',
    quotes: [{ quote: '[The ministry] will publish the full figures next month,', speaker: { text: 'Weber', name: 'Karl Weber', title: 'Finance Minister' }, cue: 'said' }],
  },
  {
    name: 'a quotation continued over three paragraphs, speaker first',
    text: 'Dr. Sarah Chen said: “The first results are encouraging for patients.\n\n“We saw fewer infections in every group we studied.\n\n“But we need a larger trial before we can be sure.”',
    quotes: [
      { quote: 'The first results are encouraging for patients.', speaker: { text: 'Sarah Chen', name: 'Sarah Chen' }, cue: 'said', kind: 'direct' },
      { quote: 'We saw fewer infections in every group we studied.', speaker: { text: 'Sarah Chen', name: 'Sarah Chen' }, cue: 'said' },
      { quote: 'But we need a larger trial before we can be sure.', speaker: { text: 'Sarah Chen', name: 'Sarah Chen' }, cue: 'said' },
    ],
  },
  {
    name: 'a continued quotation attributed in its last paragraph',
    text: 'Judge Helen Park addressed the court before sentencing.\n\n“This was a cruel and calculated fraud against the elderly.\n\n“Nothing in the record excuses it,” she said.',
    quotes: [
      { quote: 'This was a cruel and calculated fraud against the elderly.', speaker: { text: 'she', name: 'Helen Park', title: 'Judge' }, cue: 'said' },
      { quote: 'Nothing in the record excuses it,', speaker: { text: 'she', name: 'Helen Park' }, cue: 'said' },
    ],
  },
  {
    name: 'a quote broken by its attribution gives two pieces',
    text: '“We are ready for this election,” Luis Gomez said, “and we intend to win it outright.”',
    quotes: [
      { quote: 'We are ready for this election,', speaker: { text: 'Luis Gomez', name: 'Luis Gomez' }, cue: 'said' },
      { quote: 'and we intend to win it outright.', speaker: { text: 'Luis Gomez', name: 'Luis Gomez' }, cue: 'said' },
    ],
  },
  {
    name: 'a second quoted sentence after the attribution',
    text: 'Angela Moore teaches math at a rural high school.\n\n“We need to keep good teachers in the classroom,” Moore said. “They leave because they are not paid enough.”',
    quotes: [
      { quote: 'We need to keep good teachers in the classroom,', speaker: { text: 'Moore', name: 'Angela Moore' }, cue: 'said' },
      { quote: 'They leave because they are not paid enough.', speaker: { text: 'Moore', name: 'Angela Moore' }, cue: 'said' },
    ],
  },
  {
    name: 'a quote paragraph that follows an attributed one',
    text: '“The harvest was the worst in twenty years,” farmer Joe Walsh said.\n\n“Most of the wheat never came up at all.”',
    quotes: [
      { quote: 'The harvest was the worst in twenty years,', speaker: { text: 'Joe Walsh', name: 'Joe Walsh', title: 'farmer' }, cue: 'said' },
      { quote: 'Most of the wheat never came up at all.', speaker: { text: 'Joe Walsh', name: 'Joe Walsh' }, cue: 'said' },
    ],
  },
  {
    name: 'two speakers in one paragraph',
    text: '“The deal is fair to both sides,” Smith said. “It is nothing of the kind,” Jones replied.',
    quotes: [
      { quote: 'The deal is fair to both sides,', speaker: { text: 'Smith', name: 'Smith' }, cue: 'said' },
      { quote: 'It is nothing of the kind,', speaker: { text: 'Jones', name: 'Jones' }, cue: 'replied' },
    ],
  },
  // ---- partial quotes
  {
    name: 'a partial quote inside the reporter’s clause',
    text: 'Senator Jane Holt called the plan “a disaster for working families” during a speech on Monday.',
    quotes: [{ quote: 'a disaster for working families', speaker: { text: 'Jane Holt', name: 'Jane Holt', title: 'Senator' }, cue: 'called', kind: 'partial' }],
  },
  {
    name: 'a partial quote with "told … that"',
    text: 'Governor Ed Pratt told the crowd that the state was “not asking for charity from anyone.”',
    quotes: [{ quote: 'not asking for charity from anyone.', speaker: { text: 'Ed Pratt', name: 'Ed Pratt', title: 'Governor' }, cue: 'told', kind: 'partial' }],
  },
  {
    name: 'according to an organisation',
    text: 'The new rules are “necessary to protect public health in every region,” according to the World Health Organization.',
    quotes: [{ quote: 'necessary to protect public health in every region,', speaker: { text: 'World Health Organization', name: 'World Health Organization' }, cue: 'according to', kind: 'partial' }],
  },
  // ---- organisations, groups, documents
  {
    name: 'an organisation speaking through a statement',
    text: '“We have suspended all flights to the region until further notice,” Delta Air Lines said in a statement.',
    quotes: [{ quote: 'We have suspended all flights to the region until further notice,', speaker: { text: 'Delta Air Lines', name: 'Delta Air Lines' }, cue: 'said' }],
  },
  {
    name: 'a generic "the ministry said" resolves to the agency named before',
    text: 'The Ministry of Finance (MOF) released new figures on Friday.\n\n“Tax revenue rose faster than we had forecast,” the ministry said.',
    agencies: [['Ministry of Finance', 'Ministry of Finance', 'government']],
    quotes: [{ quote: 'Tax revenue rose faster than we had forecast,', speaker: { text: 'ministry', name: 'Ministry of Finance', organization: 'Ministry of Finance' }, cue: 'said' }],
  },
  {
    name: 'an acronym speaker gets the agency’s canonical name',
    text: 'The Federal Aviation Administration (FAA) grounded the jets.\n\n“Safety comes before every other consideration,” the FAA said.',
    agencies: [
      ['Federal Aviation Administration', 'Federal Aviation Administration', 'government'],
      ['FAA', 'Federal Aviation Administration', 'government'],
    ],
    quotes: [{ quote: 'Safety comes before every other consideration,', speaker: { text: 'FAA', name: 'Federal Aviation Administration', organization: 'Federal Aviation Administration' }, cue: 'said' }],
  },
  {
    name: '"it" resolves to the organisation that spoke last',
    text: 'The Swedish Road Authority said the tunnel would reopen in May.\n\n"Repairs to the ventilation system are taking longer than planned," it added.',
    quotes: [{ quote: 'Repairs to the ventilation system are taking longer than planned,', speaker: { text: 'it', name: 'Swedish Road Authority' }, cue: 'added' }],
  },
  {
    name: 'an unnamed group keeps its words and no name',
    text: '“The water has been brown for three weeks now,” one resident said.',
    quotes: [{ quote: 'The water has been brown for three weeks now,', speaker: { text: 'one resident', name: null }, cue: 'said' }],
  },
  {
    name: 'a group of people as speakers',
    text: '"We implore you to allow our volunteers to run the clinic," the nurses wrote in their letter.',
    quotes: [{ quote: 'We implore you to allow our volunteers to run the clinic,', speaker: { text: 'nurses', name: null }, cue: 'wrote' }],
  },
  {
    name: '"the statement said" refers to whoever issued it',
    text: 'The US Navy said in a statement on Tuesday that two sailors were injured.\n\n"The cause of the fire is under investigation," the statement said.',
    quotes: [{ quote: 'The cause of the fire is under investigation,', speaker: { text: 'US Navy', name: 'US Navy' }, cue: 'said' }],
  },
  {
    name: 'a document signed by a group',
    text: '“This mortality rate constitutes an emergency for children,” says the letter signed by twelve pediatricians.',
    quotes: [{ quote: 'This mortality rate constitutes an emergency for children,', speaker: { text: 'twelve pediatricians', name: null }, cue: 'says' }],
  },
  {
    name: 'a news agency writes',
    text: 'Since then the country “has vastly improved its handling of infectious diseases,” writes the Associated Press.',
    quotes: [{ quote: 'has vastly improved its handling of infectious diseases,', speaker: { text: 'Associated Press', name: 'Associated Press' }, cue: 'writes' }],
  },
  // ---- names, titles, pronouns
  {
    name: 'a surname resolves to the fullest name in the document',
    text: 'Union President Keith Garner led the march to the Statehouse.\n\n“The crisis is now, and we need action now,” Garner said.',
    quotes: [{ quote: 'The crisis is now, and we need action now,', speaker: { text: 'Garner', name: 'Keith Garner', title: 'Union President' }, cue: 'said' }],
  },
  {
    name: 'a surname written first (Chinese name order)',
    text: 'Zhang Hua, director of the Shenzhen Port Authority, spoke at the opening.\n\n“Container traffic will double within five years,” Zhang said.',
    quotes: [{ quote: 'Container traffic will double within five years,', speaker: { text: 'Zhang', name: 'Zhang Hua', title: 'director', organization: 'Shenzhen Port Authority' }, cue: 'said' }],
  },
  {
    name: 'honorifics stay out of the speaker’s text',
    text: '"It could get out of control very quickly," Dr. Luz Ortega, a member of the group, told NBC News.',
    quotes: [{ quote: 'It could get out of control very quickly,', speaker: { text: 'Luz Ortega', name: 'Luz Ortega' }, cue: 'told' }],
  },
  {
    name: 'title and organisation before the name',
    text: '“Sales were below our expectations this quarter,” Acme Corp spokesman Tim Berg said.',
    quotes: [{ quote: 'Sales were below our expectations this quarter,', speaker: { text: 'Tim Berg', name: 'Tim Berg', title: 'spokesman', organization: 'Acme Corp' }, cue: 'said' }],
  },
  {
    name: 'apposition with "at" gives title and organisation',
    text: '“Rates will stay high for longer than markets expect,” said Jane Doyle, chief economist at Harbor Bank.',
    quotes: [{ quote: 'Rates will stay high for longer than markets expect,', speaker: { text: 'Jane Doyle', name: 'Jane Doyle', title: 'chief economist', organization: 'Harbor Bank' }, cue: 'said' }],
  },
  {
    name: 'a name with a suffix and an initial',
    text: '“The defendant made real threats against a member of Congress,” said U.S. Attorney James R. Kennedy Jr. in a release.',
    quotes: [{ quote: 'The defendant made real threats against a member of Congress,', speaker: { text: 'James R. Kennedy Jr.', name: 'James R. Kennedy Jr.', title: 'U.S. Attorney' }, cue: 'said' }],
  },
  {
    name: '"he" resolves to the last male speaker',
    text: 'Michael Sims, chief executive of Ceres Labs, said the award was a good sign for small firms.\n\n“Space exploration needs an entire ecosystem of companies,” he said.',
    quotes: [{ quote: 'Space exploration needs an entire ecosystem of companies,', speaker: { text: 'he', name: 'Michael Sims', title: 'chief executive', organization: 'Ceres Labs' }, cue: 'said' }],
  },
  {
    name: '"she" skips a man named in between',
    text: 'Lawyer Sonya Baker said her client regretted the calls to Senator Tom Reyes.\n\n“My client is passionate about his beliefs and his right to express them,” she said in an email.',
    quotes: [{ quote: 'My client is passionate about his beliefs and his right to express them,', speaker: { text: 'she', name: 'Sonya Baker', title: 'Lawyer' }, cue: 'said' }],
  },
  {
    name: 'a pronoun introducing the quote',
    text: 'Maria Soto said a harsh sentence would not help anyone. She added, "We must teach the defendant compassion."',
    quotes: [{ quote: 'We must teach the defendant compassion.', speaker: { text: 'She', name: 'Maria Soto' }, cue: 'added' }],
  },
  {
    name: 'question quote with "asked" and the present tense "says"',
    text: '“Who will pay for all of this in the end?” asked Paul Reed.\n\n“Nobody has answered that question yet,” says Anna Berg.',
    quotes: [
      { quote: 'Who will pay for all of this in the end?', speaker: { text: 'Paul Reed', name: 'Paul Reed' }, cue: 'asked' },
      { quote: 'Nobody has answered that question yet,', speaker: { text: 'Anna Berg', name: 'Anna Berg' }, cue: 'says' },
    ],
  },
  {
    name: 'a speaker with a lower-case title before the name',
    text: '"Our fighters shot down the helicopter near the village," Taliban spokesman Zabihullah Karimi said in a tweet.',
    quotes: [{ quote: 'Our fighters shot down the helicopter near the village,', speaker: { text: 'Zabihullah Karimi', name: 'Zabihullah Karimi', title: 'spokesman', organization: 'Taliban' }, cue: 'said' }],
  },
  // ---- unmarked direct speech
  {
    name: 'unmarked: "…, said NAME, TITLE of ORG."',
    text: 'We have inspected 412 factories and closed 37 of them, said Chen Ming, Director of the Provincial Safety Bureau. The inspections continue next month.',
    quotes: [{ quote: 'We have inspected 412 factories and closed 37 of them', speaker: { text: 'Chen Ming', name: 'Chen Ming', title: 'Director', organization: 'Provincial Safety Bureau' }, cue: 'said', marked: false }],
  },
  {
    name: 'unmarked: surname attribution and a first-person sentence after it',
    text: 'Chen Ming runs the inspection office.\n\nWe believe training is the key to safer factories, said Chen. By training managers, we can prevent most accidents.',
    quotes: [
      { quote: 'We believe training is the key to safer factories', speaker: { text: 'Chen', name: 'Chen Ming' }, cue: 'said', marked: false },
      { quote: 'By training managers, we can prevent most accidents.', speaker: { text: 'Chen', name: 'Chen Ming' }, cue: 'said', marked: false },
    ],
  },
  {
    name: 'unmarked: "…, he said."',
    text: 'Officer Dan Cole described the rescue.\n\nWe reached the boat just before it sank, he said.',
    quotes: [{ quote: 'We reached the boat just before it sank', speaker: { text: 'he', name: 'Dan Cole' }, cue: 'said', marked: false }],
  },
  {
    name: 'unmarked: "NAME said: …"',
    text: 'Mayor Ana Ruiz said: We will not raise the water rates this year.',
    quotes: [{ quote: 'We will not raise the water rates this year.', speaker: { text: 'Ana Ruiz', name: 'Ana Ruiz', title: 'Mayor' }, cue: 'said', marked: false }],
  },
  {
    name: 'embedded tweet paragraphs',
    text: 'The senator posted the letter online.\n\n> Sharing my full letter on the sentencing of the man who threatened me.\n> \n> We must apply compassion to criminal justice. pic.twitter.com/abc123\n> \n> — Sen. Rita Olsen (@RitaOlsen) May 2, 2021\n',
    quotes: [
      { quote: 'Sharing my full letter on the sentencing of the man who threatened me.', speaker: { text: 'Rita Olsen', name: 'Rita Olsen', title: 'Sen.' }, cue: null, marked: false },
      { quote: 'We must apply compassion to criminal justice.', speaker: { text: 'Rita Olsen', name: 'Rita Olsen' }, cue: null, marked: false },
    ],
  },
  // ---- exclusions next to real quotes
  {
    name: 'scare quotes and short terms are not quotes',
    text: 'The president called for a “security barrier” around the internet and a “civilised” cyber space, and said his team had achieved “remarkable results”.',
    quotes: [],
  },
  {
    name: 'quoted names of four capitalised words are not quotes',
    text: 'The regulator closed accounts with names such as “Patriotic Eagle Defense Force” and “Strategic Missile Troops”, it said.',
    quotes: [],
  },
  {
    name: 'a quoted description with no speaker is not a quote',
    text: 'The strategy is meant to create a “seamless, interconnected shopping experience” for customers.',
    quotes: [],
  },
  {
    name: 'paraphrase closed by "said X" without marks is not a quote',
    text: 'The company will cut 500 jobs at its two plants by March, said John Ellis, a spokesman for the firm.',
    quotes: [],
  },
  {
    name: 'a stray opening mark does not swallow the quotes after it',
    text: 'Fans of the “90s band packed the hall. “We never expected a crowd this big tonight,” singer Amy Frost said.',
    quotes: [{ quote: 'We never expected a crowd this big tonight,', speaker: { text: 'Amy Frost', name: 'Amy Frost', title: 'singer' }, cue: 'said' }],
  },
  {
    name: 'CRLF line ends and tabs keep offsets exact',
    text: 'Report from the port.\r\n\r\n\t“Ships are waiting up to nine days to unload,” harbour master Ian Price said.\r\n',
    quotes: [{ quote: 'Ships are waiting up to nine days to unload,', speaker: { text: 'Ian Price', name: 'Ian Price', title: 'harbour master' }, cue: 'said' }],
  },
  // ---- harder attributions
  {
    name: 'an apposition with commas of its own',
    text: '“The simulations surprised us in almost every respect,” Dylan Novak, a fellow at the Max Planck Institute in Garching, Germany, said in a statement.',
    quotes: [{ quote: 'The simulations surprised us in almost every respect,', speaker: { text: 'Dylan Novak', name: 'Dylan Novak' }, cue: 'said' }],
  },
  {
    name: 'a list of titles before the name',
    text: '“Our results reflected broad growth across the business,” chairman, CEO and president Craig Mercer said in the release.',
    quotes: [{ quote: 'Our results reflected broad growth across the business,', speaker: { text: 'Craig Mercer', name: 'Craig Mercer' }, cue: 'said' }],
  },
  {
    name: 'titles joined by "and" with a lower-case role',
    text: '"Water vapour escapes from the surface in small amounts," lead researcher and planetary scientist Lucas Moreno said.',
    quotes: [{ quote: 'Water vapour escapes from the surface in small amounts,', speaker: { text: 'Lucas Moreno', name: 'Lucas Moreno' }, cue: 'said' }],
  },
  {
    name: 'an attribution later in the quote’s sentence',
    text: '“The people of this country are not buying” the inquiry, Senator Dale Hunt said at a rally on Friday.',
    quotes: [{ quote: 'The people of this country are not buying', speaker: { text: 'Dale Hunt', name: 'Dale Hunt', title: 'Senator' }, cue: 'said', kind: 'direct' }],
  },
  {
    name: 'an adverb in -ly between speaker and cue',
    text: '“Can I give my place to James instead?” Brooke Lane tearfully asked.',
    quotes: [{ quote: 'Can I give my place to James instead?', speaker: { text: 'Brooke Lane', name: 'Brooke Lane' }, cue: 'asked' }],
  },
  {
    name: 'a document issued by an organisation',
    text: '“The market is largely pricing in a slow recovery,” said a report from Kestrel Securities.',
    quotes: [{ quote: 'The market is largely pricing in a slow recovery,', speaker: { text: 'Kestrel Securities', name: 'Kestrel Securities' }, cue: 'said' }],
  },
  {
    name: 'a quote left open at the end, introduced by its speaker',
    text: 'In his last interview Ranger Paul Kent said: “We never expected the fire to reach the valley so quickly.',
    quotes: [{ quote: 'We never expected the fire to reach the valley so quickly.', speaker: { text: 'Paul Kent', name: 'Paul Kent' }, cue: 'said' }],
  },
  {
    name: 'a quote left open with no attribution is dropped',
    text: 'The museum reopened its doors. Visitors found the “new wing closed for repairs until further notice and the café empty.',
    quotes: [],
  },
  {
    name: 'a tweet whose account name is no name phrase, with emoji and a short link',
    text: 'Reactions poured in online.\n\n> We are so proud of everyone who turned out tonight https://t.co/AbC123\n> \n> — river city runners 🏃 (@rcrunners) June 3, 2022\n',
    quotes: [{ quote: 'We are so proud of everyone who turned out tonight', speaker: { text: 'river city runners', name: 'river city runners' }, cue: null, marked: false }],
  },
  {
    name: 'an attribution ending the paragraph above the quote',
    text: 'In a statement on Monday, Mayor Ana Ruiz said:\n\n“The water in the east district is safe to drink again.”',
    quotes: [{ quote: 'The water in the east district is safe to drink again.', speaker: { text: 'Ana Ruiz', name: 'Ana Ruiz', title: 'Mayor' }, cue: 'said' }],
  },
  {
    name: 'a second cue joined by "and" shares the first cue’s subject',
    text: 'Karl Weiss said he never used the term "three amigos" and added, "I frankly cringe when I hear it."',
    quotes: [{ quote: 'I frankly cringe when I hear it.', speaker: { text: 'Karl Weiss', name: 'Karl Weiss' }, cue: 'added' }],
  },
  {
    name: 'a ranking or an age before the name',
    text: '"I think I played one of the best matches of my year," the 14th-ranked Diego Torres said.\n\n"Two months later I was unable to stand or walk," wrote 43-year-old Martin Hale of Aberdeen.',
    quotes: [
      { quote: 'I think I played one of the best matches of my year,', speaker: { text: 'Diego Torres', name: 'Diego Torres' }, cue: 'said' },
      { quote: 'Two months later I was unable to stand or walk,', speaker: { text: 'Martin Hale', name: 'Martin Hale' }, cue: 'wrote' },
    ],
  },
  {
    name: 'a generic reference with a modifier prefers the organisation it names',
    text: 'Dick Clark Productions denied the claim, and Big Machine Label Group said nothing.\n\n“Any final agreement needs to be made with her management team,” the production company said.',
    agencies: [
      ['Dick Clark Productions', 'Dick Clark Productions', 'company'],
      ['Big Machine Label Group', 'Big Machine Label Group', 'company'],
    ],
    quotes: [{ quote: 'Any final agreement needs to be made with her management team,', speaker: { text: 'production company', name: 'Dick Clark Productions' }, cue: 'said' }],
  },
  {
    name: '"the senator" names the senator the text introduced; an unnamed spokesperson stays unnamed',
    text: 'Senator Jane Holt opened the hearing.\n\n“We will not let this bill die in committee,” the senator said.\n\n“We are reviewing the request carefully,” the spokesperson said.',
    quotes: [
      { quote: 'We will not let this bill die in committee,', speaker: { text: 'senator', name: 'Jane Holt' }, cue: 'said' },
      { quote: 'We are reviewing the request carefully,', speaker: { text: 'spokesperson', name: null }, cue: 'said' },
    ],
  },
  {
    name: 'a pull quote repeating words of an attributed quote takes its speaker, with no cue',
    text: 'The clinic asked for help in October.\n\n"We write with urgency"\n\nThe letter went to the acting secretary.\n\n"Flu season has begun across the country, so we write with urgency," the doctors stated.',
    quotes: [
      { quote: 'We write with urgency', speaker: { text: 'doctors', name: null }, cue: null, marked: true },
      { quote: 'Flu season has begun across the country, so we write with urgency,', speaker: { text: 'doctors', name: null }, cue: 'stated' },
    ],
  },
];

/**
 * Word lists of the quotes extractor, kept as data: reporting verbs (cues), the words that make
 * up a speaker phrase (titles, honorifics, group and institution nouns, pronouns) and first
 * names for pronoun gender. Everything is lower-case; lookups lower-case the word first.
 */

/** Reporting verbs in every tense the news uses them ("said", "says", "tells", "wrote"). */
export const CUE_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'warned', 'warns', 'stressed', 'stresses',
  'wrote', 'writes', 'stated', 'explained', 'explains', 'noted', 'argued', 'argues',
  'asked', 'asks', 'insisted', 'insists', 'declared', 'declares', 'announced', 'announces', 'continued',
  'recalled', 'claimed', 'emphasised', 'emphasized', 'emphasises', 'emphasizes',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'replied', 'replies', 'responded', 'responds',
  'remarked', 'observed', 'tweeted', 'tweets', 'urged', 'urges', 'cautioned', 'concluded', 'suggested',
  'predicted', 'promised', 'vowed', 'conceded', 'confirmed', 'countered', 'commented', 'reiterated',
  'underlined', 'underscored', 'shouted', 'testified', 'maintained', 'mentioned', 'joked', 'quipped',
  'complained', 'lamented', 'pledged', 'boasted', 'disclosed', 'revealed', 'called', 'calls', 'recounted',
  'assured', 'affirmed', 'contended', 'alleged', 'agreed', 'objected', 'exclaimed', 'whispered', 'shouts', 'yelled',
  'screamed', 'cried', 'ordered', 'snapped', 'pleaded', 'begged', 'demanded', 'acknowledged', 'reflected', 'predicts',
  // participles of reporting clauses ("…, saying she did not think …")
  'saying', 'telling', 'adding', 'warning', 'noting', 'writing', 'arguing', 'stressing', 'explaining', 'insisting',
];

/** Multi-word cues: the speaker follows ("according to CAC"). */
export const PREPOSITIONAL_CUES: readonly string[] = ['according to'];

/** Verbs that only report speech in a quote's own sentence (partial quotes): "called it the 'end of an era'". */
export const WEAK_CUES: readonly string[] = ['called', 'calls', 'described', 'describes', 'dubbed', 'labelled', 'labeled', 'termed'];

/** Words that may stand between a subject and its cue ("also said", "later told"). */
export const CUE_ADVERBS: readonly string[] = [
  'also', 'later', 'then', 'previously', 'earlier', 'reportedly', 'further', 'once', 'recently', 'again', 'has', 'have',
  'had', 'would', 'will', 'simply', 'quickly', 'repeatedly', 'publicly', 'privately', 'separately', 'subsequently',
  'finally', 'bluntly', 'flatly', 'angrily', 'only', 'just', 'first', 'yesterday', 'today', 'instead', 'initially',
  'originally', 'often', 'frequently', 'quietly', 'openly', 'candidly', 'proudly', 'firmly', 'emphatically', 'still',
];

/** Job titles and roles: they precede a name ("Taliban spokesman Zabihullah Mujahid") or head an apposition. */
export const TITLE_WORDS: readonly string[] = [
  'president', 'vice', 'director', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'chief', 'executive', 'officer', 'head', 'leader', 'editor',
  'editor-in-chief', 'analyst', 'analysts', 'economist', 'professor', 'governor', 'senator', 'representative',
  'rep', 'sen', 'gov', 'mayor', 'attorney', 'lawyer', 'judge', 'justice', 'commissioner', 'superintendent', 'speaker',
  'administrator', 'manager', 'founder', 'co-founder', 'cofounder', 'deputy', 'associate', 'assistant', 'general',
  'official', 'officials', 'adviser', 'advisor', 'ambassador', 'prosecutor', 'inspector', 'chancellor', 'premier',
  'secretary-general', 'sheriff', 'captain', 'lieutenant', 'sergeant', 'colonel', 'commander', 'gen', 'lt', 'col',
  'sgt', 'capt', 'supt', 'atty', 'teacher', 'researcher', 'scientist', 'physician', 'nurse', 'partner', 'strategist',
  'consultant', 'congressman', 'congresswoman', 'lawmaker', 'councilman', 'councilwoman', 'trustee', 'dean',
  'principal', 'correspondent', 'reporter', 'columnist', 'owner', 'detective', 'chief-executive', 'treasurer',
  'counsel', 'coach', 'pastor', 'bishop', 'mp', 'mep', 'commenter', 'expert', 'experts', 'researchers', 'investigator',
  'agent', 'boss', 'envoy', 'negotiator', 'diplomat', 'auditor', 'regulator', 'engineer', 'pilot', 'ombudsman',
];

/** Forms of address left out of the speaker's text and title ("Dr. Luz Contreras Arroyo" → "Luz Contreras Arroyo"). */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'hon', 'messrs'];

export const MALE_HONORIFICS: readonly string[] = ['mr', 'sir', 'lord', 'messrs'];
export const FEMALE_HONORIFICS: readonly string[] = ['mrs', 'ms', 'miss', 'dame', 'lady'];

/** Generation suffixes that belong to a name ("James Kennedy Jr."). */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv'];

/** Lower-case particles inside names ("Ursula von der Leyen"). */
export const NAME_PARTICLES: readonly string[] = ['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'di', 'la', 'le', 'du', 'dos', 'del', 'ter', 'ibn'];

/** Heads of speaker phrases that stand for an institution ("the ministry said", "the US military said"). */
export const INSTITUTION_NOUNS: readonly string[] = [
  'ministry', 'department', 'agency', 'bureau', 'government', 'military', 'police', 'company', 'firm', 'court',
  'administration', 'office', 'commission', 'authority', 'authorities', 'council', 'committee', 'regulator',
  'army', 'navy', 'party', 'union', 'association', 'organisation', 'organization', 'bank', 'embassy', 'group',
  'prosecutors', 'prosecution', 'parliament', 'congress', 'senate', 'legislature', 'cabinet', 'state', 'city', 'county',
  'airline', 'carrier', 'retailer', 'manufacturer', 'institute', 'university', 'school', 'hospital', 'board',
  'centre', 'center', 'foundation', 'network', 'outlet', 'newspaper', 'broadcaster', 'platform', 'team',
  'directorate', 'procuratorate', 'watchdog', 'club', 'coalition', 'alliance', 'campaign', 'operator', 'utility',
];

/** Heads of speaker phrases that are documents: the speaker is whoever issued them ("the statement said"). */
export const DOCUMENT_NOUNS: readonly string[] = [
  'statement', 'letter', 'report', 'release', 'tweet', 'post', 'memo', 'filing', 'complaint', 'document', 'notice',
  'announcement', 'email', 'message', 'note', 'indictment', 'ruling', 'order', 'study', 'survey', 'circular', 'transcript',
];

/** Capitalised words that are part of an organisation's name, not a person's. */
export const ORG_WORDS: readonly string[] = [
  'ministry', 'department', 'bureau', 'agency', 'administration', 'authority', 'association', 'commission', 'committee',
  'council', 'court', 'police', 'office', 'university', 'college', 'school', 'institute', 'center', 'centre',
  'foundation', 'bank', 'inc', 'corp', 'corporation', 'company', 'co', 'group', 'party', 'union', 'news', 'times',
  'post', 'press', 'service', 'services', 'systems', 'airline', 'airlines', 'organisation', 'organization', 'board',
  'forces', 'army', 'navy', 'directorate', 'procuratorate', 'federation', 'fund', 'reserve', 'exchange', 'network',
  'house', 'senate', 'congress', 'parliament', 'government', 'ltd', 'llc', 'plc', 'holdings', 'technologies',
  'robotics', 'media', 'hospital', 'clinic', 'church', 'club', 'league', 'team', 'state', 'republic',
  'journal', 'tribune', 'herald', 'gazette', 'radio', 'television', 'tv', 'magazine', 'capitol', 'statehouse',
  'division', 'unit', 'squad', 'coalition', 'alliance', 'institution', 'laboratory', 'laboratories', 'program',
  'programme', 'initiative', 'project', 'mission', 'review', 'daily', 'online', 'international', 'global', 'motors',
  'lines', 'airways', 'partners', 'capital', 'securities', 'insurance', 'pharmaceuticals', 'labs', 'rights', 'watch',
];

/** Places and adjectives that qualify a title rather than name an organisation ("U.S. Attorney"). */
export const TITLE_QUALIFIERS: readonly string[] = [
  'u.s', 'us', 'uk', 'u.k', 'eu', 'state', 'federal', 'national', 'regional', 'local', 'former', 'acting', 'interim',
  'senior', 'junior', 'top', 'chief', 'then', 'new', 'outgoing', 'incoming', 'democratic', 'republican', 'gop',
  // portfolios and ranks written before a title ("Foreign Minister", "Finance Secretary", "Prime Minister")
  'foreign', 'prime', 'finance', 'defence', 'defense', 'interior', 'home', 'health', 'education', 'justice', 'trade',
  'energy', 'economy', 'labour', 'labor', 'environment', 'transport', 'agriculture', 'culture', 'executive',
  'managing', 'assistant', 'deputy', 'vice', 'general', 'attorney', 'district', 'county', 'city', 'union', 'party',
];

/** Words a speaker phrase may open with that are not part of it ("the", "its", "their"). */
export const PHRASE_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their'];

/** Numerals and quantifiers that open a group ("two officials", "several analysts"). */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'dozen', 'dozens', 'hundreds', 'thousands', 'several', 'some', 'many', 'both', 'most', 'other', 'another', 'few',
];

/** Abbreviated titles written with a period ("Rep.", "Gen."); honorifics and name suffixes take one too. */
export const TITLE_ABBREVIATIONS: readonly string[] = ['rep', 'sen', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'supt', 'atty', 'st', 'mt', 'adm', 'maj', 'cmdr', 'det', 'insp', 'pres'];

/** Pronoun speakers and what they can stand for. */
export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'thing' | 'plural' | 'first'>> = {
  he: 'male', she: 'female', it: 'thing', they: 'plural', we: 'first', i: 'first',
};

/** Capitalised words that start sentences or name times, never a speaker's name. */
export const NON_NAME_WORDS: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'it', 'this', 'that', 'these', 'those', 'he', 'she', 'they',
  'we', 'i', 'his', 'her', 'their', 'our', 'my', 'its', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'for',
  'from', 'by', 'with', 'of', 'to', 'then', 'also', 'however', 'still', 'yet', 'so', 'meanwhile', 'according',
  'although', 'though', 'because', 'despite', 'during', 'last', 'next', 'earlier', 'later', 'now', 'today', 'there',
  'here', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most', 'more', 'other', 'another', 'each',
  'every', 'all', 'both', 'no', 'not', 'one', 'two', 'three', 'image', 'photo', 'media', 'read', 'follow', 'updated',
  'published', 'copyright', 'share', 'advertisement', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'said', 'says', 'told', 'you', 'your', 'us', 'me', 'him', 'them', 'do', 'does', 'did', 'is', 'are', 'was',
  'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'must', 'let',
  'just', 'even', 'only', 'such', 'than', 'like', 'about', 'over', 'under', 'into', 'out', 'up', 'down', 'off',
  'sometimes', 'often', 'indeed', 'instead', 'perhaps', 'maybe', 'yesterday', 'tomorrow', 'tonight', 'overall',
  'otherwise', 'finally', 'afterwards', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'hence', 'besides',
  'anyway', 'again', 'already', 'eventually', 'ultimately', 'initially', 'previously', 'currently', 'recently',
  'unfortunately', 'fortunately', 'clearly', 'obviously', 'apparently', 'additionally', 'furthermore', 'moreover',
  'audience', 'audiences', 'officials', 'police', 'critics', 'experts', 'analysts', 'residents', 'witnesses',
];

/** Words that never head a speaker phrase ("that said", "which told"). */
export const NON_SPEAKER_HEADS: readonly string[] = [
  'that', 'which', 'who', 'whom', 'what', 'and', 'or', 'but', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be',
  'been', 'not', 'also', 'there', 'here', 'then', 'this', 'these', 'those', 'to', 'of', 'in', 'on', 'at', 'for',
  'with', 'by', 'as', 'from', 'than', 'so', 'if', 'when', 'where', 'while', 'because', 'ever', 'never', 'always',
  'it', 'one', 'someone', 'anyone', 'everyone', 'nobody', 'you', 'just', 'only', 'again', 'once', 'being',
  'reports', 'media', 'news', 'all', 'who', 'each', 'both', 'some', 'many', 'most', 'several', 'others',
];

/** Words of organisations' names that never end a person's name ("Public Prosecution Eva-Marie Persson"). */
export const ORG_NAME_TAILS: readonly string[] = [
  'prosecution', 'protection', 'security', 'affairs', 'justice', 'defense', 'defence', 'health', 'education',
  'transportation', 'transport', 'energy', 'commerce', 'treasury', 'industry', 'trade', 'finance', 'labor', 'labour',
  'management', 'development', 'exploration', 'investigation', 'intelligence', 'enforcement', 'safety', 'control',
  'prevention', 'relations', 'resources', 'communications', 'operations', 'aviation', 'cyberspace', 'rover',
];

/** First-person and second-person words: direct speech without marks uses them, paraphrase does not. */
export const SPEECH_PERSON_WORDS: readonly string[] = ['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves', "i'm", 'i’m', "we're", 'we’re', "we've", 'we’ve', "i've", 'i’ve', "we'll", 'we’ll', "i'll", 'i’ll', 'you', 'your'];


/** Common given names, for the gender of pronoun speakers. Short on purpose: pronoun votes do the rest. */
export const MALE_NAMES: readonly string[] = [
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'steve', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin',
  'brian', 'george', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric',
  'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'frank', 'gregory', 'raymond',
  'alexander', 'patrick', 'pat', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'henry', 'adam', 'douglas',
  'nathan', 'peter', 'zachary', 'kyle', 'walter', 'harold', 'jeremy', 'ethan', 'carl', 'keith', 'roger', 'gerald',
  'christian', 'terry', 'sean', 'arthur', 'austin', 'noah', 'lawrence', 'jesse', 'joe', 'bryan', 'billy', 'jordan',
  'albert', 'dylan', 'bruce', 'willie', 'gabriel', 'alan', 'juan', 'logan', 'wayne', 'ralph', 'roy', 'eugene',
  'randy', 'vincent', 'russell', 'louis', 'philip', 'bobby', 'johnny', 'bradley', 'craig', 'joel', 'marco', 'brent',
  'mike', 'bill', 'tom', 'jim', 'bob', 'ted', 'mitch', 'bernie', 'kristinn', 'vladimir', 'emmanuel', 'boris',
  'mohammed', 'muhammad', 'ahmed', 'ali', 'hassan', 'pierre',
  'hans', 'karl', 'luis', 'carlos', 'miguel', 'antonio', 'francesco', 'giuseppe', 'ivan', 'sergei', 'dmitry', 'rishi',
  'narendra', 'barack', 'elon', 'jeff', 'tim', 'satya', 'sundar', 'hakeem', 'chuck',
];

export const FEMALE_NAMES: readonly string[] = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy',
  'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol',
  'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'angela',
  'shirley', 'anna', 'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha', 'katherine', 'christine', 'debra',
  'rachel', 'carolyn', 'janet', 'catherine', 'maria', 'heather', 'diane', 'ruth', 'julie', 'olivia', 'joyce',
  'virginia', 'victoria', 'kelly', 'lauren', 'christina', 'joan', 'evelyn', 'judith', 'megan', 'andrea', 'cheryl',
  'hannah', 'jacqueline', 'martha', 'gloria', 'teresa', 'ann', 'sara', 'madison', 'frances', 'kathryn', 'janice',
  'jean', 'abigail', 'alice', 'julia', 'judy', 'sophia', 'grace', 'denise', 'amber', 'doris', 'marilyn', 'danielle',
  'beverly', 'isabella', 'theresa', 'diana', 'natalie', 'brittany', 'charlotte', 'marie', 'kayla', 'alexis', 'lori',
  'gwynne', 'sonya', 'ilhan', 'luz', 'eva', 'eva-marie', 'alexandria', 'kamala', 'hillary',
  'ursula', 'nikki', 'liz', 'kate', 'jane', 'anne', 'sue', 'meg', 'jill',
];

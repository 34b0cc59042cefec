/**
 * The action lexicon: what officials do to what they count. Each entry is a lemma with its
 * inflected forms, an optional particle ("shut down", "deal with"), nominalisations
 * ("closure" → close) and an action class. Classes let the comparison tell a rewording
 * ("closed" / "deactivated") from a different act ("arrested" / "punished"); `weak` classes
 * (finding, targeting, handling) describe attention rather than an outcome and never conflict.
 */

export type ActionClass = 'detain' | 'investigate' | 'punish' | 'take-down' | 'publicise' | 'charge' | 'weak';

/**
 * How decisive an act is: of coordinated verbs ("investigated and punished", "investigated and
 * dealt with") the claim reports the most decisive one (punish; investigate).
 */
export const CLASS_RANK: Readonly<Record<ActionClass, number>> = { detain: 4, charge: 4, punish: 4, 'take-down': 4, publicise: 3, investigate: 2, weak: 1 };

/** Verbs through which a counted subject undergoes an act named by a noun ("930 accounts received lighter sentences"). */
export const LIGHT_VERBS: readonly string[] = ['received', 'receive', 'receives', 'faced', 'face', 'faces', 'got', 'get', 'gets', 'given', 'suffered'];

export interface ActionEntry {
  /** The lemma reported in claims ("shut down"). */
  readonly lemma: string;
  /** Inflected forms of the (head) verb, space separated; the first is the base form. */
  readonly forms: string;
  /** Word that must follow the verb ("down" in "shut down"). */
  readonly particle?: string;
  /** Nouns naming the act ("closure"); they govern a quantity through "of". */
  readonly nouns?: string;
  readonly class: ActionClass;
}

export const ACTIONS: readonly ActionEntry[] = [
  { lemma: 'arrest', forms: 'arrest arrests arrested arresting', nouns: 'arrest arrests', class: 'detain' },
  { lemma: 'detain', forms: 'detain detains detained detaining', nouns: 'detention detentions', class: 'detain' },
  { lemma: 'capture', forms: 'capture captures captured capturing', class: 'detain' },
  { lemma: 'investigate', forms: 'investigate investigates investigated investigating', nouns: 'investigation investigations', class: 'investigate' },
  { lemma: 'probe', forms: 'probe probes probed probing', class: 'investigate' },
  { lemma: 'prosecute', forms: 'prosecute prosecutes prosecuted prosecuting', nouns: 'prosecution prosecutions', class: 'charge' },
  { lemma: 'charge', forms: 'charge charges charged charging', class: 'charge' },
  { lemma: 'convict', forms: 'convict convicts convicted convicting', nouns: 'conviction convictions', class: 'charge' },
  { lemma: 'punish', forms: 'punish punishes punished punishing', nouns: 'punishment punishments penalty penalties sentence sentences', class: 'punish' },
  { lemma: 'penalize', forms: 'penalize penalizes penalized penalizing penalise penalises penalised penalising', class: 'punish' },
  { lemma: 'sanction', forms: 'sanction sanctions sanctioned sanctioning', class: 'punish' },
  { lemma: 'fine', forms: 'fine fines fined fining', class: 'punish' },
  { lemma: 'sentence', forms: 'sentence sentences sentenced sentencing', class: 'punish' },
  { lemma: 'close', forms: 'close closes closed closing', nouns: 'closure closures', class: 'take-down' },
  { lemma: 'shut down', forms: 'shut shuts shutting', particle: 'down', nouns: 'shutdown shutdowns', class: 'take-down' },
  { lemma: 'remove', forms: 'remove removes removed removing', nouns: 'removal removals', class: 'take-down' },
  { lemma: 'delete', forms: 'delete deletes deleted deleting', nouns: 'deletion deletions', class: 'take-down' },
  { lemma: 'ban', forms: 'ban bans banned banning', class: 'take-down' },
  { lemma: 'block', forms: 'block blocks blocked blocking', class: 'take-down' },
  { lemma: 'suspend', forms: 'suspend suspends suspended suspending', nouns: 'suspension suspensions', class: 'take-down' },
  { lemma: 'deactivate', forms: 'deactivate deactivates deactivated deactivating', nouns: 'deactivation', class: 'take-down' },
  { lemma: 'disable', forms: 'disable disables disabled disabling', class: 'take-down' },
  { lemma: 'clean up', forms: 'clean cleans cleaned cleaning', particle: 'up', class: 'take-down' },
  { lemma: 'take down', forms: 'take takes took taken taking', particle: 'down', class: 'take-down' },
  { lemma: 'restrict', forms: 'restrict restricts restricted restricting', class: 'take-down' },
  { lemma: 'expose', forms: 'expose exposes exposed exposing', class: 'publicise' },
  { lemma: 'publish', forms: 'publish publishes published publishing', nouns: 'publication', class: 'publicise' },
  { lemma: 'release', forms: 'release releases released releasing', class: 'publicise' },
  { lemma: 'disclose', forms: 'disclose discloses disclosed disclosing', class: 'publicise' },
  { lemma: 'target', forms: 'target targets targeted targeting targetted targetting', class: 'weak' },
  { lemma: 'identify', forms: 'identify identifies identified identifying', class: 'weak' },
  { lemma: 'find', forms: 'find finds found finding', class: 'weak' },
  { lemma: 'suspect', forms: 'suspect suspects suspected suspecting', class: 'weak' },
  { lemma: 'handle', forms: 'handle handles handled handling', class: 'weak' },
  { lemma: 'deal with', forms: 'deal deals dealt dealing', particle: 'with', class: 'weak' },
  { lemma: 'take action against', forms: 'take takes took taken taking', particle: 'action', class: 'weak' },
  { lemma: 'crack down on', forms: 'crack cracks cracked cracking', particle: 'down', nouns: 'crackdown', class: 'weak' },
  { lemma: 'seize', forms: 'seize seizes seized seizing', nouns: 'seizure seizures', class: 'detain' },
  { lemma: 'confiscate', forms: 'confiscate confiscates confiscated confiscating', nouns: 'confiscation', class: 'detain' },
  { lemma: 'indict', forms: 'indict indicts indicted indicting', nouns: 'indictment indictments', class: 'charge' },
  { lemma: 'deport', forms: 'deport deports deported deporting', nouns: 'deportation deportations', class: 'detain' },
  { lemma: 'freeze', forms: 'freeze freezes froze frozen freezing', class: 'detain' },
  { lemma: 'jail', forms: 'jail jails jailed jailing', class: 'punish' },
  { lemma: 'imprison', forms: 'imprison imprisons imprisoned imprisoning', nouns: 'imprisonment', class: 'punish' },
  { lemma: 'dismantle', forms: 'dismantle dismantles dismantled dismantling', class: 'take-down' },
  { lemma: 'censor', forms: 'censor censors censored censoring', class: 'take-down' },
  { lemma: 'interrogate', forms: 'interrogate interrogates interrogated interrogating', class: 'investigate' },
  { lemma: 'summon', forms: 'summon summons summoned summoning', class: 'weak' },
  { lemma: 'warn', forms: 'warn warns warned warning', class: 'weak' },
  { lemma: 'rescue', forms: 'rescue rescues rescued rescuing', class: 'weak' },
  { lemma: 'launch', forms: 'launch launches launched launching', class: 'weak' },
];

/** Reporting verbs: they frame a claim ("X said that ...") and are never its action. */
export const REPORTING_CUES: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'announce', 'reported', 'reporting',
  'stated', 'added', 'noted', 'revealed', 'reveals', 'disclosed', 'claimed', 'confirmed', 'according', 'showed',
];
// Left out on purpose: forms that are mostly nouns in news text ("police reports", "claims", "states").

/** Words that open a new clause: a governing verb is not looked for across them. */
export const CLAUSE_OPENERS: readonly string[] = ['while', 'whereas', 'but', 'although', 'though', 'which', 'who', 'whom', 'whose', 'because', 'after', 'before'];

/** Auxiliaries and fillers between a passive subject and its participle ("had been", "are reported to have been"). */
export const PASSIVE_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'got', 'gets'];
export const PASSIVE_FILLERS: readonly string[] = [
  'reported', 'reportedly', 'said', 'believed', 'thought', 'known', 'estimated', 'to', 'have', 'has', 'been', 'be', 'being',
  'also', 'already', 'since', 'then', 'all', 'now', 'subsequently', 'later', 'reportedly', 'allegedly', 'either',
];

/** Sentence openings that announce a figure from another campaign or case. */
export const SEPARATE_MARKERS: readonly string[] = ['in a separate', 'in another', 'separately', 'in a different', 'elsewhere'];

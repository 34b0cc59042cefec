/**
 * Unit lemmas that count the same things: "individuals", "people", "netizens" and
 * "lawbreakers" are all persons; "case studies" and "typical cases" are cases. The comparison
 * matches units by class; an unknown unit (null) matches any.
 */

/** Whole unit phrases first, then head nouns. */
const PHRASES: Readonly<Record<string, string>> = {
  'case study': 'case',
  'website platform': 'platform',
  'social media post': 'post',
  'social media account': 'account',
};

const CLASSES: Readonly<Record<string, readonly string[]>> = {
  person: ['person', 'people', 'individual', 'netizen', 'lawbreaker', 'suspect', 'user', 'citizen', 'criminal', 'offender', 'resident', 'blogger', 'man', 'woman', 'member'],
  platform: ['platform', 'website', 'site', 'app'],
  post: ['post', 'message', 'article', 'item', 'video', 'piece'],
  rumor: ['rumor', 'rumour'],
};

const CLASS_OF = new Map<string, string>(Object.entries(CLASSES).flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, string])));

function singular(word: string): string {
  if (word === 'people') return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss')) return word;
  if (word.endsWith('s') && word.length > 3) return word.slice(0, -1);
  return word;
}

const phraseClass = (words: readonly string[]): string | undefined => {
  for (let n = Math.min(3, words.length); n >= 2; n--) {
    const fixed = PHRASES[words.slice(-n).map(singular).join(' ')];
    if (fixed) return fixed;
  }
  return undefined;
};

/**
 * The class a unit lemma counts in ("netizen" → "person"), or null when the unit is unknown.
 * The mention's text, when given, recognises compound units whose lemma is only their head
 * ("3,600 case studies" with unit "study" → case).
 */
export function unitClass(unit: string | null | undefined, text?: string): string | null {
  if (typeof unit !== 'string') return null;
  const phrase = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  if (phrase === '') return null;
  const fixed = phraseClass(phrase.split(' ')) ?? (text ? phraseClass(text.toLowerCase().split(/\s+/).filter(Boolean)) : undefined);
  if (fixed) return fixed;
  const head = singular(phrase.split(' ').pop() as string);
  return CLASS_OF.get(head) ?? head;
}

export const unitsCompatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/**
 * Appositions that describe a speaker: ", Director of the MPS Traffic Management Bureau,",
 * ", vice president of advanced development programs at Blue Origin.", ", a teacher at
 * eastern Indiana’s Richmond High School,". The title runs up to the first preposition
 * whose object is a named organisation; that organisation is the speaker's.
 */
import { isPossessiveText } from './shapes.js';
import type { PhraseContext } from './phrases.js';
import { isNameish, stripPossessive } from './phrases.js';
import { ORG, TITLE, hasClass } from './wordclasses.js';
import type { Word } from './words.js';

const PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'to']);
const LEADING = new Set(['a', 'an', 'the']);
const OWNERS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** Words that make an apposition a clause, not a description ("who", "which"). */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'where', 'when', 'said', 'says', 'told', 'is', 'was', 'has', 'had', 'referring', 'speaking', 'adding', 'saying']);

export interface Description {
  readonly title: string | null;
  readonly organization: string | null;
}

/** The description in words[from..to] (inclusive): words of the text, so they need no tokenising again. */
export function parseApposition(ctx: PhraseContext, all: readonly Word[], from: number, to: number): Description | null {
  // a period that ends the apposition is no part of it
  const words = all.slice(from, (all[to] as Word).text === '.' ? to : to + 1);
  let a = 0;
  // "a", "the", and owners ("the company’s founder", "Carlineo’s attorney") do not belong to the title
  while (a < words.length && (LEADING.has((words[a] as Word).lower) || OWNERS.has((words[a] as Word).lower) || isPossessiveText((words[a] as Word).text))) a++;
  if (a >= words.length || words.length - a > 16) return null;
  if (!(hasClass(words[a] as Word, TITLE) || isNameish(words[a] as Word) || a > 0)) return null;
  let hasTitle = false;
  for (let i = a; i < words.length; i++) {
    const w = words[i] as Word;
    if (CLAUSE_WORDS.has(w.lower)) return null;
    if (hasClass(w, TITLE)) hasTitle = true;
  }
  for (let i = a + 1; i < words.length; i++) {
    const w = words[i] as Word;
    if (!PREPOSITIONS.has(w.lower)) continue;
    const org = organizationAfter(ctx, words, i + 1);
    if (org) {
      const title = ctx.text.slice((words[a] as Word).start, (words[i - 1] as Word).end);
      return { title: hasTitleIn(words, a, i) ? title : null, organization: org };
    }
  }
  if (!hasTitle) return null;
  const last = words[words.length - 1] as Word;
  return { title: ctx.text.slice((words[a] as Word).start, last.punct ? (words[words.length - 2] ?? last).end : last.end), organization: null };
}

function hasTitleIn(words: readonly Word[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (hasClass(words[i] as Word, TITLE)) return true;
  return false;
}

/** True when a name opens words[i..], or follows at most two lower-case words ("eastern Indiana’s …"). */
function startsNamed(words: readonly Word[], i: number): boolean {
  for (let d = 0; d <= 2 && i + d < words.length; d++) {
    if (isNameish(words[i + d] as Word)) return true;
    const x = words[i + d] as Word;
    if (x.punct || PREPOSITIONS.has(x.lower)) return false;
  }
  return false;
}

/** The organisation named by words[i..]: an agency mention, else the last run of capitalised words. */
function organizationAfter(ctx: PhraseContext, words: readonly Word[], i: number): string | null {
  while (i < words.length && LEADING.has((words[i] as Word).lower)) i++;
  if (i >= words.length) return null;
  // the object starts with a name, or with at most two lower-case words before one ("eastern Indiana’s …")
  if (!startsNamed(words, i)) return null;
  const from = (words[i] as Word).start;
  const to = (words[words.length - 1] as Word).end;
  const org = ctx.orgs.overlapping(from, to);
  if (org) return org.name;
  // fallback without agency mentions: the capitalised run that ends the apposition
  let e = words.length - 1;
  while (e >= i && (words[e] as Word).punct) e--;
  if (e >= i && hasClass(words[e] as Word, ORG) && !isNameish(words[e] as Word)) {
    // a lower-case body ("NASA’s science mission directorate"): the words after the owner
    let s = i;
    for (let k = i; k < e; k++) if (isPossessiveText((words[k] as Word).text)) s = k + 1;
    return ctx.text.slice((words[s] as Word).start, (words[e] as Word).end);
  }
  let s = e;
  while (s - 1 >= i && (isNameish(words[s - 1] as Word) || ['of', 'and', 'for', '&'].includes((words[s - 1] as Word).lower))) s--;
  while (s <= e && !isNameish(words[s] as Word)) s++;
  if (s > e || !isNameish(words[e] as Word)) return null;
  for (let k = s; k < e; k++) if (isPossessiveText((words[k] as Word).text)) s = k + 1; // "Indiana’s Richmond High School"
  const surface = stripPossessive(ctx.text.slice((words[s] as Word).start, (words[e] as Word).end));
  return ctx.orgs.canonical(surface) ?? surface;
}

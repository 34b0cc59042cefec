/**
 * Cue recognition over words: reporting verbs from the lexicon, "according to", and the
 * subject or object phrase that names who spoke.
 */
import { PREPOSITIONAL_CUES } from './lexicon.js';
import { analysePhrase, ownsDot, phraseForward, phraseStartBackward } from './phrases.js';
import type { PhraseContext } from './phrases.js';
import { parseApposition } from './apposition.js';
import { isAdverbLyText } from './shapes.js';
import type { SpeakerPhrase } from './types.js';
import { CUE, CUE_ADVERB, CUE_PAIR, WEAK_CUE, hasClass } from './wordclasses.js';
import type { Word } from './words.js';

/** "according to": first word → second word. */
const TWO_WORD = new Map(PREPOSITIONAL_CUES.map((c) => c.split(' ') as [string, string]));
/** Words ending in "ly" that are nouns, not adverbs ("the family said"). */
const NOT_ADVERBS = new Set(['family', 'assembly', 'monopoly', 'supply', 'anomaly', 'butterfly', 'italy', 'assembly', 'reply']);
const ISSUED_BY = new Set(['signed', 'issued', 'written', 'released', 'sent', 'published', 'posted']);

/** Length in words of the cue at words[i] (2 for "according to"), or 0. */
export function cueAt(words: readonly Word[], i: number, weak = false): number {
  const w = words[i];
  // one bit test settles every word that can start no cue
  if (!w || w.punct || !hasClass(w, CUE | WEAK_CUE | CUE_PAIR)) return 0;
  if (hasClass(w, CUE) || (weak && hasClass(w, WEAK_CUE))) return 1;
  const second = TWO_WORD.get(w.lower);
  if (second !== undefined && words[i + 1]?.lower === second) return 2;
  return 0;
}


/** True when words[i] ends a sentence: ".", "!" or "?" that no abbreviation owns. */
export function endsSentence(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w || !w.punct) return false;
  if (w.text === '!' || w.text === '?' || w.text === '…') return true;
  return w.text === '.' && !ownsDot(words, i - 1);
}

/**
 * The speaker who is the subject of the cue at words[c]: "Cooper said", "Steve Clarke, deputy
 * associate administrator …, said", "the physicians also stated". `floor` bounds the search.
 * Returns the phrase and the index of its first word (for adjacency checks).
 */
export function subjectOfCue(ctx: PhraseContext, words: readonly Word[], c: number, floor: number): { phrase: SpeakerPhrase; first: number } | null {
  let k = c - 1;
  while (k >= floor && (hasClass(words[k] as Word, CUE_ADVERB) || (isAdverbLyText((words[k] as Word).text) && !NOT_ADVERBS.has((words[k] as Word).lower)))) k--;
  if (k < floor) return null;
  if ((words[k] as Word).lower === 'and') {
    // "Volker said he never used the term and added, …": the subject of the first cue
    for (let c2 = k - 1; c2 >= floor && k - c2 <= 30 && !endsSentence(words, c2); c2--) {
      if (cueAt(words, c2) === 1) return subjectOfCue(ctx, words, c2, floor);
    }
    return null;
  }
  /** The apposition's first and last word, when the subject has one. */
  let apposition: [number, number] | null = null;
  if ((words[k] as Word).text === ',') {
    let j = k - 1;
    while (j >= floor && k - j <= 30 && (words[j] as Word).text !== ',' && !endsSentence(words, j)) j--;
    if (j < floor || (words[j] as Word).text !== ',' || j === k - 1) return null;
    apposition = [j + 1, k - 1];
    k = j - 1;
    if (k < floor) return null;
  }
  const a = phraseStartBackward(words, k, floor);
  if (a < 0) return null;
  let phrase = analysePhrase(ctx, words, a, k);
  if (!phrase) return null;
  if (apposition) {
    const d = parseApposition(ctx, words, apposition[0], apposition[1]);
    if (!d && phrase.kind !== 'person' && phrase.kind !== 'org') return null;
    if (d) phrase = { ...phrase, title: phrase.title ?? d.title, organization: phrase.organization ?? d.organization };
  }
  return { phrase, first: a };
}

/**
 * The speaker after the cue at words[c] ("said Wang Qiang, Director of …", "according to CAC",
 * "says the letter signed by seven physicians"). Returns the phrase and the index after it.
 */
export function speakerAfterCue(ctx: PhraseContext, words: readonly Word[], c: number, limit: number): { phrase: SpeakerPhrase; next: number } | null {
  const from = c + cueAt(words, c, true);
  const np = phraseForward(words, from, limit);
  if (!np) return null;
  let phrase = analysePhrase(ctx, words, np.start, np.end - 1);
  if (!phrase) return null;
  let next = np.end;
  if (phrase.kind === 'document' && next + 1 < limit) {
    const w = words[next] as Word;
    const by = ISSUED_BY.has(w.lower) && words[next + 1]?.lower === 'by' ? next + 2 : w.lower === 'from' || w.lower === 'by' ? next + 1 : -1;
    if (by > 0) {
      const issuerNp = phraseForward(words, by, limit);
      const issuer = issuerNp ? analysePhrase(ctx, words, issuerNp.start, issuerNp.end - 1) : null;
      if (issuer && issuerNp) {
        phrase = { ...phrase, issuer };
        next = issuerNp.end;
      }
    }
  }
  if (words[next]?.text === ',' && (phrase.kind === 'person' || phrase.kind === 'org' || phrase.kind === 'group')) {
    let e = next + 1;
    while (e < limit && e - next <= 20 && (words[e] as Word).text !== ',' && !endsSentence(words, e) && (words[e] as Word).text !== ';') e++;
    if (e > next + 1) {
      const d = parseApposition(ctx, words, next + 1, e - 1);
      if (d) {
        phrase = { ...phrase, title: phrase.title ?? d.title, organization: phrase.organization ?? d.organization };
        next = e;
      }
    }
  }
  return { phrase, next };
}

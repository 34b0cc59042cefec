/**
 * Languages of a document and of its lines. The document's language comes from franc on a
 * bounded sample of its longest lines. A line's language is told cheaply where possible: a
 * line whose stop words agree with the document's language is in that language. franc is
 * asked only about lines that look foreign (another script, or more stop words of another
 * language), and only about a few of them per document.
 */
import type { LineSpan } from '../text/lines.js';
import type { LineFeatures } from './features.js';
import { detectLang, MAX_LINE_SAMPLE, MAX_SAMPLE } from './lang.js';
import { isUnspacedScript, Script, SCRIPT_COUNT } from './scripts.js';
import { STOP_LANGS } from './stopwords.js';

export interface LangLine {
  readonly line: LineSpan;
  readonly f: LineFeatures | null;
  readonly rule: string | null;
}

/** How many foreign-looking lines per document franc is asked about. */
export const MAX_FOREIGN_CHECKS = 12;
/** Shortest line franc is asked about (restricted to the candidate languages). */
export const MIN_FOREIGN_LENGTH = 24;
/** Fewest stop words for a line's stop words to tell its language. */
const MIN_STOPS = 2;

/** Characters at most that one line gives to the document sample, so no single line (a long menu) decides. */
const SAMPLE_PER_LINE = 160;
/** Lines whose best stop-word density in any language is lower are lists or menus, not prose. */
const MIN_PROSE_DENSITY = 0.15;

function isProse(f: LineFeatures): boolean {
  if (!f.endsSentence && f.innerStops === 0) return false;
  if (isUnspacedScript(f.script) || f.script === Script.Hangul) return true;
  let best = 0;
  for (let k = 0; k < f.stops.length; k++) best = Math.max(best, f.stops[k] as number);
  return f.words > 0 && best / f.words >= MIN_PROSE_DENSITY;
}

export function documentLanguage(text: string, lines: readonly LangLine[]): string | null {
  // the longest prose lines are the likeliest running text; each gives a bounded share
  let candidates = lines.filter((x) => x.f !== null && x.rule === null && x.f.length >= 40 && isProse(x.f));
  if (candidates.length === 0) candidates = lines.filter((x) => x.f !== null && x.rule === null && x.f.length >= 20);
  candidates.sort((a, b) => (b.f as LineFeatures).length - (a.f as LineFeatures).length);
  let sample = '';
  for (const x of candidates) {
    if (sample.length >= MAX_SAMPLE) break;
    sample += text.slice(x.line.textStart, Math.min(x.line.textEnd, x.line.textStart + SAMPLE_PER_LINE)) + '\n';
  }
  return detectLang(sample);
}

/** Index in STOP_LANGS of the language with the most stop words in the whole document (when franc could not tell). */
export function dominantStopLanguage(lines: readonly LangLine[]): number {
  const totals = new Array<number>(STOP_LANGS.length).fill(0);
  for (const x of lines) {
    if (!x.f) continue;
    const stops = x.f.stops;
    for (let k = 0; k < stops.length; k++) totals[k] = (totals[k] as number) + (stops[k] as number);
  }
  let best = -1;
  let bestN = 0;
  totals.forEach((n, k) => {
    if (n > bestN) {
      bestN = n;
      best = k;
    }
  });
  return best;
}

/** Han and kana are one family: Japanese lines mix them. */
function family(s: Script): Script {
  return s === KANA ? HAN : s;
}

// module-local copies of the enum members for the per-line loops
const KANA = Script.Kana;
const HAN = Script.Han;

function dominantScript(lines: readonly LangLine[]): Script {
  const letters = new Array<number>(SCRIPT_COUNT).fill(0);
  for (const x of lines) {
    if (!x.f || x.rule !== null) continue;
    const counts = x.f.scriptLetters;
    for (let k = 0; k < counts.length; k++) letters[family(k as Script)] = (letters[family(k as Script)] as number) + (counts[k] as number);
  }
  let best = Script.None;
  let bestN = 0;
  letters.forEach((n, k) => {
    if (n > bestN) {
      bestN = n;
      best = k as Script;
    }
  });
  return best;
}

/** A line that may be in another language than the document's: another script, or another language's stop words. */
function looksForeign(f: LineFeatures, docScript: Script, langIdx: number): boolean {
  if (f.letters < 4 || f.script === Script.None) return false;
  if (family(f.script) !== docScript) return true;
  if (langIdx < 0) return false;
  const own = f.stops[langIdx] as number;
  let other = 0;
  for (let k = 0; k < f.stops.length; k++) if (k !== langIdx) other = Math.max(other, f.stops[k] as number);
  return other >= MIN_STOPS && other > own + 1;
}

/**
 * The language of each line where it can be told (null elsewhere): franc for a few
 * foreign-looking lines, the document's language for lines whose stop words agree with it.
 * `foreign[i]` is true when franc found line i in another language than the document's.
 */
export function lineLanguages(text: string, lines: readonly LangLine[], lang: string | null, langIdx: number): { langs: (string | null)[]; foreign: boolean[] } {
  const langs: (string | null)[] = lines.map(() => null);
  const foreign = lines.map(() => false);
  if (lang === null) return { langs, foreign };
  const docScript = dominantScript(lines);
  let checks = 0;
  lines.forEach((x, i) => {
    const f = x.f;
    if (f === null) return;
    if (checks < MAX_FOREIGN_CHECKS && f.length >= MIN_FOREIGN_LENGTH && looksForeign(f, docScript, langIdx)) {
      checks++;
      const found = detectLang(text.slice(x.line.textStart, Math.min(x.line.textEnd, x.line.textStart + MAX_LINE_SAMPLE)), undefined, MIN_FOREIGN_LENGTH);
      if (found !== null) {
        langs[i] = found;
        foreign[i] = found !== lang;
        return;
      }
    }
    if (langIdx < 0 || f.words < 6 || isUnspacedScript(f.script)) return;
    const own = f.stops[langIdx] as number;
    if (own < MIN_STOPS) return;
    for (let k = 0; k < f.stops.length; k++) if (k !== langIdx && (f.stops[k] as number) > own) return;
    langs[i] = lang;
  });
  return { langs, foreign };
}

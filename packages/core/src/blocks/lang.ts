/**
 * Language identification with franc, kept cheap: franc is slow per call, so it only ever
 * sees a few bounded samples of a document (one document sample, and a capped number of
 * foreign-looking lines), always restricted to a candidate set of common languages, which
 * also keeps it from answering "sco" for English lists or "zlm" for Indonesian. franc's answer
 * is computed on precomputed tables of those candidates (trigrams.ts).
 */
import type { TrigramDetector } from './trigrams.js';
import { trigramDetector } from './trigrams.js';

/** Candidate languages (ISO 639-3), the 18 of the boilerplate benchmark. */
export const CANDIDATE_LANGS: readonly string[] = [
  'eng', 'por', 'rus', 'kor', 'ita', 'deu', 'jpn', 'spa', 'fra', 'ind', 'cmn', 'nld', 'pol', 'tur', 'ukr', 'arb', 'hin', 'vie',
];

/** Shortest document sample franc is asked about: below this its answers are mostly noise. */
export const MIN_LANG_LENGTH = 40;
/** Longest sample franc sees per call. */
export const MAX_SAMPLE = 500;
export const MAX_LINE_SAMPLE = 240;

// one detector per candidate list: its tables are built once
const detectors = new Map<string, TrigramDetector>();

function detectorFor(only: readonly string[]): TrigramDetector {
  const key = only.join(',');
  let detector = detectors.get(key);
  if (!detector) detectors.set(key, (detector = trigramDetector([...only])));
  return detector;
}

export function detectLang(sample: string, only: readonly string[] = CANDIDATE_LANGS, minLength = MIN_LANG_LENGTH): string | null {
  if (sample.length < minLength) return null;
  const lang = detectorFor(only)(sample.length > MAX_SAMPLE ? sample.slice(0, MAX_SAMPLE) : sample, minLength);
  return lang === 'und' ? null : lang;
}

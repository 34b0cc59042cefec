/**
 * Language identification with franc, kept cheap: franc is slow per call, so it only ever
 * sees a few bounded samples of a document (one document sample, and a capped number of
 * foreign-looking lines), always restricted to a candidate set of common languages, which
 * also keeps it from answering "sco" for English lists or "zlm" for Indonesian.
 */
import { franc } from 'franc';

/** Candidate languages (ISO 639-3), the 18 of the boilerplate benchmark. */
export const CANDIDATE_LANGS: readonly string[] = [
  'eng', 'por', 'rus', 'kor', 'ita', 'deu', 'jpn', 'spa', 'fra', 'ind', 'cmn', 'nld', 'pol', 'tur', 'ukr', 'arb', 'hin', 'vie',
];

/** Shortest document sample franc is asked about: below this its answers are mostly noise. */
export const MIN_LANG_LENGTH = 40;
/** Longest sample franc sees per call. */
export const MAX_SAMPLE = 500;
export const MAX_LINE_SAMPLE = 240;

export function detectLang(sample: string, only: readonly string[] = CANDIDATE_LANGS, minLength = MIN_LANG_LENGTH): string | null {
  if (sample.length < minLength) return null;
  const lang = franc(sample.length > MAX_SAMPLE ? sample.slice(0, MAX_SAMPLE) : sample, {
    minLength,
    only: [...only],
  });
  return lang === 'und' ? null : lang;
}

/**
 * Content/boilerplate classification of line blocks.
 *
 * 1. Signals per line (features.ts) and hard furniture rules (rules.ts: the phrase lexicon of
 *    data/furniture.json and the caller's phrases, menus, counters, datelines, bare URLs,
 *    credits); lines repeated in the page; page-structure patterns (structure.ts).
 *    Clean text or page (furniture.ts): a text with (next to) no furniture evidence is not a
 *    page (an article, newswire, a paragraph); every non-blank line of it is content except
 *    URL source lines, credits and labelled counters; the page steps (other-language lines, 3, 4)
 *    are skipped.
 * 2. Document language from franc on a bounded sample of prose lines; line languages from
 *    stop words, franc only on a few foreign-looking lines (blocklang.ts); short lines in
 *    another language are set aside.
 * 3. jusText classes (good / near-good / short / bad) from length and stop-word density
 *    relative to the document's own running text, smoothed by neighbours (context.ts).
 * 4. The main text: the best-scoring segments of lines, cut at a comment section
 *    (region.ts); lines outside it are set aside, except the headline just above it (SPEC
 *    keeps headlines as content), announced lists and closing sentences. Inside the text,
 *    sentences, blockquotes and all-capital subheadings are only set aside on evidence.
 * 5. A reason (reasons.ts) for every line set aside; `keep` turns reasons back into content,
 *    `drop: ['headline']` sets the headline aside.
 */
import type { LineSpan } from '../text/lines.js';
import type { LineClass } from './context.js';
import { smoothClasses } from './context.js';
import type { LineFeatures } from './features.js';
import { lineFeatures } from './features.js';
import { furnitureEvidence, isCleanTextFurniture, PAGE_EVIDENCE } from './furniture.js';
import { documentLanguage, dominantStopLanguage, lineLanguages } from './blocklang.js';
import { lexiconFor } from './lexicon.js';
import { mainRegions } from './region.js';
import { lineRule } from './rules.js';
import { stopLangIndex } from './stopwords.js';
import type { LineInfo } from './structure.js';
import {
  keepClosingSentences,
  keepBlockquoteRuns,
  keepInnerSentences,
  keepInnerSubheadings,
  keepIntroducedLists,
  markCaptionsAboveCredits,
  markInsertedHeadlines,
  markLinkLists,
  markTeaserCards,
} from './structure.js';
import type { Block, BlockOptions, Segmentation } from './types.js';

/** jusText-style length classes, in weighted characters. */
const LENGTH_LOW = 60;
const LENGTH_HIGH = 160;
/** Stop-word density relative to the document's running text. */
const REL_STOP_HIGH = 0.7;
const REL_STOP_LOW = 0.45;
/** A line in another language with fewer words than this is set aside. */
const FOREIGN_MAX_WORDS = 25;
/** Fallback stop-word density of running text when a document has too few long lines. */
const DEFAULT_DENSITY = 0.35;
/** Other positive regions are kept when they score at least this share of the best one. */
const REGION_RATIO = 0.3;
/** How many lines above the main region a headline may sit. */
const HEADLINE_WINDOW = 12;


/** Lines shorter than this may repeat innocently ("Reply", "Share"). */
const MIN_REPEAT_LENGTH = 20;

function density(f: LineFeatures, langIdx: number): number {
  return langIdx >= 0 && f.words > 0 ? (f.stops[langIdx] as number) / f.words : 0;
}

/** Median stop-word density of the document's long lines: what running text looks like here. */
function referenceDensity(infos: readonly LineInfo[], langIdx: number): number {
  const ds: number[] = [];
  for (const x of infos) if (x.f && x.rule === null && x.f.words >= 15) ds.push(density(x.f, langIdx));
  if (ds.length < 3) return DEFAULT_DENSITY;
  ds.sort((a, b) => a - b);
  const m = ds[Math.floor(ds.length / 2)] as number;
  return Math.max(0.15, Math.min(0.6, m));
}

function shapeClass(f: LineFeatures, langIdx: number, ref: number, unspaced: boolean): LineClass {
  const length = f.weightedLength;
  const sentence = f.endsSentence || f.innerStops > 0;
  const rel = unspaced ? (sentence ? 1 : 0.4) : langIdx >= 0 ? density(f, langIdx) / ref : sentence ? 1 : 0.5;
  // a line introducing a list or a quote ("Here are the highlights:") belongs to the text around it
  if (f.endsColon && f.words >= 4 && !f.listItem) return 'near';
  if (length < LENGTH_LOW) return 'short';
  if (f.urlChars > 0.3 * f.length) return 'bad';
  if (rel >= REL_STOP_HIGH) return length >= LENGTH_HIGH || (f.endsSentence && f.words >= 10) ? 'good' : 'near';
  if (rel >= REL_STOP_LOW) return sentence && length >= LENGTH_HIGH ? 'good' : 'near';
  if (f.endsSentence && f.words >= 10) return 'near';
  return 'bad';
}

/** More short lines than this in a row (blank lines aside) are a menu or a link list. */
const MAX_SHORT_RUN = 3;

/** Furniture that sits inside an article's running text without ending it. */
const INLINE_FURNITURE = new Set(['caption', 'advertisement']);

/** Reasons that mark the start of another item (a comment, a teaser): they cut the running text hard. */
const ITEM_BREAKS = new Set(['byline-widget', 'counter', 'comments', 'related-link', 'section-label', 'source-line']);
const ITEM_BREAK_PENALTY = 150;

function regionScore(c: LineClass, f: LineFeatures | null, rule: string | null): number {
  if (f === null) return 0;
  const len = f.weightedLength;
  if (rule !== null) return ITEM_BREAKS.has(rule) ? -ITEM_BREAK_PENALTY : -Math.min(60, 10 + len / 2);
  if (c === 'good') return len;
  if (c === 'near') return len / 2;
  if (c === 'short') return -8;
  return -Math.min(80, 10 + len / 2);
}

/** A quoted line ("> …", as converters render blockquotes and embedded posts). */
function isQuoted(text: string, line: LineSpan): boolean {
  return text.charCodeAt(line.textStart) === 0x3e && line.textEnd - line.textStart > 2;
}

/** A bare quote marker line (">"), the empty line inside a blockquote: neither text nor furniture. */
function isQuoteMarker(text: string, x: LineInfo | undefined): boolean {
  return x !== undefined && x.line.textEnd - x.line.textStart === 1 && text.charCodeAt(x.line.textStart) === 0x3e;
}

/** A line that reads as a title: a few words, capitalised, no sentence-final stop. */
function isTitleLike(f: LineFeatures): boolean {
  return f.words >= 3 && f.tokens <= 30 && !f.endsColon && !f.listItem && f.urlChars === 0 && f.letters >= 0.6 * f.length;
}

function reasonForOutside(f: LineFeatures, position: 'before' | 'inside' | 'after'): string {
  if (f.listItem) return 'navigation';
  if (f.tokens <= 4 && !f.endsSentence) return position === 'before' && f.capitalised >= Math.max(1, f.words - 1) ? 'section-label' : 'short-fragment';
  if (!f.endsSentence && f.words >= 4) return 'related-link';
  return position === 'after' ? 'footer' : 'short-fragment';
}

export function classifyLines(text: string, lines: readonly LineSpan[], options: BlockOptions = {}): Segmentation {
  const classify = options.classify !== false;
  const lexicon = lexiconFor(options.furniture);
  const ruleContext = { lexicon };
  const dropHeadline = Array.isArray(options.drop) && options.drop.includes('headline');
  const seen = new Map<string, number>();
  // lines that only page furniture produces: with (next to) none, the text is clean text, not a page
  let evidence = 0;
  // the text of each line, kept so that its hash (for `seen`) is computed once
  const lineTexts: string[] = [];
  const infos: LineInfo[] = lines.map((line) => {
    if (line.textEnd <= line.textStart) {
      lineTexts.push('');
      return { line, f: null, rule: 'blank', repeated: false };
    }
    const f = lineFeatures(text, line);
    const slice = text.slice(line.textStart, line.textEnd);
    lineTexts.push(slice);
    if (f.length >= MIN_REPEAT_LENGTH) seen.set(slice, (seen.get(slice) ?? 0) + 1);
    // quoted lines ("> …", embedded posts) are judged by their shape only
    const rule = classify && !isQuoted(text, line) ? lineRule(slice, f, ruleContext) : null;
    evidence += furnitureEvidence(slice, f, rule);
    return { line, f, rule, repeated: false };
  });
  if (classify) {
    markCaptionsAboveCredits(infos);
    markLinkLists(infos);
    markTeaserCards(infos);
    // a line that occurs twice is a menu entry or a teaser, not running text
    infos.forEach((x, i) => {
      if (x.f === null || x.f.length < MIN_REPEAT_LENGTH || x.rule !== null || isQuoted(text, x.line)) return;
      if ((seen.get(lineTexts[i] as string) ?? 0) > 1) {
        x.repeated = true;
        x.rule = x.f.listItem || !x.f.endsSentence ? 'related-link' : 'navigation';
      }
    });
  }

  // clean text (an article without its page, newswire, a paragraph): every non-blank line is
  // content, except lines with no text of their own (bare source lines, counters)
  const cleanText = classify && evidence < PAGE_EVIDENCE;
  if (cleanText) {
    const builtIn = lexiconFor();
    for (const x of infos) {
      if (x.f === null) continue;
      // the caller's own phrases (options.furniture) are set aside in any text
      const callerPhrase = lexicon !== builtIn && x.rule !== null && !x.repeated && lineRule(text.slice(x.line.textStart, x.line.textEnd), x.f, { lexicon: builtIn }) !== x.rule;
      if (x.repeated || !(callerPhrase || isCleanTextFurniture(text.slice(x.line.textStart, x.line.textEnd), x.f, x.rule))) x.rule = null;
      x.repeated = false;
    }
  }

  const lang = documentLanguage(text, infos);
  let langIdx = stopLangIndex(lang);
  const unspaced = lang === 'cmn' || lang === 'jpn';
  if (langIdx < 0 && !unspaced && lang !== 'kor') langIdx = dominantStopLanguage(infos);
  const { langs, foreign } = lineLanguages(text, infos, lang, langIdx);
  if (classify && !cleanText) {
    // a short line in another language than the document's is not its running text
    infos.forEach((x, i) => {
      if (foreign[i] && x.rule === null && x.f !== null && x.f.words < FOREIGN_MAX_WORDS && !isQuoted(text, x.line)) x.rule = 'other-language';
    });
  }
  const ref = referenceDensity(infos, langIdx);

  const kinds: (string | null)[] = infos.map((x) => x.rule); // null = content
  // a single line has no page around it to be told apart from: it is the text
  const visibleLines = infos.reduce((n, x) => n + (x.f === null ? 0 : 1), 0);
  if (classify && visibleLines === 1) infos.forEach((x, i) => (kinds[i] = x.f === null ? 'blank' : null));
  else if (cleanText) infos.forEach((x, i) => (kinds[i] = x.f === null ? 'blank' : x.rule));
  else if (classify) {
    const initial: LineClass[] = infos.map((x) => (x.rule !== null || x.f === null ? 'bad' : shapeClass(x.f, langIdx, ref, unspaced)));
    const smoothed = smoothClasses(
      initial,
      (j) => INLINE_FURNITURE.has(infos[j]?.rule ?? '') || isQuoteMarker(text, infos[j]),
      MAX_SHORT_RUN,
      (j) => (infos[j]?.f?.endsSentence ?? false) && (infos[j]?.f?.words ?? 0) >= 3,
    );
    const scores = infos.map((x, i) => (isQuoteMarker(text, x) ? 0 : regionScore(smoothed[i] as LineClass, x.f, x.rule)));
    const regions = mainRegions(scores, {
      ratio: REGION_RATIO,
      isStop: (i) => infos[i]?.rule === 'comments',
    });
    const inRegion = new Uint8Array(infos.length);
    for (const r of regions) for (let i = r.first; i <= r.last; i++) inRegion[i] = 1;
    // regions come in text order
    const firstRegion = regions[0]?.first ?? infos.length;
    const lastRegion = regions[regions.length - 1]?.last ?? -1;

    infos.forEach((x, i) => {
      if (x.rule !== null || x.f === null) return;
      // no running text anywhere (a snippet, a list): only hard rules set lines aside
      if (regions.length === 0) return;
      if (inRegion[i] && smoothed[i] === 'good') return;
      kinds[i] = reasonForOutside(x.f, i < firstRegion ? 'before' : i > lastRegion ? 'after' : 'inside');
    });

    keepIntroducedLists(infos, kinds);
    keepInnerSentences(infos, kinds, firstRegion, lastRegion);
    keepBlockquoteRuns(
      infos,
      kinds,
      (x) => isQuoted(text, x.line),
      (x) => isQuoteMarker(text, x),
    );
    for (const r of regions) keepClosingSentences(infos, kinds, r.last);
    keepInnerSubheadings(infos, kinds);
    markInsertedHeadlines(text, infos, kinds, firstRegion, lastRegion);

    // the headline: the nearest title-like line above the main region
    for (let i = firstRegion - 1, seen = 0; i >= 0 && seen < HEADLINE_WINDOW; i--) {
      const x = infos[i] as LineInfo;
      if (x.f === null) continue;
      seen++;
      if ((x.rule === null || x.repeated) && isTitleLike(x.f) && !x.f.endsSentence) {
        kinds[i] = dropHeadline ? 'headline' : null;
        break;
      }
    }
  } else {
    infos.forEach((x, i) => (kinds[i] = x.f === null ? 'blank' : null));
  }

  const keep = new Set(Array.isArray(options.keep) ? options.keep : []);
  const blocks: Block[] = infos.map((x, i) => {
    const reason = kinds[i] ?? null;
    const content = reason === null || (reason !== 'blank' && keep.has(reason));
    const blockLang = content ? (langs[i] ?? null) : null;
    return content
      ? { start: x.line.start, end: x.line.end, kind: 'content', reason: null, lang: blockLang }
      : { start: x.line.start, end: x.line.end, kind: 'boilerplate', reason, lang: null };
  });
  return { blocks, lang };
}

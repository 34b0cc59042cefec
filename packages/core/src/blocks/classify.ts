/**
 * Content/boilerplate classification of line blocks.
 *
 * 1. Signals per line (features.ts) and hard furniture rules (rules.ts: lexicon phrases,
 *    menus, counters, datelines, bare URLs).
 * 2. Document language from franc on a bounded sample of the longest lines; stop-word
 *    density of every line in that language, relative to the document's own running text.
 * 3. jusText classes (good / near-good / short / bad) from length and stop-word density,
 *    smoothed by neighbours (context.ts).
 * 4. The main text region (region.ts); lines outside it are set aside, except the
 *    headline just before it (SPEC keeps headlines as content).
 * 5. A reason for every line set aside; the caller's `keep` list turns reasons back into content.
 */
import type { LineSpan } from '../text/lines.js';
import type { LineClass } from './context.js';
import { smoothClasses } from './context.js';
import type { LineFeatures } from './features.js';
import { lineFeatures } from './features.js';
import { documentLanguage, dominantStopLanguage, lineLanguages } from './blocklang.js';
import { lexiconFor } from './lexicon.js';
import { mainRegions } from './region.js';
import { lineRule } from './rules.js';
import { stopLangIndex } from './stopwords.js';
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

interface LineInfo {
  readonly line: LineSpan;
  readonly f: LineFeatures | null;
  rule: string | null;
  /** The same text occurs on another line. */
  repeated: boolean;
}

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
  const dropHeadline = options.drop?.includes('headline') ?? false;
  const seen = new Map<string, number>();
  const infos: LineInfo[] = lines.map((line) => {
    if (line.textEnd <= line.textStart) return { line, f: null, rule: 'blank', repeated: false };
    const f = lineFeatures(text, line);
    const slice = text.slice(line.textStart, line.textEnd);
    if (f.length >= MIN_REPEAT_LENGTH) seen.set(slice, (seen.get(slice) ?? 0) + 1);
    // quoted lines ("> …", embedded posts) are judged by their shape only
    const rule = classify && !isQuoted(text, line) ? lineRule(slice, f, { lexicon }) : null;
    return { line, f, rule, repeated: false };
  });
  if (classify) {
    markCaptionsAboveCredits(infos);
    markLinkLists(infos);
    markTeaserCards(infos);
    // a line that occurs twice is a menu entry or a teaser, not running text
    for (const x of infos) {
      if (x.f === null || x.f.length < MIN_REPEAT_LENGTH || x.rule !== null) continue;
      if ((seen.get(text.slice(x.line.textStart, x.line.textEnd)) ?? 0) > 1) {
        x.repeated = true;
        x.rule = x.f.listItem || !x.f.endsSentence ? 'related-link' : 'navigation';
      }
    }
  }

  const lang = documentLanguage(text, infos);
  let langIdx = stopLangIndex(lang);
  const unspaced = lang === 'cmn' || lang === 'jpn';
  if (langIdx < 0 && !unspaced && lang !== 'kor') langIdx = dominantStopLanguage(infos);
  const { langs, foreign } = lineLanguages(text, infos, lang, langIdx);
  if (classify) {
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
  else if (classify) {
    const initial: LineClass[] = infos.map((x) => (x.rule !== null || x.f === null ? 'bad' : shapeClass(x.f, langIdx, ref, unspaced)));
    const smoothed = smoothClasses(
      initial,
      (j) => INLINE_FURNITURE.has(infos[j]?.rule ?? ''),
      MAX_SHORT_RUN,
      (j) => (infos[j]?.f?.endsSentence ?? false) && (infos[j]?.f?.words ?? 0) >= 3,
    );
    const scores = infos.map((x, i) => regionScore(smoothed[i] as LineClass, x.f, x.rule));
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
    for (const r of regions) keepClosingSentences(infos, kinds, r.last);
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

  const keep = new Set(options.keep ?? []);
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

/**
 * Headlines of other articles inserted between paragraphs. News headlines quote with single
 * marks (‘rumours’) where the running text uses double ones (“…”): a title-like line inside
 * the main text that quotes with single marks in a document whose paragraphs quote with
 * double marks is a link to another story, not a subheading of this one.
 */
function markInsertedHeadlines(text: string, infos: readonly LineInfo[], kinds: (string | null)[], first: number, last: number): void {
  let double = 0;
  let single = 0;
  infos.forEach((x, i) => {
    if (kinds[i] !== null || x.f === null || !x.f.endsSentence) return;
    const s = text.slice(x.line.textStart, x.line.textEnd);
    double += countChar(s, '“') + countChar(s, '«') + countChar(s, '„');
    single += countChar(s, '‘');
  });
  if (double < 2 || single * 2 > double) return;
  for (let i = first + 1; i < last; i++) {
    const x = infos[i] as LineInfo;
    if (kinds[i] !== null || x.f === null || x.f.endsSentence || x.f.endsColon || x.f.words < 4 || x.f.words > 16) continue;
    const s = text.slice(x.line.textStart, x.line.textEnd);
    const open = s.indexOf('‘');
    if (open >= 0 && s.indexOf('’', open + 2) > open && countChar(s, '“') === 0) kinds[i] = 'related-link';
  }
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** This many teaser cards in a row make a teaser list. */
const MIN_TEASER_CARDS = 2;
/** A teaser's summary is one sentence of at most this many words. */
const TEASER_MAX_WORDS = 35;

/**
 * Teaser cards of other stories: a title line followed by a one-sentence summary, again
 * and again ("Urartu relics unearthed in Iran" / "Archaeological relics … have been found.").
 * An article's subheadings are followed by paragraphs of several sentences instead.
 */
function markTeaserCards(infos: LineInfo[]): void {
  const visible = infos.filter((x) => x.f !== null);
  const isTitle = (x: LineInfo | undefined) => x?.f != null && x.rule === null && !x.f.endsSentence && !x.f.endsColon && !x.f.listItem && x.f.words >= 3 && x.f.words <= 16;
  const isSummary = (x: LineInfo | undefined) => x?.f != null && x.rule === null && x.f.endsSentence && x.f.innerStops === 0 && x.f.words >= 5 && x.f.words <= TEASER_MAX_WORDS;
  for (let k = 0; k + 1 < visible.length; ) {
    let cards = 0;
    while (isTitle(visible[k + 2 * cards]) && isSummary(visible[k + 2 * cards + 1])) cards++;
    if (cards >= MIN_TEASER_CARDS) {
      for (let c = 0; c < 2 * cards; c++) (visible[k + c] as LineInfo).rule = 'related-link';
      k += 2 * cards;
    } else k++;
  }
}

/** This many list items in a row, not announced by a colon, are a list of links. */
const MIN_LINK_LIST = 3;

/**
 * Runs of title-like list items ("* Why Delhi's air is so bad") that no colon line
 * announces are lists of links to other pages (menus, "more stories").
 */
function markLinkLists(infos: LineInfo[]): void {
  let prev: LineInfo | null = null;
  for (let i = 0; i < infos.length; ) {
    const x = infos[i] as LineInfo;
    if (x.f === null) {
      i++;
      continue;
    }
    if (!isLinkItem(x)) {
      prev = x;
      i++;
      continue;
    }
    const run: LineInfo[] = [];
    let j = i;
    for (; j < infos.length; j++) {
      const y = infos[j] as LineInfo;
      if (y.f === null) continue;
      if (!isLinkItem(y)) break;
      run.push(y);
    }
    const announced = prev?.f?.endsColon === true;
    if (!announced && run.length >= MIN_LINK_LIST) for (const y of run) if (y.rule === null) y.rule = 'related-link';
    prev = run[run.length - 1] ?? prev;
    i = j;
  }
}

function isLinkItem(x: LineInfo): boolean {
  return x.f !== null && x.f.listItem && !x.f.endsSentence && x.f.words <= 25;
}

/** A photo credit line ("Sakib Ali/Hindustan Times/Getty Images") is short. */
const CREDIT_MAX_TOKENS = 5;
/** A caption is at most this long. */
const CAPTION_MAX_WORDS = 60;

/**
 * A short credit line under a line makes that line a caption when the running text goes on
 * below the credit (not another caption: credit-then-caption layouts).
 */
function markCaptionsAboveCredits(infos: LineInfo[]): void {
  const visible: number[] = [];
  infos.forEach((x, i) => {
    if (x.f !== null) visible.push(i);
  });
  for (let k = 0; k + 1 < visible.length; k++) {
    const line = infos[visible[k] as number] as LineInfo;
    const credit = infos[visible[k + 1] as number] as LineInfo;
    const after = k + 2 < visible.length ? (infos[visible[k + 2] as number] as LineInfo) : null;
    if (line.rule !== null || line.f === null || line.f.words > CAPTION_MAX_WORDS) continue;
    if (credit.rule !== 'caption' || (credit.f?.tokens ?? 99) > CREDIT_MAX_TOKENS) continue;
    // the running text must go on below the credit, and not with another caption
    if (after === null || after.rule !== null) continue;
    line.rule = 'caption';
  }
}

/** How many short closing sentences may follow the last good line of a region. */
const MAX_CLOSING_LINES = 3;

/**
 * Short sentences right after a region's last good line ("Colombia had lost to Belgium on
 * Monday.") close the text; the smoothing drops them because furniture follows.
 */
function keepClosingSentences(infos: readonly LineInfo[], kinds: (string | null)[], last: number): void {
  let kept = 0;
  for (let j = last + 1; j < infos.length && kept < MAX_CLOSING_LINES; j++) {
    const x = infos[j] as LineInfo;
    if (x.f === null) continue;
    if (x.rule !== null || x.f.listItem || !x.f.endsSentence || x.f.words < 4) return;
    kinds[j] = null;
    kept++;
  }
}

/**
 * A list announced by a content line ending in a colon is part of the text: keep its items
 * (and bare links between them) up to the first line that is neither.
 */
function keepIntroducedLists(infos: readonly LineInfo[], kinds: (string | null)[]): void {
  for (let i = 0; i < infos.length; i++) {
    const intro = infos[i] as LineInfo;
    if (kinds[i] !== null || intro.f === null || !intro.f.endsColon) continue;
    let j = i + 1;
    for (; j < infos.length; j++) {
      const x = infos[j] as LineInfo;
      if (x.f === null) continue;
      const item = x.f.listItem && (x.rule === null || x.rule === 'source-line' || x.rule === 'other-language' || x.repeated);
      const link = x.rule === 'source-line' && x.f.urlChars > 0;
      if (!item && !link) break;
      kinds[j] = null;
    }
    i = j - 1;
  }
}

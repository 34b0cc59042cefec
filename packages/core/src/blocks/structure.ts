/**
 * Page-structure passes over classified lines: patterns of several lines that tell furniture
 * from text where one line alone cannot (captions above credits, link lists, teaser cards,
 * headlines of other stories) and text that smoothing would lose (announced lists, closing
 * sentences).
 */
import type { LineSpan } from '../text/lines.js';
import type { LineFeatures } from './features.js';

/** One line with its signals and its hard rule (null when none applies). */
export interface LineInfo {
  readonly line: LineSpan;
  readonly f: LineFeatures | null;
  rule: string | null;
  /** The same text occurs on another line. */
  repeated: boolean;
}

/**
 * Headlines of other articles inserted between paragraphs. News headlines quote with single
 * marks (‘rumours’) where the running text uses double ones (“…”): a title-like line inside
 * the main text that quotes with single marks in a document whose paragraphs quote with
 * double marks is a link to another story, not a subheading of this one.
 */
export function markInsertedHeadlines(text: string, infos: readonly LineInfo[], kinds: (string | null)[], first: number, last: number): void {
  let double = 0;
  let single = 0;
  infos.forEach((x, i) => {
    if (kinds[i] !== null || x.f === null || !x.f.endsSentence) return;
    // one pass over the line for the opening quote marks “ « „ and ‘
    for (let k = x.line.textStart; k < x.line.textEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x201c || c === 0xab || c === 0x201e) double++;
      else if (c === 0x2018) single++;
    }
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
export function markTeaserCards(infos: LineInfo[]): void {
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
export function markLinkLists(infos: LineInfo[]): void {
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
  return x.f !== null && x.f.listItem && (!x.f.endsSentence || x.f.endsEllipsis) && x.f.words <= 25;
}

/** A photo credit line ("Sakib Ali/Hindustan Times/Getty Images") is short. */
const CREDIT_MAX_TOKENS = 5;
/** A caption is at most this long. */
const CAPTION_MAX_WORDS = 60;

/**
 * A short credit line under a line makes that line a caption when the running text goes on
 * below the credit (not another caption: credit-then-caption layouts).
 */
export function markCaptionsAboveCredits(infos: LineInfo[]): void {
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
export function keepClosingSentences(infos: readonly LineInfo[], kinds: (string | null)[], last: number): void {
  let kept = 0;
  // one all-capital subheading ("AUSTRALIA AHEAD") may sit in the closing part
  let heading = -1;
  for (let j = last + 1; j < infos.length && kept < MAX_CLOSING_LINES; j++) {
    const x = infos[j] as LineInfo;
    if (x.f === null) continue;
    if (x.rule === 'section-label' && heading < 0) {
      heading = j;
      continue;
    }
    if (x.rule !== null || x.f.listItem || !x.f.endsSentence || x.f.words < 4) return;
    kinds[j] = null;
    if (heading >= 0) kinds[heading] = null;
    kept++;
  }
}

/** The nearest visible line before (step -1) or after (step 1) `i`. */
function visibleNeighbour(infos: readonly LineInfo[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < infos.length; j += step) if ((infos[j] as LineInfo).f !== null) return j;
  return -1;
}

/**
 * An all-capital subheading ("KAZAKHSTAN WINS AGAIN") between two lines of the text is the
 * text's own: a kicker over a teaser or a section has furniture on at least one side.
 */
export function keepInnerSubheadings(infos: readonly LineInfo[], kinds: (string | null)[]): void {
  for (let i = 0; i < infos.length; i++) {
    if (kinds[i] !== 'section-label') continue;
    const prev = visibleNeighbour(infos, i, -1);
    const next = visibleNeighbour(infos, i, 1);
    if (prev >= 0 && next >= 0 && kinds[prev] === null && kinds[next] === null && (infos[next] as LineInfo).f?.endsSentence === true) kinds[i] = null;
  }
}

/**
 * A list announced by a content line ending in a colon is part of the text: keep its items
 * (and bare links between them) up to the first line that is neither.
 */
export function keepIntroducedLists(infos: readonly LineInfo[], kinds: (string | null)[]): void {
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

/** A sentence inside the article keeps its place at this many words. */
const INNER_SENTENCE_MIN_WORDS = 4;
/** A repeated line inside the article is its own sentence, not a menu entry, at this many words. */
const REPEATED_SENTENCE_MIN_WORDS = 8;

/**
 * Short sentences between the first and the last stretch of running text ("Webb emerged,
 * naked.", "Police used a ram to force open the door.") are the article's, even when the
 * smoothing drops them because link lines were inserted around them: inside the text, a line
 * is only set aside on evidence (a hard rule, a list item, a teaser), not for being short. A
 * long sentence that also appears elsewhere on the page (a "Highlights" box) is kept here too.
 */
export function keepInnerSentences(infos: readonly LineInfo[], kinds: (string | null)[], first: number, last: number): void {
  for (let i = Math.max(0, first); i <= last && i < infos.length; i++) {
    const x = infos[i] as LineInfo;
    if (kinds[i] === null || x.f === null) continue;
    if (x.f.listItem || !x.f.endsSentence || x.f.endsEllipsis || x.f.words < INNER_SENTENCE_MIN_WORDS) continue;
    // a sentence of the article repeated as a highlight above it is still the article's here
    const repeatedSentence = x.repeated && x.f.words >= REPEATED_SENTENCE_MIN_WORDS;
    if (x.rule === null || repeatedSentence) kinds[i] = null;
  }
}

/**
 * A blockquote (quoted lines "> …", as converters render quotes and embedded posts) is one
 * piece: when one of its lines belongs to the text, its other quoted lines do too. Bare ">"
 * marker lines between them are skipped, not kept.
 */
export function keepBlockquoteRuns(infos: readonly LineInfo[], kinds: (string | null)[], isQuoted: (x: LineInfo) => boolean, isMarker: (x: LineInfo) => boolean): void {
  for (let i = 0; i < infos.length; ) {
    const x = infos[i] as LineInfo;
    if (x.f === null || !isQuoted(x)) {
      i++;
      continue;
    }
    let j = i;
    let kept = false;
    for (; j < infos.length; j++) {
      const y = infos[j] as LineInfo;
      if (y.f === null || isMarker(y)) continue;
      if (!isQuoted(y)) break;
      if (kinds[j] === null) kept = true;
    }
    if (kept) for (let k = i; k < j; k++) if ((infos[k] as LineInfo).f !== null && !isMarker(infos[k] as LineInfo) && (infos[k] as LineInfo).rule === null) kinds[k] = null;
    i = Math.max(j, i + 1);
  }
}

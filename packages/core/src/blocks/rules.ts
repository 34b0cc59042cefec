/**
 * Hard rules for one line: a reason when the line is page furniture by itself (lexicon
 * phrases, menus, counters, datelines, bare URLs, lines mixing many scripts), else null.
 * Phrase matches inside a line only count on short lines, so running text that happens to
 * mention "cookies" or "newsletter" is left alone.
 */
import counterData from './data/counters.json' with { type: 'json' };
import type { LineFeatures } from './features.js';
import type { Lexicon } from './lexicon.js';
import { collapsedLine, menuCover, normalisedFromCollapsed } from './lexicon.js';
import { isLetterCode } from './scripts.js';

const COUNTER_WORDS = new Set(counterData.counter);
const DATE_WORDS = new Set(counterData.date);

/** An optional label word, a number (with separators, k/m suffix), an optional unit word. */
export const COUNTER_RE = /^(?:([\p{L}]+)\s?[:：]?\s?)?\d[\d.,]*\s?[kKmM万萬]?\+?(?:\s?([\p{L}]+))?$/u;
/** A four-digit year or a clock time, the anchor of a dateline. */
export const DATE_ANCHOR_RE = /(?:^|\D)(?:1[89]\d\d|20\d\d)(?:\D|$)|\d:[0-5]\d|\d\s?[a-z]{0,7}\sago\b/i;
/** Tokens of a dateline: words and numbers. */
export const DATE_TOKEN_RE = /[\p{L}.]+|\d+/gu;

/** A gallery position: "Image 1 of 5", "3/12", "Foto 2 di 7". */
export const GALLERY_RE = /^(?:[\p{L}]+\s?)?\d{1,3}\s?(?:of|\/|de|di|von|sur|из|dari)\s?\d{1,3}$/iu;
/** A social handle ("Natasha Turak@NatashaTurak", "@igndeals"). */
export const HANDLE_RE = /(?:^|[\s\p{L}])@[A-Za-z0-9_]{2,30}(?:$|\s)/u;
/** A video length at the end of a teaser: "(3:05)". */
export const DURATION_TAIL_RE = /\(\d{1,2}:[0-5]\d(?::[0-5]\d)?\)$/;
/** A comment's author line: "jjfootball says:", "Maria disse:". */
export const COMMENT_AUTHOR_RE = /\s(?:says|said|wrote|writes|replied|dice|disse|escribió|sagt|schrieb|écrit|a écrit|пишет|написал|berkata|menulis)\s?:$/i;
/** Words that make a counter a comment count (and so the start of a comment section). */
const COMMENT_STEMS = ['comment', 'коммент', 'komentar', 'comentár', 'comentar', 'kommentar', '댓글', '评论', 'コメント'];

/** A bare web domain among a few words ("cnn.com News", "aeon.co"). */
export const DOMAIN_RE = /(?:^|\s)[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|io|gov|edu|info|news|tv|uk|de|fr|ru|br|it|in|jp|kr|cn|id|es|pt|nl|pl|tr|ua|au|ca)(?:\s|$)/i;

export const rulePatterns: readonly RegExp[] = [COUNTER_RE, GALLERY_RE, DATE_ANCHOR_RE, DATE_TOKEN_RE, COMMENT_AUTHOR_RE, DOMAIN_RE, HANDLE_RE, DURATION_TAIL_RE];

/** Tokens at most for a line-start phrase ("By …", "Source: …") to make a line furniture, per reason. */
const PREFIX_MAX_TOKENS: Readonly<Record<string, number>> = {
  'source-line': 60,
  caption: 45,
  'cookie-notice': 90,
  'translation-notice': 90,
  comments: 40,
  promo: 30,
  footer: 60,
  disclosure: 70,
};
/** Tokens at most for a phrase inside a line, per reason: captions run longer than buttons. */
const INSIDE_MAX_TOKENS: Readonly<Record<string, number>> = {
  caption: 45,
  disclosure: 70,
  'byline-widget': 40,
  'translation-notice': 90,
  'cookie-notice': 90,
  footer: 40,
  comments: 40,
  promo: 22,
  advertisement: 12,
};

export function isCounter(slice: string): boolean {
  const m = COUNTER_RE.exec(slice);
  if (!m) return false;
  const label = m[1]?.toLowerCase();
  const unit = m[2]?.toLowerCase();
  if (label !== undefined && !COUNTER_WORDS.has(label)) return false;
  if (unit !== undefined && !COUNTER_WORDS.has(unit)) return false;
  return true;
}

/** A short line made of dates, clock times and date words ("Nov. 19, 2019 5:02 PM ET"). */
export function isDateline(slice: string, f: LineFeatures): boolean {
  // every alternative of the anchor holds a digit (counted in f.digits)
  if (f.tokens > 10 || (f.endsSentence && f.tokens > 6) || f.digits === 0 || !DATE_ANCHOR_RE.test(slice)) return false;
  let total = 0;
  let datey = 0;
  DATE_TOKEN_RE.lastIndex = 0;
  for (let m = DATE_TOKEN_RE.exec(slice); m !== null; m = DATE_TOKEN_RE.exec(slice)) {
    total++;
    const raw = m[0].toLowerCase();
    const t = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    if (DATE_WORDS.has(t) || (t.charCodeAt(0) >= 0x30 && t.charCodeAt(0) <= 0x39)) datey++;
  }
  return total > 0 && datey / total >= 0.6;
}

/** Words that open a bracketed photo credit at the end of a caption: "(Photo: …)", "[File: Reuters]". */
const CREDIT_OPENERS = ['photo', 'foto', 'file', 'credit', 'image', 'picture', 'courtesy', 'getty', 'ap photo', 'reuters', 'afp', 'epa', 'xinhua', 'pic', 'bild', 'фото', 'imagem', 'imagen', 'immagine'];

/**
 * A caption ends with a bracketed credit: an agency or photo label ("[File: Reuters]") or a
 * short slash-separated credit ("(NASA/JPL-Caltech/ASU)").
 */
export function hasCreditTail(lower: string): boolean {
  const last = lower.charAt(lower.length - 1);
  if (last !== ')' && last !== ']') return false;
  const open = lower.lastIndexOf(last === ')' ? '(' : '[');
  if (open < 0) return false;
  const inner = lower.slice(open + 1, -1).trim();
  if (inner.includes('/') && inner.split(' ').length <= 4 && !inner.includes('://')) return true;
  // the label must be followed by the credit itself: "(Photo: X)", "(AP Photo/X)", not a bare "(EPA)"
  return CREDIT_OPENERS.some((w) => inner.startsWith(w) && inner.length > w.length + 1 && !isLetterCode(inner.charCodeAt(w.length)));
}

/** Words that head an author box: "About Jane Doe", "Sobre Carlos Nadalim", "Über Moritz Bachmann". */
const AUTHOR_BOX_WORDS = new Set(['about', 'sobre', 'über', 'acerca', 'à propos', 'a proposito', 'об', 'tentang']);

/** An author-box title: a heading word, then only a capitalised name of one to three words. */
function isAuthorBoxTitle(norm: string, f: LineFeatures): boolean {
  if (f.tokens < 2 || f.tokens > 4 || f.endsSentence || f.capitalised < f.words - 1) return false;
  const space = norm.indexOf(' ');
  return space > 0 && AUTHOR_BOX_WORDS.has(norm.slice(0, space));
}

/** A credit line is a name of one or two words after "via". */
const VIA_CREDIT_MAX_TOKENS = 3;

/** A republication credit ("Via Reuters", "via The Guardian"): "via" and a capitalised name, no sentence. */
export function isViaCredit(lower: string, f: LineFeatures): boolean {
  return f.tokens >= 2 && f.tokens <= VIA_CREDIT_MAX_TOKENS && !f.endsSentence && lower.startsWith('via ') && f.capitalised >= f.words - 1;
}

export interface RuleContext {
  readonly lexicon: Lexicon;
}

/** Lines longer than this cannot equal a phrase; only their head is matched against prefixes. */
const EXACT_MAX_LENGTH = 120;
const HEAD_LENGTH = 160;
/** Phrases inside a line are only looked for in lines up to this long. */
const INSIDE_MAX_LENGTH = 600;

/**
 * The last character is \`code\`: a cheap test before a pattern anchored at the line end
 * (such a pattern is otherwise tried at every position of the line).
 */
function endsWithCode(slice: string, code: number): boolean {
  return slice.charCodeAt(slice.length - 1) === code;
}

/** Share of a line's visible characters that menu names must cover. */
const MENU_MIN_COVER = 0.6;

export function lineRule(slice: string, f: LineFeatures, ctx: RuleContext): string | null {
  // lowerLine and normaliseLine of the line (its head), from one collapsed copy
  const collapsed = collapsedLine(slice.length > HEAD_LENGTH ? slice.slice(0, HEAD_LENGTH) : slice);
  const lower = collapsed.trimEnd();
  const norm = f.length <= EXACT_MAX_LENGTH ? normalisedFromCollapsed(collapsed) : lower;
  if (norm === '') return f.digits > 0 ? 'counter' : 'short-fragment';

  const whole = ctx.lexicon.whole(norm, lower);
  // a byline is a name, not a sentence ("By Tuesday, 300 people had left." is text)
  const sentenceLike = whole === 'byline-widget' && f.endsSentence && f.words > 4;
  if (whole !== null && !sentenceLike && f.tokens <= (PREFIX_MAX_TOKENS[whole] ?? 14)) return whole;

  // counters and gallery positions hold a digit (f.digits counts the \d of these patterns)
  if (f.tokens <= 4 && f.digits > 0 && isCounter(norm)) return COMMENT_STEMS.some((w) => norm.includes(w)) ? 'comments' : 'counter';
  if (f.tokens <= 6 && endsWithCode(slice, 0x3a) && COMMENT_AUTHOR_RE.test(slice)) return 'comments';
  if (f.tokens <= 5 && f.digits > 0 && GALLERY_RE.test(norm)) return 'counter';
  if (isDateline(slice, f)) return 'byline-widget';

  if (f.length <= INSIDE_MAX_LENGTH) {
    const inside = ctx.lexicon.inside(f.length > HEAD_LENGTH ? slice.toLowerCase() : lower);
    if (inside !== null && f.tokens <= (INSIDE_MAX_TOKENS[inside] ?? 20)) return inside;
  }

  // the credit closes the line: a long line's tail, not its head
  if (f.tokens <= INSIDE_MAX_TOKENS.caption! && hasCreditTail(f.length > HEAD_LENGTH ? slice.toLowerCase().trimEnd() : lower)) return 'caption';

  if (isAuthorBoxTitle(norm, f)) return 'byline-widget';
  if (f.tokens <= 5 && !f.endsSentence && slice.includes('@') && HANDLE_RE.test(slice)) return 'byline-widget';
  if (f.tokens <= 20 && endsWithCode(slice, 0x29) && DURATION_TAIL_RE.test(slice)) return 'related-link';

  if (isViaCredit(lower, f)) return 'source-line';
  // bare URLs and domains
  if (f.urlChars > 0 && f.urlChars >= 0.6 * f.length && f.tokens <= 4) return 'source-line';
  if (f.tokens <= 5 && !f.endsSentence && slice.includes('.') && DOMAIN_RE.test(slice)) return 'source-line';

  // a kicker: a short all-capitals label over a teaser or a section
  const bracketed = slice.charAt(0) === '[' || slice.charAt(0) === '(';
  if (f.letters >= 4 && f.upper >= 0.9 * f.letters && f.tokens <= 8 && !f.endsSentence && !bracketed) return 'section-label';

  // menus: many scripts in one short line, or a run of language names / networks
  if (!f.endsSentence && f.length <= 400) {
    if (f.scriptCount >= 3) return 'language-menu';
    // menus have next to no stop words in any language
    let stops = 0;
    for (let k = 0; k < f.stops.length; k++) stops = Math.max(stops, f.stops[k] as number);
    const menu = f.length <= 200 && stops <= 1 ? menuCover(lower, MENU_MIN_COVER) : null;
    if (menu && menu.cover >= MENU_MIN_COVER && (menu.names >= 2 || f.tokens <= 2)) return menu.reason;
  }
  return null;
}

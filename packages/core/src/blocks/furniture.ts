/**
 * Does the text carry page furniture at all? claimsift also reads text that is not a scraped
 * page: clean article text, newswire with one sentence per line, single paragraphs. There the
 * page-structure steps (main region, jusText classes) only find headlines, datelines, short
 * factual lines and tables "outside the running text" and throw real content away. A scraped
 * page gives itself away by its furniture: menu and share-bar phrases, ad labels, footers,
 * bullet menus (converters render `<ul>` as ` * item`). A
 * document with (next to) none of that is clean text and keeps every non-blank line.
 */
import type { LineFeatures } from './features.js';
import { isViaCredit } from './rules.js';

/**
 * Evidence weight of each hard-rule reason. Phrases that only a page's chrome carries weigh 2:
 * one of them makes a page. Reasons that a stray line of clean text can also earn weigh 1
 * ("Rdainah said:" reads as a comment author, a bare domain as a source line). Datelines and
 * bylines ("byline-widget"), all-capital kickers ("section-label"), counters and short
 * fragments weigh nothing: newswire has datelines, all-capital headlines and results tables.
 */
const EVIDENCE_WEIGHT: Readonly<Record<string, number>> = {
  advertisement: 2,
  'language-menu': 2,
  'share-bar': 2,
  navigation: 2,
  'translation-notice': 2,
  promo: 2,
  disclosure: 2,
  'cookie-notice': 2,
  'related-link': 1,
  comments: 1,
  'source-line': 1,
  caption: 1,
  footer: 1,
};

/** Evidence of a menu bullet. (Lines repeated in the text are no evidence: newswire tables repeat rows.) */
const WEAK_EVIDENCE = 1;

/** Evidence below this and the text is clean text, not a page: one stray weak hit is not a page. */
export const PAGE_EVIDENCE = 2;

/**
 * A menu bullet (` * Home`, `• Storm closes schools`): how converters render a `<ul>` of
 * links. Numbered items and dashes are newswire tables too, and newswire bullets hold
 * sentences ("* The ceremony was attended by ..."), so only bullets without a sentence end
 * (or cut off by an ellipsis) count.
 */
function isMenuBullet(slice: string, f: LineFeatures): boolean {
  if (!f.listItem || (f.endsSentence && !f.endsEllipsis)) return false;
  const c = slice.charCodeAt(0);
  return c === 0x2a || c === 0x2022 || c === 0xb7;
}

/**
 * A promotion is a button ("Learn More", "Subscribe now") only when short; a longer line
 * matched by a phrase inside it ("... 40 crowns per month") may be a sentence of the text.
 */
const PROMO_BUTTON_MAX_TOKENS = 4;

/** Furniture evidence of one line: the weight of its hard rule, or of a menu bullet. */
export function furnitureEvidence(slice: string, f: LineFeatures, rule: string | null): number {
  let weight = rule === null ? 0 : (EVIDENCE_WEIGHT[rule] ?? 0);
  if (rule === 'promo' && f.tokens > PROMO_BUTTON_MAX_TOKENS) weight = WEAK_EVIDENCE;
  return Math.max(weight, isMenuBullet(slice, f) ? WEAK_EVIDENCE : 0);
}

/**
 * Does a hard rule still set a line aside in clean text? Only for lines with no text of their
 * own: a URL source line ("【source】https://…"), a republication credit ("Via Reuters") and a
 * labelled counter ("Views: 0"). (A clean text has no page-only phrase: one would have made it
 * a page.) A "Source: Manitoba Pork." line under a data report (it names who published the
 * figures), a lone number in a table, bylines and datelines, all-capital headlines, "X said:"
 * lines, captions and sentences that happen to hold a promotion phrase are the text's own.
 */
export function isCleanTextFurniture(slice: string, f: LineFeatures, rule: string | null): boolean {
  if (rule === 'source-line') return f.urlChars > 0 || isViaCredit(slice.toLowerCase(), f);
  if (rule === 'counter') return f.letters > 0;
  return false;
}

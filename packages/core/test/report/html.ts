/**
 * Test helpers that read the report's HTML the way a browser's tokenizer would: raw-text
 * elements (<script>, <style>) end at the first `</script` / `</style`, every other `<` must
 * open a tag the report itself writes, and attribute values are double-quoted with no raw quote.
 */
import type { ClaimsiftResult, Mention } from '@claimsift/core';

const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'script', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li',
  'span', 'sup', 'div', 'aside', 'article', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'a',
  'button', 'small', 'nav',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'id', 'title', 'tabindex', 'role', 'type', 'href',
  'aria-live', 'aria-label', 'aria-hidden',
]);

export interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly attributes: ReadonlyMap<string, string>;
}

export interface RawTextElement {
  readonly name: 'script' | 'style';
  readonly attributes: ReadonlyMap<string, string>;
  readonly content: string;
}

export interface ScannedPage {
  readonly tags: readonly Tag[];
  readonly rawText: readonly RawTextElement[];
  /** Problems found: unknown elements or attributes, stray `<`/`>`, unparsable attributes. */
  readonly problems: readonly string[];
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/y;
const ATTRIBUTE = /\s+([^\s="'<>/]+)(?:="([^"]*)")?/y;

function parseAttributes(source: string, problems: string[]): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  let at = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
    const name = (m[1] as string).toLowerCase();
    if (attributes.has(name)) problems.push(`duplicate attribute ${name}`);
    attributes.set(name, m[2] ?? '');
    at = ATTRIBUTE.lastIndex;
  }
  if (source.slice(at).trim() !== '') problems.push(`unparsed attribute text: ${source.slice(at)}`);
  return attributes;
}

export function scanPage(html: string): ScannedPage {
  const tags: Tag[] = [];
  const rawText: RawTextElement[] = [];
  const problems: string[] = [];
  let i = 0;
  if (html.startsWith('<!doctype html>')) i = '<!doctype html>'.length;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const gt = html.indexOf('>', i);
    if (gt !== -1 && (lt === -1 || gt < lt)) problems.push(`stray '>' at ${gt}`);
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      problems.push(`stray '<' at ${lt}: ${html.slice(lt, lt + 40)}`);
      i = lt + 1;
      continue;
    }
    const name = (m[2] as string).toLowerCase();
    const closing = m[1] === '/';
    const attributes = parseAttributes(m[3] as string, problems);
    if (!ALLOWED_ELEMENTS.has(name)) problems.push(`unexpected element <${name}>`);
    for (const [attr, value] of attributes) {
      if (!ALLOWED_ATTRIBUTES.has(attr) && !attr.startsWith('data-')) problems.push(`unexpected attribute ${attr} on <${name}>`);
      if (attr === 'href' && !value.startsWith('#')) problems.push(`external link ${value}`);
    }
    tags.push({ name, closing, attributes });
    i = TAG.lastIndex;
    if (!closing && (name === 'script' || name === 'style')) {
      // Raw text: the browser ends it at the first `</script` or `</style`, whatever comes before.
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      if (end === -1) {
        problems.push(`unterminated <${name}>`);
        break;
      }
      rawText.push({ name, attributes, content: html.slice(i, end) });
      i = end;
    }
  }
  return { tags, rawText, problems };
}

const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const DECODED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function decode(escaped: string): string {
  return escaped.replace(ENTITY, (_, name: string) => DECODED[name] as string);
}

/** The HTML inside `<div class="text">` of each article, in order. */
export function articleTexts(html: string): string[] {
  const out: string[] = [];
  let at = html.indexOf('<div class="text">');
  while (at !== -1) {
    const start = at + '<div class="text">'.length;
    const end = html.indexOf('</div><aside>', start);
    out.push(html.slice(start, end));
    at = html.indexOf('<div class="text">', end);
  }
  return out;
}

/** The article's text as a reader sees it, without the type tags and boilerplate labels. */
export function visibleText(articleHtml: string): string {
  const withoutLabels = articleHtml.replace(/<sup class="tag"[^>]*>[^<]*<\/sup>/g, '').replace(/<span class="reason"[^>]*>[^<]*<\/span>/g, '');
  return decode(withoutLabels.replace(/<[^>]*>/g, ''));
}

export interface MarkedSegment {
  readonly ids: readonly string[];
  readonly classes: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly text: string;
}

const MARKED = /<span class="seg m ([^"]*)" data-ids="([^"]*)" data-start="(\d*)" data-end="(\d*)" title="([^"]*)"[^>]*>([^<]*)<\/span>/g;

export function markedSegments(articleHtml: string): MarkedSegment[] {
  return [...articleHtml.matchAll(MARKED)].map((m) => ({
    classes: (m[1] as string).split(' '),
    ids: decode(m[2] as string).split(' '),
    start: Number(m[3]),
    end: Number(m[4]),
    title: decode(m[5] as string),
    text: decode(m[6] as string),
  }));
}

/** Concatenated text of the segments carrying the mention id, and the offsets they span. */
export function highlighted(articleHtml: string, id: string): { text: string; start: number; end: number } {
  const parts = markedSegments(articleHtml).filter((s) => s.ids.includes(id));
  return { text: parts.map((p) => p.text).join(''), start: parts[0]?.start ?? -1, end: parts.at(-1)?.end ?? -1 };
}

/** The JSON each article embeds for its script. */
export function embeddedData(html: string): { mentions: Record<string, Mention>; claims: ClaimsiftResult['claims'] }[] {
  return scanPage(html)
    .rawText.filter((r) => r.name === 'script' && r.attributes.get('type') === 'application/json')
    .map((r) => JSON.parse(r.content) as { mentions: Record<string, Mention>; claims: ClaimsiftResult['claims'] });
}

/**
 * Field checks for one gold document (corpus/README.md describes the format, SPEC §3 the fields).
 * Every check pushes a readable message instead of throwing, so one run lists every problem.
 */

export const BOILERPLATE_REASONS = [
  'advertisement', 'language-menu', 'share-bar', 'navigation', 'related-link', 'byline-widget', 'counter',
  'translation-notice', 'source-line', 'caption', 'promo', 'section-label', 'footer',
] as const;
export const MENTION_TYPES = ['quantity', 'agency', 'quote', 'daterange'] as const;
export const APPROX = ['exact', 'over', 'under', 'about', 'at-least', 'at-most', 'range', 'vague'] as const;
export const QUANTITY_KINDS = ['count', 'money', 'percent', 'duration', 'measure'] as const;
export const AGENCY_CATEGORIES = ['government', 'judiciary', 'police', 'party', 'media', 'company', 'ngo', 'other'] as const;
export const QUOTE_KINDS = ['direct', 'partial'] as const;
export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year', 'open'] as const;
export const DATE_FORMS = ['date', 'period', 'range'] as const;

export type Json = Record<string, unknown>;
export type Report = (message: string) => void;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isNumberOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/** A real calendar day written YYYY-MM-DD (2023-02-30 is rejected). */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function checkEnum(report: Report, where: string, field: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) report(`${where}: ${field} ${JSON.stringify(value)} is not one of ${allowed.join('|')}`);
}

/** ISO dates or null, and start <= end when both are given (ISO strings compare as dates). */
export function checkDatePair(report: Report, where: string, startDate: unknown, endDate: unknown): void {
  if (startDate !== null && !isIsoDate(startDate)) report(`${where}: startDate ${JSON.stringify(startDate)} is not an ISO date or null`);
  if (endDate !== null && !isIsoDate(endDate)) report(`${where}: endDate ${JSON.stringify(endDate)} is not an ISO date or null`);
  if (isIsoDate(startDate) && isIsoDate(endDate) && startDate > endDate) report(`${where}: startDate ${startDate} is after endDate ${endDate}`);
}

/** `{start, end, text}` with integer offsets inside the text that slice to `text`. */
export function checkSpan(report: Report, where: string, span: Json, text: string): boolean {
  const { start, end } = span;
  if (!isInt(start) || !isInt(end) || start < 0 || end > text.length || start > end) {
    report(`${where}: bad offsets start=${String(start)} end=${String(end)} (text length ${text.length})`);
    return false;
  }
  if (typeof span.text !== 'string' || text.slice(start, end) !== span.text) {
    report(`${where}: text.slice(${start}, ${end}) is ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(span.text)}`);
    return false;
  }
  return true;
}

function checkOptionalNote(report: Report, where: string, m: Json): void {
  if ('note' in m && typeof m.note !== 'string') report(`${where}: note must be a string`);
}

function checkQuantity(report: Report, where: string, m: Json): void {
  const { value, low, high, approx } = m;
  if (!isNumberOrNull(value) || !isNumberOrNull(low) || !isNumberOrNull(high)) report(`${where}: value/low/high must be numbers or null`);
  checkEnum(report, where, 'approx', approx, APPROX);
  checkEnum(report, where, 'kind', m.kind, QUANTITY_KINDS);
  if (!isStringOrNull(m.unit)) report(`${where}: unit must be a string or null`);
  if (approx === 'range' || approx === 'vague') {
    // A range or a vague amount has bounds and no single value.
    if (value !== null || typeof low !== 'number' || typeof high !== 'number' || low > high) {
      report(`${where}: approx ${String(approx)} needs value null and numbers low <= high`);
    }
  } else if (typeof approx === 'string' && (typeof value !== 'number' || low !== null || high !== null)) {
    report(`${where}: approx ${approx} needs a number value and low/high null`);
  }
}

function checkAgency(report: Report, where: string, m: Json): void {
  if (typeof m.name !== 'string' || m.name.trim() === '') report(`${where}: agency name must be a non-empty string`);
  if (!isStringOrNull(m.acronym)) report(`${where}: acronym must be a string or null`);
  checkEnum(report, where, 'category', m.category, AGENCY_CATEGORIES);
  if (!isStringOrNull(m.parent)) report(`${where}: parent must be a string or null`);
  if (!(m.country === null || (typeof m.country === 'string' && /^[A-Z]{2}$/.test(m.country)))) report(`${where}: country must be ISO 3166 alpha-2 or null`);
}

function checkQuote(report: Report, where: string, m: Json, text: string): void {
  if (typeof m.marked !== 'boolean') report(`${where}: marked must be a boolean`);
  if (!isStringOrNull(m.cue)) report(`${where}: cue must be a string or null`);
  checkEnum(report, where, 'kind', m.kind, QUOTE_KINDS);
  if (typeof m.text === 'string' && m.text.split(/\s+/).filter(Boolean).length < 4) report(`${where}: a quote has at least four words`);
  // With marks, the span is exactly what lies between them: an opening mark right before it.
  if (m.marked === true && typeof m.start === 'number' && !/["“‘'«„]/.test(text[m.start - 1] ?? '')) report(`${where}: marked quote without an opening quotation mark before it`);
  const sp = m.speaker;
  if (!isObject(sp)) {
    report(`${where}: speaker must be an object`);
    return;
  }
  if (checkSpan(report, `${where} speaker`, sp, text)) {
    const inside = (sp.start as number) < (m.end as number) && (sp.end as number) > (m.start as number);
    if (inside) report(`${where}: speaker span lies inside the quote`);
  }
  for (const f of ['name', 'title', 'organization'] as const) if (!isStringOrNull(sp[f])) report(`${where}: speaker.${f} must be a string or null`);
}

function checkDateRange(report: Report, where: string, m: Json, docAnchor: unknown): void {
  checkDatePair(report, where, m.startDate, m.endDate);
  checkEnum(report, where, 'granularity', m.granularity, GRANULARITIES);
  if ('form' in m) checkEnum(report, where, 'form', m.form, DATE_FORMS);
  if (typeof m.relative !== 'boolean') report(`${where}: relative must be a boolean`);
  // The anchor is recorded exactly on relative expressions, and it is the document's anchor.
  const expected = m.relative === true ? docAnchor : null;
  if (m.anchor !== expected) report(`${where}: anchor ${JSON.stringify(m.anchor)} should be ${JSON.stringify(expected)} (relative=${String(m.relative)})`);
  if (typeof m.text === 'string' && /^(in|on|at|during|throughout)\s/i.test(m.text)) report(`${where}: a daterange leaves out a leading preposition`);
}

/** Type-specific fields of one mention; the span itself is checked by the caller. */
export function checkMentionFields(report: Report, where: string, m: Json, text: string, docAnchor: unknown): void {
  checkOptionalNote(report, where, m);
  switch (m.type) {
    case 'quantity':
      return checkQuantity(report, where, m);
    case 'agency':
      return checkAgency(report, where, m);
    case 'quote':
      return checkQuote(report, where, m, text);
    case 'daterange':
      return checkDateRange(report, where, m, docAnchor);
    default:
      checkEnum(report, where, 'type', m.type, MENTION_TYPES);
  }
}

/**
 * The external suites of benchdata (README.md "Format"): Recognizers-Text specs, TempEval-3
 * platinum and CoNLL++ organisations, mapped onto claimsift's mention types.
 *
 * Mapping (README "Types and how they map to SPEC.md"):
 * - RT number, currency, dimension (`quantity`), percent, age, temperature → quantity; value from the span's `value`.
 * - RT/TIMEX3 date, daterange, datetime, datetimerange (specType daterange) → daterange; the value
 *   is the TempEval `period` (start, inclusive end) where the converter derived one, else span only.
 * - CoNLL++ ORG (`agency`) → agency, span only (CoNLL has no canonical names).
 * - durations, times, time ranges and sets are not scored: they become ignore regions, so a
 *   prediction on them is neither a hit nor spurious.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredMention } from '../accuracy/score.js';
import { readJsonl } from './jsonl.js';
import type { BenchDoc, BenchSource, Range } from './types.js';

interface ExternalSpan {
  start: number;
  end: number;
  type: string;
  surface: string;
  value?: number | null;
  specType?: string | null;
  period?: { start: string; end: string } | null;
}

interface ExternalCase {
  id: string;
  source: string;
  text: string;
  refDate?: string | null;
  publishedAt?: string | null;
  spans: ExternalSpan[];
  meta?: Record<string, unknown>;
}

const QUANTITY_TYPES = new Set(['number', 'currency', 'quantity', 'percent', 'age', 'temperature']);

/** The claimsift type a source span maps to, or null when it is not scored. */
export function mapSpanType(span: ExternalSpan): 'quantity' | 'daterange' | 'agency' | null {
  if (QUANTITY_TYPES.has(span.type)) return 'quantity';
  if (span.type === 'agency') return 'agency';
  if (span.specType === 'daterange') return 'daterange';
  return null;
}

/** Converts one source span into a gold mention in claimsift's shape. */
export function toGoldMention(span: ExternalSpan, type: 'quantity' | 'daterange' | 'agency'): ScoredMention {
  const base = { type, start: span.start, end: span.end, text: span.surface };
  if (type === 'quantity') return typeof span.value === 'number' ? { ...base, value: span.value, low: null, high: null } : { ...base, spanOnly: true };
  if (type === 'daterange' && span.period) return { ...base, startDate: span.period.start, endDate: span.period.end };
  return { ...base, spanOnly: true };
}

/** `2016-11-07T00:00:00` → `2016-11-07`; anything else → null. */
const dayOf = (value: string | null | undefined): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

export function toBenchDoc(c: ExternalCase): BenchDoc {
  const gold: ScoredMention[] = [];
  const ignore: Range[] = [];
  for (const span of c.spans) {
    if (c.text.slice(span.start, span.end).toLowerCase() !== span.surface.toLowerCase()) throw new Error(`${c.id}: span ${span.start}-${span.end} does not slice to "${span.surface}"`);
    const type = mapSpanType(span);
    if (type) gold.push(toGoldMention(span, type));
    else ignore.push({ start: span.start, end: span.end });
  }
  return { id: c.id, text: c.text, publishedAt: dayOf(c.refDate ?? c.publishedAt), gold, ignore, meta: c.meta ?? {} };
}

const RT_NOTE = 'Recognizers-Text leaves approximators and prepositions out of its spans: read the relaxed columns (README "Conventions").';

/** Per file: the short name, a title, the types scored and caveats. */
function describe(file: string): { name: string; title: string; types: string[]; notes: string[] } {
  const stem = file.replace(/\.dev\.jsonl$/, '');
  if (stem.startsWith('recognizers-datetime')) {
    return { name: 'rt-datetime', title: 'Recognizers-Text DateTime spec (dates and date ranges)', types: ['daterange'], notes: ['daterange values are not compared (RT gives two readings and exclusive ends); durations, times and sets are not scored.', RT_NOTE] };
  }
  if (stem.startsWith('recognizers-')) {
    const name = stem.replace(/^recognizers-(numberwithunit-)?/, 'rt-');
    return { name, title: `Recognizers-Text ${name.slice(3)} spec`, types: ['quantity'], notes: [RT_NOTE] };
  }
  if (stem.startsWith('tempeval3')) {
    return { name: 'tempeval3', title: 'TempEval-3 platinum TIMEX3 (news paragraphs)', types: ['daterange'], notes: ['TIMEX3 DATE → daterange; values compared where the converter derived a period; DURATION/SET are not scored. TIMEX3 leaves "on"/"in" out, as SPEC does.'] };
  }
  if (stem.startsWith('conllpp')) {
    return { name: 'conllpp', title: 'CoNLL++ organisations (Reuters 1996), ORG → agency, span only', types: ['agency'], notes: ['CoNLL tags every short form and sports team; bracketed acronyms are separate entities there.'] };
  }
  return { name: stem, title: stem, types: ['quantity', 'agency', 'quote', 'daterange'], notes: [] };
}

/** Files that are not mention suites (or are loaded elsewhere). */
const NOT_SUITES = new Set(['news-mentions.dev.jsonl', 'boilerplate.dev.jsonl']);

/** Every other `*.dev.jsonl` of benchdata as a source; CoNLL++ also as its non-sports half. */
export function loadExternalSuites(dir: string): BenchSource[] {
  if (!existsSync(dir)) return [];
  const sources: BenchSource[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.dev.jsonl') && !NOT_SUITES.has(f)).sort()) {
    const info = describe(file);
    const docs = readJsonl<ExternalCase>(join(dir, file)).map(toBenchDoc);
    sources.push({ ...info, docs });
    if (info.name === 'conllpp') {
      sources.push({ ...info, name: 'conllpp-nonsports', title: 'CoNLL++ organisations, non-sports documents only', docs: docs.filter((d) => d.meta?.sports === false) });
    }
  }
  // CoNLL is the biggest and slowest; keep the quick suites first.
  return sources.sort((a, b) => Number(a.name.startsWith('conllpp')) - Number(b.name.startsWith('conllpp')));
}

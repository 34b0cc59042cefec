/** `--verbose`: what each system missed, invented, mis-valued or mis-bounded, per document. */
import type { SystemReport } from './run.js';
import type { ScoredMention, TypeCounts } from './score.js';

const oneLine = (s: string, max = 90): string => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The normalised fields the value accuracy compares, for display. */
export function describeValue(m: ScoredMention): string {
  if (m.spanOnly) return '';
  switch (m.type) {
    case 'quantity':
      return m.value !== null && m.value !== undefined ? `value=${String(m.value)}` : `low=${String(m.low ?? null)} high=${String(m.high ?? null)}`;
    case 'agency':
      return `name=${JSON.stringify(m.name ?? null)}`;
    case 'daterange':
      return `${String(m.startDate ?? null)}..${String(m.endDate ?? null)}`;
    case 'quote': {
      const s = m.speaker as { name?: string | null; text?: string } | null | undefined;
      return `speaker=${JSON.stringify(s?.name ?? s?.text ?? null)}`;
    }
    default:
      return '';
  }
}

const show = (m: ScoredMention): string => `${m.type} ${m.start}-${m.end} "${oneLine(m.text ?? '')}" ${describeValue(m)}`.trimEnd();

/** "quantity 11/12 (13 pred)": relaxed hits over gold, per type, for one document. */
const perType = (counts: Record<string, TypeCounts>): string =>
  Object.entries(counts)
    .filter(([, c]) => c.gold || c.pred)
    .map(([type, c]) => `${type} ${c.relaxedHits}/${c.gold} (${c.pred} pred)`)
    .join(', ');

export function verboseReport(r: SystemReport): string {
  const lines: string[] = [];
  for (const d of r.documents) {
    const items: string[] = [];
    if (d.skipped) items.push(`  skipped: ${d.skipped}`);
    if (d.error) items.push(`  error: ${d.error}`);
    for (const m of d.misses) items.push(`  miss      ${show(m)}`);
    for (const m of d.spurious) items.push(`  spurious  ${show(m)}`);
    for (const { gold, pred } of d.wrongValues) items.push(`  value     ${show(gold)}  ← got ${describeValue(pred)}`);
    for (const { gold, pred } of d.boundary) items.push(`  boundary  ${gold.type} gold "${oneLine(gold.text ?? '', 60)}" ← pred "${oneLine(pred.text ?? '', 60)}"`);
    if (items.length) lines.push(`[${r.system}] ${d.id}  ${perType(d.counts)}`, ...items);
  }
  for (const e of r.claims?.errors ?? []) {
    const what = e.slot === 'missing' || e.slot === 'spurious' ? e.slot : `${e.slot}: gold ${JSON.stringify(e.gold)} ← got ${JSON.stringify(e.pred)}`;
    lines.push(`[${r.system} claims] ${e.doc} "${oneLine(e.quantity, 50)}" ${what}`);
  }
  return lines.join('\n');
}

/** The report without per-document texts, for `--json`. */
export function jsonReport(r: SystemReport): unknown {
  return {
    ...r,
    documents: r.documents
      .filter((d) => d.misses.length || d.spurious.length || d.wrongValues.length || d.boundary.length || d.skipped || d.error)
      .map(({ text: _text, ...d }) => d),
  };
}

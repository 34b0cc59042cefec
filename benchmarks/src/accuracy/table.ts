/** Plain-text tables for the terminal: one per source, rows system × type. */
import type { SystemReport } from './run.js';
import type { Prf, TypeScore } from './score.js';
import { CLAIM_SLOTS } from './claims.js';
import type { ClaimSlotScore } from './claims.js';

const pct = (x: number | null): string => (x === null ? '-' : (100 * x).toFixed(1));

function prfCells(p: Prf, s: TypeScore): string[] {
  // P is undefined without predictions, R without gold: print "-" rather than a fake 0.
  return [s.pred === 0 ? '-' : pct(p.precision), s.gold === 0 ? '-' : pct(p.recall), s.gold === 0 || s.pred === 0 ? '-' : pct(p.f1)];
}

export const HEADER = ['system', 'type', 'gold', 'pred', 'sP', 'sR', 'sF1', 'rP', 'rR', 'rF1', 'value', 'time'];

export function scoreRow(system: string, s: TypeScore, time: string): string[] {
  const value = s.valueResolved === false ? 'n/a' : s.valueAccuracy === null ? '-' : `${pct(s.valueAccuracy)} (${s.valueCompared})`;
  return [system, s.type, String(s.gold), String(s.pred), ...prfCells(s.strict, s), ...prfCells(s.relaxed, s), value, time];
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)}ms` : `${(ms / 1000).toFixed(1)}s`;
}

/** Left-aligns text columns, right-aligns the numbers. */
export function renderTable(rows: string[][], textColumns = 2): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c < textColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

export function sourceTable(reports: readonly SystemReport[]): string {
  const rows: string[][] = [HEADER];
  for (const r of reports) {
    r.scores.forEach((s, i) => rows.push(scoreRow(i === 0 ? r.system : '', s, i === 0 ? formatMs(r.ms) : '')));
  }
  return renderTable(rows);
}

export function claimsLine(c: ClaimSlotScore | null): string {
  if (c === null) return 'claims: n/a (claimsift emits no claims yet)';
  const slots = CLAIM_SLOTS.map((s) => `${s} ${pct(c.slots[s])}`).join(', ');
  return `claims: gold ${c.gold}, pred ${c.pred}, matched by quantity ${c.matched} (P ${pct(c.pred ? c.match.precision : null)} R ${pct(c.gold ? c.match.recall : null)}); slot accuracy among matched: ${slots}`;
}

export const LEGEND =
  'gold/pred: mention counts; sP/sR/sF1: strict (same type, same offsets); rP/rR/rF1: relaxed (overlap, one-to-one, largest overlap first); ' +
  'value: share of relaxed matches whose normalised value agrees (compared pairs in brackets; n/a: the system does not resolve that type); time: wall time of the system on the source. All in %.';

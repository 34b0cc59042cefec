/**
 * A plain-text table of a comparison for terminals: one block per group with its status,
 * key (actor · action · unit) and spread, one row per member (document, claim, offsets,
 * figure as written, act), and the reason.
 */
import type { Comparison, ComparisonMember } from './compare.js';

const number = (n: number | null): string => (n === null ? '?' : n.toLocaleString('en-US', { maximumFractionDigits: 3 }));
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - [...s].length));
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function memberCells(m: ComparisonMember): string[] {
  const period = m.period && (m.period.startDate || m.period.endDate) ? `${m.period.startDate ?? '…'}..${m.period.endDate ?? '…'}` : '-';
  return [m.doc, m.claim, `${m.start}-${m.end}`, oneLine(m.text), m.action ?? '-', period];
}

export function formatComparisonTable(comparison: Comparison): string {
  const { groups } = comparison;
  if (groups.length === 0) return 'No figure is stated by more than one claim.\n';
  const rows = groups.flatMap((g) => g.members.map(memberCells));
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => [...(r[i] as string)].length)));
  const lines: string[] = [];
  groups.forEach((g, index) => {
    const key = [g.key.actor, g.key.action ?? 'unknown act', g.key.unit ?? 'unknown unit'].join(' · ');
    const spread = g.spread.min === g.spread.max ? number(g.spread.min) : `${number(g.spread.min)} – ${number(g.spread.max)}`;
    lines.push(`#${index + 1}  ${g.status.toUpperCase()}  ${key}  (spread ${spread})`);
    for (const m of g.members) {
      const cells = memberCells(m);
      lines.push(`    ${cells.map((c, i) => (i < cells.length - 1 ? pad(c, widths[i] ?? 0) : c)).join('  ')}`);
    }
    lines.push(`    why: ${g.why}`, '');
  });
  const conflicts = groups.filter((g) => g.status === 'conflict').length;
  lines.push(`${groups.length} group${groups.length === 1 ? '' : 's'}: ${groups.length - conflicts} agree, ${conflicts} conflict`);
  return `${lines.join('\n')}\n`;
}

/**
 * Pipeline-level refiners over final mentions. Mentions of one type never overlap: of two
 * overlapping mentions the longer wins, then the earlier (spaCy's filter_spans).
 */
import type { Mention } from './mentions.js';

export type MentionRefiner = (mentions: readonly Mention[]) => Mention[];

export function byTextOrder(a: { start: number; end: number; type?: string }, b: { start: number; end: number; type?: string }): number {
  // Ties of one type (the common case: claims have none) need no collation.
  return a.start - b.start || a.end - b.end || (a.type === b.type ? 0 : (a.type ?? '').localeCompare(b.type ?? ''));
}

/** Keeps the longest of overlapping mentions of the same type (ties: the earlier). */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const byType = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byType.get(m.type);
    if (list) list.push(m);
    else byType.set(m.type, [m]);
  }
  const kept: Mention[] = [];
  for (const list of byType.values()) kept.push(...keepLongest(list));
  return kept.sort(byTextOrder);
}

function keepLongest(list: readonly Mention[]): Mention[] {
  const nonEmpty = list.filter((m) => m.end > m.start).sort(byTextOrder);
  if (nonEmpty.every((m, i) => i === 0 || (nonEmpty[i - 1] as Mention).end <= m.start)) return nonEmpty;
  // Mark covered offsets: linear in the total length of the candidates, not quadratic in their count.
  const base = nonEmpty[0]?.start ?? 0;
  const limit = nonEmpty.reduce((max, m) => Math.max(max, m.end), 0);
  const covered = new Uint8Array(limit - base);
  const ranked = [...nonEmpty].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  for (const m of ranked) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = covered[i - base] === 0;
    if (!free) continue;
    covered.fill(1, m.start - base, m.end - base);
    taken.push(m);
  }
  return taken;
}

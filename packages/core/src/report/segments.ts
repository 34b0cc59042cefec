/**
 * Cuts a text into segments at every block and mention boundary, so that overlapping
 * mentions of different types can be highlighted without breaking the markup: each segment
 * knows the block it lies in and the mentions that cover it.
 */
export interface Marked {
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly block: number;
  /** Ids of covering mentions, outermost (longest) first. */
  readonly mentions: readonly Marked[];
}

/** `extraCuts`: further offsets to cut at (claim edges), so a claim's span is a run of whole segments. */
export function segmentText(
  length: number,
  blocks: readonly { start: number; end: number }[],
  mentions: readonly Marked[],
  extraCuts: readonly number[] = [],
): Segment[] {
  const cuts = new Set<number>([0, length, ...extraCuts]);
  for (const b of blocks) cuts.add(b.start).add(b.end);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((p) => Number.isInteger(p) && p >= 0 && p <= length).sort((a, b) => a - b);
  const byStart = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Marked[] = [];
  const segments: Segment[] = [];
  let next = 0;
  let block = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    while (next < byStart.length && (byStart[next] as Marked).start <= start) open.push(byStart[next++] as Marked);
    for (let k = open.length - 1; k >= 0; k--) if ((open[k] as Marked).end <= start) open.splice(k, 1);
    while (block + 1 < blocks.length && (blocks[block] as { end: number }).end <= start) block++;
    const covering = open.filter((m) => m.start <= start && m.end >= end).sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ start, end, block, mentions: covering });
  }
  return segments;
}

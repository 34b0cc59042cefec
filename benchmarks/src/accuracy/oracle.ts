/**
 * The `gold` system: answers with the gold mentions themselves. Selected only by name
 * (`--systems gold`), it checks the loaders and the scorer end to end: every cell must read 100.
 */
import type { BenchSource } from '../data/types.js';
import type { Peer } from '../peers/types.js';

export function goldOracle(sources: readonly BenchSource[]): Peer {
  const byText = new Map(sources.flatMap((s) => s.docs.map((d) => [d.text, d.gold] as const)));
  return { name: 'gold', types: ['quantity', 'agency', 'quote', 'daterange'], extract: (text) => [...(byText.get(text) ?? [])] };
}

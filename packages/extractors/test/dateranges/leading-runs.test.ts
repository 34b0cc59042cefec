import { describe, expect, it } from 'vitest';
import { FINDER_SOURCES } from '../../src/dateranges/find.js';
import { leadingRuns } from '../../src/dateranges/leading.js';
import { SNAPSHOT_RUNS, triggerSet } from '../../src/dateranges/triggers.js';

describe('snapshot of the leading runs', () => {
  it('holds the reading of every finder pattern (else: pnpm --filter @claimsift/extractors generate:leading-runs)', () => {
    expect(SNAPSHOT_RUNS.size).toBe(new Set(FINDER_SOURCES.map((p) => p.source)).size);
    for (const pattern of FINDER_SOURCES) expect(SNAPSHOT_RUNS.get(pattern.source), pattern.source.slice(0, 60)).toEqual(leadingRuns(pattern));
  });

  it('is never used for a pattern whose source it was not read from', () => {
    const changed = new RegExp(`${(FINDER_SOURCES[0] as RegExp).source}|\\bzzday\\b`, 'i');
    const runs = triggerSet(changed);
    expect(runs).toEqual(leadingRuns(changed));
    expect(runs.runs.some(([run]) => run === 'zzday')).toBe(true);
  });
});

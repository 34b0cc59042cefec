/**
 * The main text region: the run of lines with the highest score, where good lines add their
 * length and furniture subtracts (maximum-sum segment, Kadane). Boilerpipe's article
 * extractor keeps the largest text block and its close neighbours for the same reason: the
 * article body is one stretch of the page, menus, teasers, comments and footers are around it.
 */

export interface Region {
  readonly first: number;
  readonly last: number;
  readonly score: number;
}

export interface RegionOptions {
  /** A segment is kept when it scores at least this share of the best one. */
  readonly ratio: number;
  /** A line after which nothing belongs to the main text (the start of a comment section). */
  readonly isStop: (index: number) => boolean;
}

/** All maximal positive-sum segments, by a Kadane pass that restarts when the sum drops to zero. */
export function positiveSegments(scores: readonly number[]): Region[] {
  const found: Region[] = [];
  let sum = 0;
  let start = 0;
  let best: Region | null = null;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      if (best) found.push(best);
      best = null;
      sum = 0;
      start = i;
    }
    sum += scores[i] as number;
    if (sum > 0 && (!best || sum > best.score)) best = { first: start, last: i, score: sum };
  }
  if (best) found.push(best);
  return found;
}

/**
 * The segments that make up the main text: every segment scoring at least `ratio` of the
 * best one, up to the first hard stop after it (a comment section starts: the rest of the page
 * is readers' text, however much it reads like prose), in text order.
 */
export function mainRegions(scores: readonly number[], options: RegionOptions): Region[] {
  // a stop line also cuts any segment running across it
  const all = positiveSegments(scores.map((x, i) => (options.isStop(i) ? -Infinity : x)));
  if (all.length === 0) return [];
  const top = maxScore(all);
  // the first stop after a strong segment ends the page's main text
  let end = scores.length;
  const firstStrong = all.find((r) => r.score >= options.ratio * top);
  if (firstStrong) {
    for (let i = firstStrong.last + 1; i < scores.length; i++) {
      if (options.isStop(i)) {
        end = i;
        break;
      }
    }
  }
  const before = all.filter((r) => r.last < end);
  if (before.length === 0) return [];
  const best = maxScore(before);
  return before.filter((r) => r.score >= options.ratio * best);
}

/** Highest score (no spread: a page may have more segments than a call takes arguments). */
function maxScore(regions: readonly Region[]): number {
  let best = -Infinity;
  for (const r of regions) if (r.score > best) best = r.score;
  return best;
}

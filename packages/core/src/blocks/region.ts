/**
 * The main text region: the run of lines with the highest score, where good lines add their
 * length and furniture subtracts (maximum-sum segment, Kadane). Boilerpipe's article
 * extractor keeps the largest text block and its close neighbours for the same reason: the
 * article body is one stretch of the page, menus and footers are around it.
 */

export interface Region {
  readonly first: number;
  readonly last: number;
  readonly score: number;
}

/** Maximum-sum segments of `scores`: the best one first, then others scoring at least `ratio` of it. */
export function bestRegions(scores: readonly number[], ratio: number): Region[] {
  const found: Region[] = [];
  // all maximal positive segments by a single Kadane pass that restarts at non-positive sums
  let sum = 0;
  let start = 0;
  let bestInRun: Region | null = null;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      if (bestInRun) found.push(bestInRun);
      bestInRun = null;
      sum = 0;
      start = i;
    }
    sum += scores[i] as number;
    if (sum > 0 && (!bestInRun || sum > bestInRun.score)) bestInRun = { first: start, last: i, score: sum };
  }
  if (bestInRun) found.push(bestInRun);
  if (found.length === 0) return [];
  const top = Math.max(...found.map((r) => r.score));
  return found.filter((r) => r.score >= ratio * top);
}

/**
 * The interval of values a quantity allows, from its approximator and its rounding, so that
 * "more than 25,000", "over 25,000" and "25,000" can be found compatible and 22,000 and
 * 25,000 not. Bounds are deliberately tight: a figure is only compared with figures close to it.
 *   exact 25,000  → rounded to its last non-zero digit, by at most 2%: [24,500, 25,500]; exact 10 → [9.8, 10.2]
 *   over / at-least X → [X, 1.25·X]      under ("nearly") X → [0.9·X, X]
 *   about X → [0.9·X, 1.1·X]             at-most ("as many as", "up to") X → [0.8·X, X]
 *   range, vague → [low, high]
 */
export interface ValueLike {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly approx: string;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** How far a stated figure may be from the exact one it rounds: half the place value of its last non-zero digit (25,000 → 500; 3,397 → 0.5), at most 2% of it. */
function roundingSlack(value: number): number {
  const abs = Math.abs(value);
  if (!Number.isFinite(abs) || abs === 0 || !Number.isInteger(abs)) return 0;
  let place = 1;
  while (place < 1e15 && abs % (place * 10) === 0) place *= 10;
  return Math.min(place === 1 ? 0.5 : place / 2, abs * 0.02);
}

export function intervalOf(q: ValueLike): Interval | null {
  const { value, low, high } = q;
  if (value === null || !Number.isFinite(value)) {
    if (low !== null && high !== null && Number.isFinite(low) && Number.isFinite(high)) return { low: Math.min(low, high), high: Math.max(low, high) };
    return null;
  }
  switch (q.approx) {
    case 'over':
    case 'at-least':
      return { low: value, high: value * 1.25 };
    case 'under':
      return { low: value * 0.9, high: value };
    case 'about':
      return { low: value * 0.9, high: value * 1.1 };
    case 'at-most':
      return { low: value * 0.8, high: value };
    case 'range':
    case 'vague':
      if (low !== null && high !== null) return { low: Math.min(low, high), high: Math.max(low, high) };
      return { low: value, high: value };
    default: {
      const slack = roundingSlack(value);
      return { low: value - slack, high: value + slack };
    }
  }
}

export const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;

/** True when the amount is only an order of magnitude ("hundreds of thousands"). */
export const isVague = (q: ValueLike): boolean => q.approx === 'vague' || (q.value === null && q.low !== null);

/** Distance of two intervals' centres on a log scale (to pick the closest of several compatible figures). */
export function logDistance(a: Interval, b: Interval): number {
  const centre = (i: Interval) => Math.max(1e-9, (i.low + i.high) / 2);
  return Math.abs(Math.log(centre(a)) - Math.log(centre(b)));
}

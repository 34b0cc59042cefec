/**
 * Context smoothing between neighbouring lines, after jusText: lines are first put into
 * length/stop-word classes on their own, then short and near-good lines take the class their
 * good or bad neighbours suggest, since body paragraphs come in runs and so does furniture.
 */

export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** The nearest class before/after `i`, skipping short lines (and near-good ones when asked); 'bad' at the edges. */
function neighbour(classes: readonly LineClass[], i: number, step: 1 | -1, skipNear: boolean, skip?: (j: number) => boolean): LineClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j] as LineClass;
    if (c === 'short' || (skipNear && c === 'near') || skip?.(j)) continue;
    return c;
  }
  return 'bad';
}

/**
 * `transparent` lines (furniture that sits inside running text, such as captions and ad
 * labels) are looked through when judging a short line's neighbours.
 */
export function smoothClasses(
  initial: readonly LineClass[],
  transparent?: (j: number) => boolean,
  maxShortRun = Infinity,
  isSentence?: (j: number) => boolean,
): LineClass[] {
  const out = [...initial];
  // a run of many short lines is a menu or a list of links, whatever surrounds it; short
  // sentences ("Webb emerged, naked.") do not make a run longer
  const runBad = new Uint8Array(initial.length);
  for (let i = 0; i < initial.length; ) {
    if (initial[i] !== 'short') {
      i++;
      continue;
    }
    let j = i;
    let length = 0;
    for (; j < initial.length && initial[j] === 'short'; j++) if (!isSentence?.(j)) length++;
    if (length > maxShortRun) runBad.fill(1, i, j);
    i = j;
  }
  // near-good lines: bad between two bad neighbours, good otherwise
  for (let i = 0; i < out.length; i++) {
    if (initial[i] !== 'near') continue;
    const prev = neighbour(initial, i, -1, true);
    const next = neighbour(initial, i, 1, true);
    out[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  }
  // short lines: good between good neighbours, bad between bad ones; a mixed pair is
  // resolved by whether a near-good line sits on the bad side
  const mid = [...out];
  for (let i = 0; i < out.length; i++) {
    if (initial[i] !== 'short') continue;
    if (runBad[i]) {
      out[i] = 'bad';
      continue;
    }
    const prev = neighbour(mid, i, -1, false, transparent);
    const next = neighbour(mid, i, 1, false, transparent);
    if (prev === 'good' && next === 'good') out[i] = 'good';
    else if (prev === 'bad' && next === 'bad') out[i] = 'bad';
    else if ((prev === 'bad' && neighbour(initial, i, -1, false) === 'near') || (next === 'bad' && neighbour(initial, i, 1, false) === 'near')) out[i] = 'good';
    else out[i] = 'bad';
  }
  return out;
}

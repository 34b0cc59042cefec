/**
 * A table of values looked up by a range of the text, so a spelling seen before costs no new
 * string: open addressing on a hash of the UTF-16 code units, compared in place. Each value
 * carries its own text and hash, so a look-up touches the slot, the value and its text, nothing
 * else. When the table fills up it starts over, and long strings are not kept (bounded memory).
 */

/** What the table keeps: a value that knows its text and that text's hash. */
export interface Interned {
  readonly text: string;
  readonly hash: number;
}

export interface InternTable<T extends Interned> {
  /** The value for text[start, end): computed from a slice on first sight, then shared. */
  lookup(text: string, start: number, end: number, hash: number): T;
}

/** FNV-1a over text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export function createInternTable<T extends Interned>(bits: number, compute: (text: string, hash: number) => T, maxLength = 64): InternTable<T> {
  const size = 1 << bits;
  const mask = size - 1;
  const limit = size >>> 1;
  let slots = emptySlots<T>(size);
  let count = 0;
  return {
    lookup(text, start, end, hash) {
      const length = end - start;
      if (length > maxLength) return compute(text.slice(start, end), hash);
      let i = hash & mask;
      for (let slot = slots[i]; slot !== undefined; slot = slots[i]) {
        if (slot.hash === hash && slot.text.length === length && sameRange(text, start, slot.text)) return slot;
        i = (i + 1) & mask;
      }
      const value = compute(text.slice(start, end), hash);
      if (count >= limit) {
        slots = emptySlots<T>(size);
        count = 0;
        i = hash & mask;
      }
      slots[i] = value;
      count++;
      return value;
    },
  };
}

// Filled by push so the array stays packed (a large `new Array(n)` is a slow dictionary).
function emptySlots<T>(size: number): (T | undefined)[] {
  const slots: (T | undefined)[] = [];
  for (let i = 0; i < size; i++) slots.push(undefined);
  return slots;
}

function sameRange(text: string, start: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
  return true;
}

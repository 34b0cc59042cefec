/**
 * A table of strings looked up by a range of the text, so a spelling seen before costs no
 * new string: open addressing on a hash of the UTF-16 code units, compared in place. Each
 * string carries a value computed once. When the table fills up it starts over, and long strings
 * are not kept (bounded memory).
 */

export interface InternTable<T> {
  /** The interned string equal to text[start, end) (a slice on first sight) and its value. */
  lookup(text: string, start: number, end: number, hash: number): { readonly string: string; readonly value: T };
}

/** FNV-1a over text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export function createInternTable<T>(bits: number, compute: (s: string) => T, maxLength = 64): InternTable<T> {
  const size = 1 << bits;
  const mask = size - 1;
  const limit = size >>> 1;
  let slots = emptySlots<T>(size);
  let count = 0;
  return {
    lookup(text, start, end, hash) {
      const length = end - start;
      if (length > maxLength) {
        const string = text.slice(start, end);
        return { string, value: compute(string), hash };
      }
      let i = hash & mask;
      for (let slot = slots[i]; slot !== undefined; slot = slots[i]) {
        if (slot.hash === hash && slot.string.length === length && sameRange(text, start, slot.string)) return slot;
        i = (i + 1) & mask;
      }
      const string = text.slice(start, end);
      const entry = { string, value: compute(string), hash };
      if (count >= limit) {
        slots = emptySlots<T>(size);
        count = 0;
        i = hash & mask;
      }
      slots[i] = entry;
      count++;
      return entry;
    },
  };
}

type Slot<T> = { readonly string: string; readonly value: T; readonly hash: number } | undefined;

// Filled by push so the array stays packed (a large `new Array(n)` is a slow dictionary).
function emptySlots<T>(size: number): Slot<T>[] {
  const slots: Slot<T>[] = [];
  for (let i = 0; i < size; i++) slots.push(undefined);
  return slots;
}

function sameRange(text: string, start: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
  return true;
}

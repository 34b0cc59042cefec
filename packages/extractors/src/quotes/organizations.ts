/**
 * What the agencies stage found, read for speakers: agency mentions (canonical names) and,
 * when present, generic references resolved to an agency ("the ministry"). Both may be
 * missing (quotes run alone): then every lookup returns null and callers fall back to the text.
 */
import { firstFrom } from '@claimsift/core';
import type { Doc, Range } from '@claimsift/core';
import { SPACE_RUN } from './patterns.js';

export interface KnownOrganization extends Range {
  readonly name: string;
  readonly acronym: string | null;
  readonly category: string | null;
}

export interface Organizations {
  /** The agency mention overlapping [start, end) that covers the most of it, or null. */
  overlapping(start: number, end: number): KnownOrganization | null;
  /** The last agency mention or resolved reference ending at or before `offset`. */
  lastBefore(offset: number, accept?: (o: KnownOrganization) => boolean): KnownOrganization | null;
  /** Canonical name of an organisation written as `surface` ("MPS", "Blue Origin"), or null. */
  canonical(surface: string): string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function organizationsOf(doc: Doc): Organizations {
  const list: KnownOrganization[] = [];
  for (const m of doc.mentions('agency')) {
    const name = str(m['name']) ?? m.text;
    list.push({ start: m.start, end: m.end, name, acronym: str(m['acronym']), category: str(m['category']) });
  }
  const refs = doc.data['agencyReferences'];
  if (Array.isArray(refs)) {
    for (const r of refs as unknown[]) {
      if (typeof r !== 'object' || r === null) continue;
      const o = r as Record<string, unknown>;
      const name = str(o['resolvedName']);
      if (name && typeof o['start'] === 'number' && typeof o['end'] === 'number') {
        list.push({ start: o['start'], end: o['end'], name, acronym: null, category: null });
      }
    }
  }
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const bySurface = new Map<string, string>();
  for (const o of list) {
    const key = normalise(doc.text.slice(o.start, o.end));
    if (!bySurface.has(key)) bySurface.set(key, o.name);
    bySurface.set(normalise(o.name), o.name);
    if (o.acronym) bySurface.set(normalise(o.acronym), o.name);
  }
  /** Number of known organisations starting before `offset`. */
  const startingBefore = (offset: number): number => firstFrom(list, offset);
  return {
    overlapping(start, end) {
      let best: KnownOrganization | null = null;
      let bestOverlap = 0;
      // mentions starting before `end`, nearest first; a few steps back cover every overlap
      const n = startingBefore(end);
      for (let i = n - 1; i >= 0 && i >= n - 8; i--) {
        const o = list[i] as KnownOrganization;
        const overlap = Math.min(end, o.end) - Math.max(start, o.start);
        if (overlap > bestOverlap) {
          best = o;
          bestOverlap = overlap;
        }
      }
      return best;
    },
    lastBefore(offset, accept) {
      const n = startingBefore(offset);
      for (let i = n - 1; i >= 0 && i >= n - 200; i--) {
        const o = list[i] as KnownOrganization;
        if (o.end <= offset && (!accept || accept(o))) return o;
      }
      return null;
    },
    canonical: (surface) => bySurface.get(normalise(surface)) ?? null,
  };
}

/** Lower case, no leading "the", no possessive, single spaces. */
export function normalise(s: string): string {
  let t = s.trim().toLowerCase();
  if (t.startsWith('the ')) t = t.slice(4);
  if (t.endsWith('’s') || t.endsWith("'s")) t = t.slice(0, -2);
  return singleSpaced(t) ? t : t.split(SPACE_RUN).join(' ');
}

/** True when the (trimmed) text's only white space is single plain spaces: then collapsing runs changes nothing. */
function singleSpaced(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 ? t.charCodeAt(i + 1) === 0x20 : c <= 0x20 || (c >= 0x80 && SPACE_RUN.test(t[i] as string))) return false;
  }
  return true;
}

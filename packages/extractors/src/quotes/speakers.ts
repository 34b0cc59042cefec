/**
 * Who a speaker phrase stands for. People resolve through the person index (surname → fullest
 * name, pronoun → nearest earlier person of that gender); organisations through the agency
 * mentions ("the ministry" → the last ministry named); "it"/"they" to the last organisation or
 * group that spoke; a document ("the statement said") to whoever issued it, else to the last
 * speaker. Every cue of the document is an event on one timeline, so paraphrases ("Joel
 * Schlabach … said politicians have …") make their speaker the antecedent of a later "he said".
 */
import type { Doc, Range } from '@claimsift/core';
import { cueAt, endsSentence, speakerAfterCue, subjectOfCue } from './cues.js';
import { PRONOUNS, TITLE_WORDS } from './lexicon.js';
import type { PersonIndex } from './names.js';
import type { KnownOrganization, Organizations } from './organizations.js';
import type { PhraseContext } from './phrases.js';
import { stripPossessive } from './phrases.js';
import type { Paragraph, SpeakerKind, SpeakerPhrase } from './types.js';
import { wordsIn } from './words.js';
import type { Word } from './words.js';

/** A speaker resolved to the SPEC fields; `text` is the mention nearest the quote. */
export interface ResolvedSpeaker extends Range {
  readonly name: string | null;
  readonly title: string | null;
  readonly organization: string | null;
  /** What the speaker is, after resolution (a pronoun or document resolves to its referent's kind). */
  readonly entity: SpeakerKind;
}

interface Event {
  readonly at: number;
  readonly speaker: ResolvedSpeaker;
}

export interface SpeakerResolver {
  /** Resolve a phrase spoken at `at` (the cue's or the quote's offset). */
  resolve(phrase: SpeakerPhrase, at: number): ResolvedSpeaker | null;
}

const TITLES = new Set(TITLE_WORDS);

const CATEGORY_OF_HEAD: Readonly<Record<string, string>> = {
  company: 'company', firm: 'company', airline: 'company', carrier: 'company', retailer: 'company', manufacturer: 'company', bank: 'company',
  police: 'police', court: 'judiciary', prosecutors: 'judiciary', prosecution: 'judiciary', party: 'party', union: 'ngo', association: 'ngo',
  ministry: 'government', department: 'government', agency: 'government', bureau: 'government', government: 'government',
  administration: 'government', regulator: 'government', authority: 'government', authorities: 'government', commission: 'government',
};

/** A resolved speaker over `range` (built field by field: spreading objects is slow on this hot path). */
const speakerOf = (range: Range, name: string | null, title: string | null, organization: string | null, entity: SpeakerKind): ResolvedSpeaker => ({
  start: range.start,
  end: range.end,
  name,
  title,
  organization,
  entity,
});

export function createSpeakerResolver(doc: Doc, ctx: PhraseContext, persons: PersonIndex, orgs: Organizations, paragraphs: readonly Paragraph[]): SpeakerResolver {
  const events: Event[] = [];
  const lastEvent = (at: number, accept: (s: ResolvedSpeaker) => boolean): ResolvedSpeaker | null => {
    let hi = events.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((events[mid] as Event).at < at) lo = mid + 1;
      else hi = mid;
    }
    // events before `at`, nearest first, a bounded number of them
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) {
      const e = events[i] as Event;
      if (accept(e.speaker)) return e.speaker;
    }
    return null;
  };
  const fromOrg = (range: Range, o: KnownOrganization | null, fallback: string | null): ResolvedSpeaker => {
    const name = o?.name ?? fallback;
    return { start: range.start, end: range.end, name, title: null, organization: name, entity: 'org' };
  };

  const resolve = (phrase: SpeakerPhrase, at: number): ResolvedSpeaker | null => {
    const range = { start: phrase.start, end: phrase.end };
    const surface = doc.text.slice(phrase.start, phrase.end);
    switch (phrase.kind) {
      case 'person': {
        const nameRange = phrase.name ?? range;
        const nameText = doc.text.slice(nameRange.start, nameRange.end);
        const person = persons.lookup(nameText);
        if (person) persons.noteSpeaker(person, nameRange.start);
        return {
          start: nameRange.start,
          end: nameRange.end,
          name: person?.full ?? nameText,
          title: phrase.title ?? person?.title ?? null,
          organization: phrase.organization ?? person?.organization ?? null,
          entity: 'person',
        };
      }
      case 'pronoun': {
        const kind = PRONOUNS[surface.toLowerCase()];
        if (kind === 'male' || kind === 'female') {
          const person = persons.resolvePronoun(kind, at, doc.sentenceAt(phrase.start)?.start ?? at);
          if (person) persons.noteSpeaker(person, phrase.start);
          return speakerOf(range, person?.full ?? null, person?.title ?? null, person?.organization ?? null, 'person');
        }
        if (kind === 'thing') {
          const said = lastEvent(at, (s) => s.entity === 'org');
          const org = said ? null : orgs.lastBefore(at);
          return speakerOf(range, said?.name ?? org?.name ?? null, null, said?.organization ?? org?.name ?? null, 'org');
        }
        const group = lastEvent(at, (s) => s.entity === 'group' || s.entity === 'org');
        return speakerOf(range, group?.name ?? null, group?.title ?? null, group?.organization ?? null, 'group');
      }
      case 'org': {
        if (phrase.organization) return fromOrg(range, null, phrase.organization);
        const known = orgs.overlapping(phrase.start, phrase.end);
        if (known) return fromOrg(range, known, null);
        const words = wordsIn(surface, 0, surface.length);
        const head = (words[words.length - 1] as Word | undefined)?.lower ?? '';
        const capitalised = surface !== surface.toLowerCase();
        if (capitalised) return fromOrg(range, null, orgs.canonical(surface) ?? stripPossessive(surface));
        // a generic reference ("the ministry", "the production company"): the last organisation named
        // whose name has one of its words, else the last of the head's category
        const keys = words.filter((w) => !w.punct && w.text.length >= 4).map((w) => w.lower);
        const named = orgs.lastBefore(at, (o) => keys.some((k) => o.name.toLowerCase().includes(k)));
        const category = CATEGORY_OF_HEAD[head];
        const fits = named ?? (category === undefined ? null : orgs.lastBefore(at, (o) => o.category === category));
        return fromOrg(range, fits, null);
      }
      case 'group': {
        // "the senator said": a definite title names the last person who holds it, when the text named one
        const words = wordsIn(surface, 0, surface.length);
        const head = words[words.length - 1];
        const definite = doc.text.slice(Math.max(0, phrase.start - 4), phrase.start).toLowerCase() === 'the ';
        const holder = definite && words.length === 1 && head && TITLES.has(head.lower) ? persons.withTitle(head.lower, at) : null;
        if (holder) return speakerOf(range, holder.full, holder.title, holder.organization, 'person');
        return speakerOf(range, null, phrase.title, phrase.organization, 'group');
      }
      case 'document': {
        if (phrase.issuer) return resolve(phrase.issuer, at);
        return lastEvent(at, (s) => s.entity !== 'document');
      }
    }
  };

  // the timeline: every cue of the content, in text order
  for (const p of paragraphs) {
    const words = ctx.wordsOf(p);
    let sentenceStart = 0;
    for (let i = 0; i < words.length; i++) {
      if (endsSentence(words, i)) {
        sentenceStart = i + 1;
        continue;
      }
      const n = cueAt(words, i);
      if (n === 0) continue;
      const at = (words[i] as Word).start;
      const before = n === 2 ? null : subjectOfCue(ctx, words, i, sentenceStart)?.phrase;
      // "…,” said Shotwell": inverted after a quote or a comma
      const parsed = before ?? (n === 2 || words[i - 1]?.punct ? speakerAfterCue(ctx, words, i, Math.min(words.length, i + 30))?.phrase : null);
      if (!parsed) continue;
      const speaker = resolve(parsed, at);
      if (speaker) events.push({ at, speaker });
    }
  }
  events.sort((a, b) => a.at - b.at);

  return { resolve };
}

/** claimsift itself as a system of the benchmark: the default extractors plus the claim stage when core has one. */
import * as core from '@claimsift/core';
import type { ClaimAssembler, ClaimsiftResult } from '@claimsift/core';
import { defaultExtractors } from '@claimsift/extractors';
import type { Peer } from '../peers/types.js';

/** `assembleClaims` from core, as an assembler object or a factory of one; null while core has none. */
export function findClaimAssembler(): ClaimAssembler | null {
  const exported = (core as unknown as Record<string, unknown>).assembleClaims;
  const isAssembler = (x: unknown): x is ClaimAssembler => typeof x === 'object' && x !== null && typeof (x as ClaimAssembler).assemble === 'function';
  if (isAssembler(exported)) return exported;
  if (typeof exported === 'function') {
    const made = (exported as () => unknown)();
    if (isAssembler(made)) return made;
  }
  return null;
}

export interface ClaimsiftSystem extends Peer {
  /** The full SPEC §2 result, for the claim slots. */
  run(text: string, refDate: string | null, id?: string): ClaimsiftResult;
  readonly hasClaims: boolean;
}

export function claimsiftSystem(): ClaimsiftSystem {
  const claims = findClaimAssembler();
  const pipeline = core.createPipeline({ extractors: defaultExtractors(), claims });
  const run = (text: string, refDate: string | null, id?: string) => pipeline.run(text, { id: id ?? 'doc', publishedAt: refDate });
  return {
    name: 'claimsift',
    types: ['quantity', 'agency', 'quote', 'daterange'],
    hasClaims: claims !== null,
    run,
    extract: (text, refDate) => [...run(text, refDate).mentions],
  };
}

/** The pipeline the CLI runs, built from extractor names. Shared by the main thread and workers. */
import { assembleClaims, createPipeline } from '@claimsift/core';
import type { Pipeline } from '@claimsift/core';
import { agencies, dateRanges, quantities, quotes } from '@claimsift/extractors';
import type { Extractor } from '@claimsift/core';

const FACTORIES: Readonly<Record<string, () => Extractor>> = {
  agencies,
  dateranges: dateRanges,
  quantities,
  quotes,
};

const ALIASES: Readonly<Record<string, string>> = {
  agency: 'agencies',
  quantity: 'quantities',
  quote: 'quotes',
  daterange: 'dateranges',
  'date-ranges': 'dateranges',
  dates: 'dateranges',
};

/** Pipeline order: agencies before quotes (organisation speakers), dates before quantities. */
export const EXTRACTOR_NAMES: readonly string[] = ['agencies', 'dateranges', 'quantities', 'quotes'];

export interface PipelineConfig {
  readonly extractors: readonly string[];
  readonly claims: boolean;
  readonly maxLength?: number;
}

export function resolveExtractorNames(list: string | undefined): string[] {
  if (!list) return [...EXTRACTOR_NAMES];
  const wanted = new Set<string>();
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase();
    if (!name) continue;
    const canonical = ALIASES[name] ?? name;
    if (!(canonical in FACTORIES)) throw new Error(`unknown extractor '${raw.trim()}' (known: ${EXTRACTOR_NAMES.join(', ')})`);
    wanted.add(canonical);
  }
  return EXTRACTOR_NAMES.filter((n) => wanted.has(n));
}

export function buildPipeline(config: PipelineConfig): Pipeline {
  const withClaims = config.claims && config.extractors.includes('quantities');
  return createPipeline({
    extractors: config.extractors.map((name) => (FACTORIES[name] as () => Extractor)()),
    claims: withClaims ? assembleClaims() : null,
    ...(config.maxLength !== undefined ? { maxLength: config.maxLength } : {}),
  });
}

import { defineExtractor } from '@claimsift/core';
import type { Extractor } from '@claimsift/core';

export interface QuotesOptions {
  readonly [option: string]: unknown;
}

export function quotes(options: QuotesOptions = {}): Extractor {
  void options;
  return defineExtractor({ name: 'quotes', type: 'quote', extract: () => [] });
}

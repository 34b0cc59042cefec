import { defineExtractor } from '@claimsift/core';
import type { Extractor } from '@claimsift/core';

export interface QuantitiesOptions {
  readonly [option: string]: unknown;
}

export function quantities(options: QuantitiesOptions = {}): Extractor {
  void options;
  return defineExtractor({ name: 'quantities', type: 'quantity', extract: () => [] });
}

import { defineExtractor } from '@claimsift/core';
import type { Extractor } from '@claimsift/core';

export interface AgenciesOptions {
  readonly [option: string]: unknown;
}

export function agencies(options: AgenciesOptions = {}): Extractor {
  void options;
  return defineExtractor({ name: 'agencies', type: 'agency', extract: () => [] });
}

import { defineExtractor } from '@claimsift/core';
import type { Extractor } from '@claimsift/core';

export interface DateRangesOptions {
  readonly [option: string]: unknown;
}

export function dateRanges(options: DateRangesOptions = {}): Extractor {
  void options;
  return defineExtractor({ name: 'dateranges', type: 'daterange', extract: () => [] });
}

import type { Extractor } from '@claimsift/core';
import { agencies } from './agencies/index.js';
import { dateRanges } from './dateranges/index.js';
import { quantities } from './quantities/index.js';
import { quotes } from './quotes/index.js';

/** The four built-in extractors in dependency order (quotes read agencies for speakers' organisations). */
export function defaultExtractors(): Extractor[] {
  return [agencies(), dateRanges(), quantities(), quotes()];
}

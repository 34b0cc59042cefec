export { quantities } from './quantities/index.js';
export type { QuantitiesOptions } from './quantities/index.js';
export { agencies } from './agencies/index.js';
export type { AgenciesOptions } from './agencies/index.js';
export { quotes } from './quotes/index.js';
export type { QuotesOptions } from './quotes/index.js';
export { dateRanges } from './dateranges/index.js';
export type { DateRangesOptions } from './dateranges/index.js';
export { defaultExtractors } from './preset.js';

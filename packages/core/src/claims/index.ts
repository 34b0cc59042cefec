export { assembleClaims } from './assemble.js';
export type { AssembleOptions, ClaimSite, SlotRules } from './assemble.js';
export { compareClaims } from './compare.js';
export type { Comparison, ComparisonGroup, ComparisonMember, CompareOptions } from './compare.js';
export { formatComparisonTable } from './table.js';
export { ACTIONS } from './lexicon.js';
export type { ActionClass, ActionEntry } from './lexicon.js';
export type { DocContext, MentionTypes } from './context.js';
export type { ClaimAssembler, ClaimDraft } from './types.js';

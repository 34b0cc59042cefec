/**
 * Typed errors. Every error claimsift throws on bad input is a `ClaimsiftError` with a
 * stable `code`, so callers can branch on it without parsing messages.
 */
export type ClaimsiftErrorCode =
  | 'E_INPUT_TYPE'
  | 'E_INPUT_TOO_LARGE'
  | 'E_PUBLISHED_AT'
  | 'E_OPTIONS'
  | 'E_PIPELINE_ORDER'
  | 'E_EXTRACTOR'
  | 'E_SPAN';

export class ClaimsiftError extends Error {
  readonly code: ClaimsiftErrorCode;
  constructor(code: ClaimsiftErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaimsiftError';
    this.code = code;
  }
}

export class InputTypeError extends ClaimsiftError {
  constructor(message: string) {
    super('E_INPUT_TYPE', message);
    this.name = 'InputTypeError';
  }
}

export class InputTooLargeError extends ClaimsiftError {
  readonly size: number;
  readonly limit: number;
  constructor(size: number, limit: number) {
    super('E_INPUT_TOO_LARGE', `text has ${size} UTF-16 code units, more than the limit of ${limit} (option maxLength)`);
    this.name = 'InputTooLargeError';
    this.size = size;
    this.limit = limit;
  }
}

export class PublishedAtError extends ClaimsiftError {
  constructor(value: unknown) {
    super('E_PUBLISHED_AT', `publishedAt must be a calendar date such as 2023-05-26 (or an ISO date-time), got ${describe(value)}`);
    this.name = 'PublishedAtError';
  }
}

export class OptionsError extends ClaimsiftError {
  constructor(message: string) {
    super('E_OPTIONS', message);
    this.name = 'OptionsError';
  }
}

export class PipelineOrderError extends ClaimsiftError {
  constructor(message: string) {
    super('E_PIPELINE_ORDER', message);
    this.name = 'PipelineOrderError';
  }
}

export class ExtractorError extends ClaimsiftError {
  readonly extractor: string;
  constructor(extractor: string, message: string, cause?: unknown) {
    super('E_EXTRACTOR', `extractor "${extractor}": ${message}`, { cause });
    this.name = 'ExtractorError';
    this.extractor = extractor;
  }
}

export class SpanError extends ClaimsiftError {
  constructor(message: string) {
    super('E_SPAN', message);
    this.name = 'SpanError';
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

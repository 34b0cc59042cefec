/** The JSON Schema (draft-07) of one document's result (SPEC §2), shipped with the package. */
import schema from './result.schema.json' with { type: 'json' };

export const resultSchema: Readonly<Record<string, unknown>> = schema;

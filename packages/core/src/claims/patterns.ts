/** Every regular expression of the claim stage, for the ReDoS check. */
import { PARTICIPLE_ENDING, VERB_FORM } from './action.js';
import { BY_BEFORE, BY_NAME, FIRST_PERSON } from './actor.js';
import { CONTINUATION } from './assemble.js';
import { ACTOR_PREFIX } from './compare.js';
import { RANGE_WORDS } from './period.js';
import { REFERENCE_PATTERNS } from './references.js';
import { LOCAL_POLICE } from './source.js';

export const CLAIM_PATTERNS: readonly RegExp[] = [PARTICIPLE_ENDING, VERB_FORM, BY_BEFORE, BY_NAME, FIRST_PERSON, CONTINUATION, ACTOR_PREFIX, RANGE_WORDS, LOCAL_POLICE, ...REFERENCE_PATTERNS];

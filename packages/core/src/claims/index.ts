export { assembleClaims } from './assemble.js';

export { renderHtml } from './render.js';
export type { RenderOptions, ReportComparison, ReportDocument } from './render.js';
export { escapeHtml } from './escape.js';

/**
 * renderHtml: one self-contained HTML page (no network, no external assets) showing each
 * article's raw text with boilerplate greyed and labelled, mentions highlighted by type
 * (colour plus a letter tag and a line style, so not by colour alone), their fields on
 * click, the claims beside the text, and for several articles the cross-document table.
 * Article text is untrusted: everything is escaped, and data reaches the script as JSON.
 */
import type { ClaimsiftResult } from '../result.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { segmentText } from './segments.js';
import type { Marked } from './segments.js';
import { REPORT_CSS, REPORT_SCRIPT } from './style.js';

/** A document to show: its result and the raw text the offsets point into. */
export interface ReportDocument {
  readonly text: string;
  readonly result: ClaimsiftResult;
}

/** Cross-document groups (as `compareClaims` returns them). */
export interface ReportComparison {
  readonly groups: readonly {
    readonly status: string;
    readonly key?: Readonly<Record<string, unknown>>;
    readonly why?: string;
    /** A member names its figure by `text`/`value`, or by `quantity` (a mention id in that document), or both. */
    readonly members: readonly {
      readonly doc: string;
      readonly quantity?: string;
      readonly text?: string;
      readonly value?: number | null;
      readonly approx?: string;
    }[];
    readonly spread?: { readonly min: number | null; readonly max: number | null } | null;
  }[];
}

export interface RenderOptions {
  readonly title?: string;
  readonly comparison?: ReportComparison | null;
}

const TYPE_TAGS: Readonly<Record<string, string>> = { quantity: 'Q', agency: 'A', daterange: 'D', quote: '“' };
const LEGEND: readonly [string, string][] = [
  ['quantity', 'quantity: number with what it counts (solid underline)'],
  ['agency', 'agency: named organisation (dashed underline)'],
  ['daterange', 'date range: time expression resolved to a period (double underline)'],
  ['quote', 'quote: direct speech (italic, dotted underline)'],
];

const typeClass = (type: string) => (Object.hasOwn(TYPE_TAGS, type) ? `t-${type}` : 't-other');
/** The letter shown before a mention: a fixed one per built-in type, else the custom type's initial. */
const tagOf = (type: string) => (Object.hasOwn(TYPE_TAGS, type) ? (TYPE_TAGS[type] as string) : (Array.from(type)[0] ?? '?').toUpperCase());

/** Numbers go into attributes as digits only, whatever a hand-made result holds. */
const num = (n: unknown): string => (typeof n === 'number' && Number.isFinite(n) ? String(n) : '');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A period as written, with its resolved dates when known: `April (2024-04-01 – 2024-04-30)`. */
function periodLabel(period: Readonly<Record<string, unknown>>): string {
  const from = typeof period['startDate'] === 'string' ? period['startDate'] : null;
  const to = typeof period['endDate'] === 'string' ? period['endDate'] : null;
  const dates = from || to ? ` (${from ?? '…'} – ${to ?? '…'})` : '';
  return `${String(period['text'] ?? '')}${dates}`;
}

/** 1400000 → "1,400,000": figures in the table are read by people. */
const formatNumber = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));

/** The anchor of a mention's first piece, by position so that any id makes a valid fragment. */
const mentionAnchor = (doc: number, mention: number) => `doc-${doc}-mention-${mention}`;

/** The whole text as one content block, for results that carry no blocks. */
const wholeText = (length: number): ClaimsiftResult['blocks'] => [{ start: 0, end: length, kind: 'content', reason: null, lang: null }];

/** One line of a mention's fields for the hover title: `value 25000 · unit individual · speaker.name Wang Qiang`. */
function fieldSummary(mention: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  // Offsets (a speaker's start/end too) are for machines; the panel on click still has everything else.
  const add = (key: string, name: string, value: unknown) => {
    if (value === null || value === undefined || name === 'start' || name === 'end') return;
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${key}.${k}`, k, v);
    else parts.push(`${key} ${String(value)}`);
  };
  for (const [key, value] of Object.entries(mention)) if (key !== 'id' && key !== 'type' && key !== 'text') add(key, key, value);
  return parts.join(' · ');
}

/** Custom extractors' types share one style; the legend names them, each tagged by its initial. */
function customTypesLegend(documents: readonly ReportDocument[]): string[] {
  const custom = [...new Set(documents.flatMap((d) => d.result.mentions.map((m) => String(m.type))))].filter((t) => !Object.hasOwn(TYPE_TAGS, t)).sort();
  if (custom.length === 0) return [];
  const names = custom.map((t) => `${t} (${tagOf(t)})`).join(', ');
  return [`<li><span class="m t-other"><sup class="tag">${escapeHtml(tagOf(custom[0] as string))}</sup>sample</span> ${escapeHtml(`other types: ${names} (dotted underline)`)}</li>`];
}

/** Renders documents given as `{text, result}`, or as results carrying their `text`. */
export function renderHtml(input: readonly (ReportDocument | (ClaimsiftResult & { readonly text: string }))[], options: RenderOptions = {}): string {
  const documents: ReportDocument[] = input.map((d) => ('result' in d ? d : { text: d.text, result: d }));
  const anchors = new Map(documents.map((d, i) => [d.result.id, i]));
  const title = options.title ?? 'claimsift report';
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${plural(documents.length, 'article')}. Click a highlighted mention to see its fields; click a claim to see it in the text. Greyed, striped blocks were set aside as boilerplate.</p>`,
    '<ul class="legend" aria-label="legend">',
    ...LEGEND.map(([type, label]) => `<li><span class="m t-${type}"><sup class="tag">${TYPE_TAGS[type]}</sup>sample</span> ${escapeHtml(label)}</li>`),
    ...customTypesLegend(documents),
    '<li><span class="block boilerplate"><span class="reason">reason</span>boilerplate</span></li>',
    '</ul>',
    ...(documents.length > 1 ? [renderContents(documents)] : []),
    '</header>',
  ];
  if (options.comparison && documents.length > 1) parts.push(renderComparison(options.comparison, documents, anchors));
  documents.forEach((d, i) => parts.push(renderDocument(d, i)));
  parts.push(`<script>${REPORT_SCRIPT}</script></body></html>\n`);
  return parts.join('\n');
}

function renderDocument({ text, result }: ReportDocument, index: number): string {
  const mentions: Marked[] = result.mentions.map((m) => ({ id: String(m.id), type: String(m.type), start: m.start, end: m.end }));
  const titles = new Map(result.mentions.map((m) => [String(m.id), fieldSummary(m)]));
  const positions = new Map(result.mentions.map((m, k) => [String(m.id), k]));
  const resultBlocks = result.blocks.length > 0 ? result.blocks : wholeText(text.length);
  const segments = segmentText(
    text.length,
    resultBlocks,
    mentions,
    result.claims.flatMap((c) => [c.start, c.end]),
  );
  const started = new Set<string>();
  const blockHtml: string[][] = resultBlocks.map(() => []);
  for (const seg of segments) {
    const out = blockHtml[seg.block];
    if (!out) continue;
    const chunk = escapeHtml(text.slice(seg.start, seg.end));
    if (seg.mentions.length === 0) {
      out.push(`<span class="seg" data-start="${num(seg.start)}" data-end="${num(seg.end)}">${chunk}</span>`);
      continue;
    }
    const fresh = seg.mentions.filter((m) => !started.has(m.id));
    for (const m of fresh) started.add(m.id);
    const tags = fresh.map((m) => `<sup class="tag" id="${mentionAnchor(index, positions.get(m.id) ?? 0)}" aria-hidden="true">${escapeHtml(tagOf(m.type))}</sup>`).join('');
    const classes = [...new Set(seg.mentions.map((m) => typeClass(m.type)))].join(' ');
    const label = seg.mentions.map((m) => `${m.type} ${m.id}${titles.get(m.id) ? `: ${titles.get(m.id)}` : ''}`).join('\n');
    const focus = fresh.length > 0 ? ' tabindex="0" role="button"' : '';
    out.push(
      `${tags}<span class="seg m ${classes}" data-ids="${seg.mentions.map((m) => escapeHtml(m.id)).join(' ')}" data-start="${num(seg.start)}" data-end="${num(seg.end)}" title="${escapeHtml(label)}"${focus}>${chunk}</span>`,
    );
  }
  const blocks = resultBlocks
    .map((b, i) => {
      const label = b.kind === 'boilerplate' && b.reason ? `<span class="reason" title="set aside as boilerplate">${escapeHtml(b.reason)}</span>` : '';
      return `<div class="block ${b.kind === 'boilerplate' ? 'boilerplate' : 'content'}" data-start="${num(b.start)}" data-end="${num(b.end)}">${label}${(blockHtml[i] as string[]).join('')}</div>`;
    })
    .join('');
  const byId = Object.fromEntries(result.mentions.map((m) => [m.id, m]));
  const claims = result.claims
    .map((c) => {
      const q = byId[c.quantity];
      const actor = c.actor ? (byId[c.actor] as { name?: string } | undefined)?.name ?? c.actor : null;
      const period = c.period ? byId[c.period] : undefined;
      const periodText = period ? periodLabel(period) : null;
      const bits = [q ? `“${q.text}”` : c.quantity, c.action, actor, periodText, c.source.speaker ? `said ${c.source.speaker}` : null].filter(Boolean) as string[];
      return `<li><button type="button" data-claim="${escapeHtml(c.id)}" data-quantity="${escapeHtml(c.quantity)}" data-start="${num(c.start)}" data-end="${num(c.end)}"><span class="claim-id">${escapeHtml(c.id)}</span> ${escapeHtml(bits.join(' · '))} <small>(confidence ${num(c.confidence) ? c.confidence.toFixed(2) : '?'})</small></button></li>`;
    })
    .join('');
  const data = { mentions: byId, claims: result.claims };
  return [
    `<article class="doc" id="doc-${index}" data-doc="${escapeHtml(String(result.id))}">`,
    `<h2>${escapeHtml(String(result.id))}</h2>`,
    `<p class="meta">language ${escapeHtml(result.lang ?? 'unknown')} · published ${escapeHtml(result.publishedAt ?? 'unknown')} · ${plural(result.mentions.length, 'mention')} · ${plural(result.claims.length, 'claim')}</p>`,
    '<div class="layout">',
    `<div class="text">${blocks}</div>`,
    `<aside><div class="details" aria-live="polite">Select a mention to see its fields.</div><h3>Claims</h3>${claims ? `<ol class="claims">${claims}</ol>` : '<p>No claims.</p>'}</aside>`,
    '</div>',
    `<script type="application/json" class="doc-data">${jsonForScript(data)}</script>`,
    '</article>',
  ].join('');
}

/** With several articles, a list of them at the top, so each is one click away. */
function renderContents(documents: readonly ReportDocument[]): string {
  const items = documents.map(
    ({ result }, i) => `<li><a href="#doc-${i}">${escapeHtml(String(result.id))}</a> · ${plural(result.mentions.length, 'mention')} · ${plural(result.claims.length, 'claim')}</li>`,
  );
  return `<nav aria-label="articles"><ol class="contents">${items.join('')}</ol></nav>`;
}

function renderComparison(comparison: ReportComparison, documents: readonly ReportDocument[], anchors: ReadonlyMap<string, number>): string {
  const rows = comparison.groups.map((g) => {
    const key = g.key ? Object.values(g.key).filter((v) => v !== null && v !== undefined).join(' · ') : '';
    const members = g.members
      .map((m) => {
        const at = anchors.get(m.doc);
        // A member given by mention id shows that mention's text and value.
        const position = at === undefined || !m.quantity ? -1 : (documents[at]?.result.mentions.findIndex((x) => x.id === m.quantity) ?? -1);
        const mention = at === undefined ? undefined : documents[at]?.result.mentions[position];
        const text = m.text ?? mention?.text ?? m.quantity ?? '';
        const value = m.value ?? (mention?.value as number | null | undefined);
        // The link goes to the mention itself when it is known (the script then shows its fields), else to the article.
        const doc =
          at === undefined
            ? escapeHtml(m.doc)
            : mention
              ? `<a href="#${mentionAnchor(at, position)}" data-doc-index="${at}" data-mention="${escapeHtml(String(mention.id))}">${escapeHtml(m.doc)}</a>`
              : `<a href="#doc-${at}">${escapeHtml(m.doc)}</a>`;
        return `${doc}: ${escapeHtml(text)}${typeof value === 'number' ? ` (${escapeHtml(formatNumber(value))})` : ''}`;
      })
      .join('<br>');
    const { min, max } = g.spread ?? { min: null, max: null };
    const spread = typeof min !== 'number' ? '' : typeof max !== 'number' || max === min ? formatNumber(min) : `${formatNumber(min)} – ${formatNumber(max)}`;
    return `<tr${g.status === 'conflict' ? ' class="conflict"' : ''}><td class="status-${escapeHtml(g.status)}">${escapeHtml(g.status)}</td><td>${escapeHtml(key)}</td><td>${members}</td><td>${escapeHtml(spread)}</td><td>${escapeHtml(g.why ?? '')}</td></tr>`;
  });
  return [
    '<section class="comparison"><h2>Across articles</h2>',
    rows.length === 0
      ? '<p>No figure is stated by more than one article.</p>'
      : `<table><thead><tr><th>status</th><th>actor · action · unit</th><th>figures</th><th>spread</th><th>why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('');
}

import { describe, expect, it } from 'vitest';
import { renderHtml } from '@claimsift/core';
import type { ReportComparison, ReportDocument } from '@claimsift/core';
import { REPORT_CSS, REPORT_SCRIPT } from '../../src/report/style.js';
import { articleTexts, embeddedData, highlighted, markedSegments, scanPage, visibleText } from './html.js';
import { makeDocument, withClaim } from './fixtures.js';

const ARTICLE = [
  'Police Arrest Thousands\n',
  'BEIJING – The Ministry of Public Security (MPS) said on Monday it had arrested more than 25,000 people.\n',
  '“We have investigated 623 cases in total,” said Wang Qiang, director.\n',
  'Advertisement\n',
  'Share this article\n',
].join('');

function article(): ReportDocument {
  const doc = makeDocument('001_police', ARTICLE, {
    blocks: [
      { through: 'Thousands\n', kind: 'content' },
      { through: 'people.\n', kind: 'content' },
      { through: 'director.\n', kind: 'content' },
      { through: 'Advertisement\n', kind: 'boilerplate', reason: 'advertisement' },
      { through: '', kind: 'boilerplate', reason: 'share-bar' },
    ],
    mentions: [
      { type: 'agency', find: 'Ministry of Public Security', fields: { name: 'Ministry of Public Security', acronym: 'MPS', category: 'government', parent: null, country: 'CHN' } },
      { type: 'daterange', find: 'Monday', fields: { startDate: '2024-08-26', endDate: '2024-08-26', granularity: 'day', relative: true, anchor: '2024-08-27' } },
      { type: 'quantity', find: 'more than 25,000 people', fields: { value: 25000, low: null, high: null, approx: 'over', unit: 'person', kind: 'count' } },
      {
        type: 'quote',
        find: 'We have investigated 623 cases in total,',
        fields: { speaker: { text: 'Wang Qiang', start: ARTICLE.indexOf('Wang Qiang'), end: ARTICLE.indexOf('Wang Qiang') + 10, name: 'Wang Qiang', title: 'director', organization: null }, cue: 'said', marked: true },
      },
      { type: 'quantity', find: '623 cases', fields: { value: 623, low: null, high: null, approx: 'exact', unit: 'case', kind: 'count' } },
    ],
  });
  return withClaim(doc, 'The Ministry of Public Security (MPS) said on Monday it had arrested more than 25,000 people.', 'm3', { actor: 'm1', period: 'm2' });
}

const SECOND = 'Xinhua reported that 25,000 people were arrested and 3,000 accounts closed.\n';

function second(): ReportDocument {
  return makeDocument('002_xinhua', SECOND, {
    mentions: [
      { type: 'agency', find: 'Xinhua', fields: { name: 'Xinhua News Agency', acronym: null, category: 'media', parent: null, country: null } },
      { type: 'quantity', find: '25,000 people', fields: { value: 25000, low: null, high: null, approx: 'exact', unit: 'person', kind: 'count' } },
      { type: 'quantity', find: '3,000 accounts', fields: { value: 3000, low: null, high: null, approx: 'exact', unit: 'account', kind: 'count' } },
    ],
  });
}

/** Every check that holds for any report: markup only from the renderer, text shown exactly once, data intact. */
function expectSafeAndFaithful(html: string, documents: readonly ReportDocument[]) {
  const page = scanPage(html);
  expect(page.problems).toEqual([]);
  const scripts = page.rawText.filter((r) => r.name === 'script');
  // One JSON island per article and the renderer's own script: nothing else can run.
  expect(scripts).toHaveLength(documents.length + 1);
  const executable = scripts.filter((s) => s.attributes.get('type') !== 'application/json');
  expect(executable.map((s) => s.content)).toEqual([REPORT_SCRIPT]);
  expect(page.tags.filter((t) => !t.closing && t.name === 'script')).toHaveLength(documents.length + 1);
  expect(page.rawText.filter((r) => r.name === 'style').map((s) => s.content)).toEqual([REPORT_CSS]);
  const texts = articleTexts(html);
  expect(texts).toHaveLength(documents.length);
  const data = embeddedData(html);
  documents.forEach((d, i) => {
    expect(visibleText(texts[i] as string)).toBe(d.text);
    expect(Object.values(data[i]?.mentions ?? {})).toEqual(d.result.mentions);
    expect(data[i]?.claims).toEqual(d.result.claims);
  });
}

describe('renderHtml: page structure', () => {
  const docs = [article(), second()];
  const html = renderHtml(docs, { title: 'Crackdown figures' });

  it('is one self-contained page: doctype, charset, a no-network CSP, no external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
    expect(html).toContain('<title>Crackdown figures</title>');
    const page = scanPage(html);
    expect(page.problems).toEqual([]);
    for (const tag of page.tags) {
      expect(tag.attributes.has('src')).toBe(false);
      if (tag.attributes.has('href')) expect(tag.attributes.get('href')).toMatch(/^#doc-\d+(-mention-\d+)?$/);
    }
    expect(REPORT_CSS).not.toMatch(/url\(|@import/);
    expect(REPORT_SCRIPT).not.toMatch(/fetch|XMLHttpRequest|import\(|innerHTML|eval|new Function/);
  });

  it('renders one article per document, in order, with its text shown exactly as given', () => {
    expect([...html.matchAll(/<article class="doc" id="doc-(\d+)" data-doc="([^"]*)">/g)].map((m) => [m[1], m[2]])).toEqual([
      ['0', '001_police'],
      ['1', '002_xinhua'],
    ]);
    expectSafeAndFaithful(html, docs);
  });

  it('lists the articles at the top, each linked to its section, and renders an empty list without failing', () => {
    const contents = html.match(/<ol class="contents">(.*?)<\/ol>/)?.[1] ?? '';
    expect([...contents.matchAll(/<li><a href="#doc-(\d+)">([^<]*)<\/a> · ([^<]*)<\/li>/g)].map((m) => [m[1], m[2], m[3]])).toEqual([
      ['0', '001_police', '5 mentions · 1 claim'],
      ['1', '002_xinhua', '3 mentions · 0 claims'],
    ]);
    expect(renderHtml([article()])).not.toContain('class="contents"');
    const empty = renderHtml([]);
    expect(scanPage(empty).problems).toEqual([]);
    expect(empty).toContain('0 articles');
  });

  it('explains the types with words and a tag, not by colour alone', () => {
    const legend = html.slice(html.indexOf('<ul class="legend"'), html.indexOf('</ul>'));
    for (const [type, tag] of [
      ['quantity', 'Q'],
      ['agency', 'A'],
      ['daterange', 'D'],
      ['quote', '“'],
    ] as const) {
      expect(legend).toContain(`<span class="m t-${type}"><sup class="tag">${tag}</sup>`);
    }
    expect(legend).toMatch(/quantity: [a-z]/);
    expect(legend).toMatch(/agency: [a-z]/);
    expect(legend).toMatch(/date range: [a-z]/);
    expect(legend).toMatch(/quote: [a-z]/);
    expect(legend).toContain('boilerplate');
    // Each type also differs in line style, which survives greyscale printing and colour blindness.
    const cue = (type: string) => (REPORT_CSS.match(new RegExp(`\\.t-${type} \\{([^}]*)\\}`))?.[1] ?? '').match(/solid|dashed|double|dotted/)?.[0];
    const cues = ['quantity', 'agency', 'daterange', 'quote'].map(cue);
    expect(cues.every(Boolean)).toBe(true);
    expect(new Set(cues).size).toBe(4);
  });

  it('labels each boilerplate block with its reason and greys it; content blocks carry no label', () => {
    const text = articleTexts(html)[0] as string;
    const blocks = [...text.matchAll(/<div class="block (content|boilerplate)" data-start="(\d+)" data-end="(\d+)">(<span class="reason"[^>]*>([^<]*)<\/span>)?/g)];
    const { result } = docs[0] as ReportDocument;
    expect(blocks.map((b) => [b[1], Number(b[2]), Number(b[3]), b[5] ?? null])).toEqual(result.blocks.map((b) => [b.kind, b.start, b.end, b.reason]));
    expect(blocks.map((b) => b[5]).filter(Boolean)).toEqual(['advertisement', 'share-bar']);
    expect(REPORT_CSS).toMatch(/\.block\.boilerplate \{[^}]*color:/);
  });

  it('highlights every mention at its offsets, with its type class, one tag and one focus stop', () => {
    docs.forEach((d, i) => {
      const text = articleTexts(html)[i] as string;
      for (const m of d.result.mentions) {
        expect(highlighted(text, m.id)).toEqual({ text: m.text, start: m.start, end: m.end });
        for (const seg of markedSegments(text).filter((s) => s.ids.includes(m.id))) expect(seg.classes).toContain(`t-${m.type}`);
      }
      expect(text.match(/<sup class="tag"/g)).toHaveLength(d.result.mentions.length);
      expect(text.match(/tabindex="0"/g)).toHaveLength(d.result.mentions.length);
    });
  });

  it('puts a nested mention inside its outer one: the pieces of the quote around "623 cases" carry both', () => {
    const text = articleTexts(html)[0] as string;
    const inner = markedSegments(text).filter((s) => s.ids.includes('m5'));
    expect(inner.map((s) => s.ids)).toEqual([['m4', 'm5']]);
    expect(inner[0]?.classes).toEqual(expect.arrayContaining(['t-quote', 't-quantity']));
    expect(highlighted(text, 'm4').text).toBe('We have investigated 623 cases in total,');
  });

  it('shows the fields of each mention on hover (title) and keeps them for the click panel', () => {
    const text = articleTexts(html)[0] as string;
    const title = (id: string) => markedSegments(text).find((s) => s.ids[0] === id)?.title ?? '';
    expect(title('m3')).toContain('value 25000');
    expect(title('m3')).toContain('unit person');
    expect(title('m1')).toContain('name Ministry of Public Security');
    expect(title('m2')).toContain('startDate 2024-08-26');
    expect(title('m4')).toContain('speaker.name Wang Qiang');
    expect(title('m4')).not.toContain('speaker.start');
  });

  it('lists the claims beside the text, linked to their quantity and span, the span cut into whole segments', () => {
    const { result, text } = docs[0] as ReportDocument;
    const claim = result.claims[0];
    if (!claim) throw new Error('fixture has a claim');
    const button = html.match(/<button type="button" data-claim="c1" data-quantity="(m\d+)" data-start="(\d+)" data-end="(\d+)"><span class="claim-id">c1<\/span>([^<]*)/);
    expect(button?.slice(1, 4)).toEqual([claim.quantity, String(claim.start), String(claim.end)]);
    expect(button?.[4]).toContain('more than 25,000 people');
    expect(button?.[4]).toContain('Ministry of Public Security');
    expect(button?.[4]).toContain('Monday (2024-08-26 – 2024-08-26)');
    const inside = [...(articleTexts(html)[0] as string).matchAll(/<span class="seg[^"]*"(?: data-ids="[^"]*")? data-start="(\d+)" data-end="(\d+)"/g)]
      .map((m) => [Number(m[1]), Number(m[2])] as const)
      .filter(([s, e]) => s >= claim.start && e <= claim.end);
    expect(inside.map(([s, e]) => text.slice(s, e)).join('')).toBe(claim.text);
    expect(html).toContain('<p>No claims.</p>'); // the second article has none
  });

  it('is deterministic and takes results that carry their text as well as {text, result}', () => {
    const again = renderHtml([article(), second()], { title: 'Crackdown figures' });
    expect(again).toBe(html);
    const flat = renderHtml(
      docs.map((d) => ({ ...d.result, text: d.text })),
      { title: 'Crackdown figures' },
    );
    expect(flat).toBe(html);
  });

  it('does not change its input', () => {
    const input = [article(), second()];
    const before = structuredClone(input);
    renderHtml(input, { comparison: { groups: [{ status: 'agree', members: [{ doc: '001_police', quantity: 'm3' }] }] } });
    expect(input).toEqual(before);
  });

  it('shows the text of a result that has no blocks as one content block', () => {
    const bare = makeDocument('bare', 'Just 12 words here.', { mentions: [{ type: 'quantity', find: '12 words' }] });
    const doc = { text: bare.text, result: { ...bare.result, blocks: [] } };
    const out = renderHtml([doc]);
    expect(visibleText(articleTexts(out)[0] as string)).toBe(bare.text);
    expect(highlighted(articleTexts(out)[0] as string, 'm1').text).toBe('12 words');
  });
});

describe('renderHtml: comparison table', () => {
  const comparison: ReportComparison = {
    groups: [
      {
        status: 'agree',
        key: { actor: 'Ministry of Public Security', action: 'arrest', unit: 'person' },
        members: [
          { doc: '001_police', quantity: 'm3' },
          { doc: '002_xinhua', text: '25,000 people', value: 25000 },
        ],
        spread: { min: 25000, max: 25000 },
        why: 'same figure, same actor',
      },
      {
        status: 'conflict',
        key: { actor: null, action: 'close', unit: 'account' },
        members: [
          { doc: '002_xinhua', quantity: 'm3' },
          { doc: 'not-in-report', text: '4,000 accounts', value: 4000 },
        ],
        spread: { min: 3000, max: 4000 },
        why: 'different figures <b>for</b> the same period',
      },
    ],
  };

  it('renders one row per group: status in words, key, members linked to their article, spread and why', () => {
    const html = renderHtml([article(), second()], { comparison });
    expectSafeAndFaithful(html, [article(), second()]);
    const table = html.slice(html.indexOf('<section class="comparison">'), html.indexOf('</section>'));
    expect(table).toContain('<th>status</th>');
    const rows = [...table.matchAll(/<tr(?: class="conflict")?><td class="status-(\w+)">(\w+)<\/td><td>([^<]*)<\/td><td>(.*?)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)];
    expect(rows.map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ['agree', 'agree', 'Ministry of Public Security · arrest · person', '25,000'],
      ['conflict', 'conflict', 'close · account', '3,000 – 4,000'],
    ]);
    // A member given by mention id shows that mention's text and value and links to the mention;
    // one given by text links to its article; one from an article not in the report is not linked.
    expect(rows[0]?.[4]).toBe(
      '<a href="#doc-0-mention-2" data-doc-index="0" data-mention="m3">001_police</a>: more than 25,000 people (25,000)<br><a href="#doc-1">002_xinhua</a>: 25,000 people (25,000)',
    );
    expect(rows[1]?.[4]).toBe('<a href="#doc-1-mention-2" data-doc-index="1" data-mention="m3">002_xinhua</a>: 3,000 accounts (3,000)<br>not-in-report: 4,000 accounts (4,000)');
    const tags = scanPage(html).tags;
    const ids = new Set(tags.map((t) => t.attributes.get('id')).filter(Boolean));
    for (const t of tags.filter((t) => t.attributes.has('href'))) expect(ids.has(t.attributes.get('href')?.slice(1))).toBe(true);
    // The mention anchor is the tag right before the mention's first piece.
    expect(articleTexts(html)[1]).toMatch(/<sup class="tag" id="doc-1-mention-2" aria-hidden="true">Q<\/sup><span class="seg m t-quantity" data-ids="m3"/);
    expect(rows[1]?.[6]).toBe('different figures &lt;b&gt;for&lt;/b&gt; the same period');
    expect(table).toContain('<tr class="conflict"><td class="status-conflict">');
    // The table comes before the articles, so it is seen first.
    expect(html.indexOf('<section class="comparison">')).toBeLessThan(html.indexOf('<article'));
  });

  it('says so when no figure is shared, and leaves the table out for a single article or no comparison', () => {
    expect(renderHtml([article(), second()], { comparison: { groups: [] } })).toContain('No figure is stated by more than one article.');
    expect(renderHtml([article()], { comparison })).not.toContain('class="comparison"');
    expect(renderHtml([article(), second()])).not.toContain('class="comparison"');
    expect(renderHtml([article(), second()], { comparison: null })).not.toContain('class="comparison"');
  });
});

describe('renderHtml: hostile input', () => {
  const HOSTILE = [
    'Breaking <script>alert("text")</script> news\n',
    '</span></div></article><b>bold</b> "onmouseover="alert(1)" x=\'y\' &amp; &lt; &#x3C;\n',
    '<img src=x onerror=alert(2)> officials said 5,000 <script>accounts</script> were closed.\n',
    '<!-- comment --> ]]> </script><script>alert(3)</script> <style>body{display:none}</style>\n',
  ].join('');

  function hostile(): ReportDocument {
    const doc = makeDocument('</h2><script>alert(10)</script>', HOSTILE, {
      blocks: [
        { through: 'news\n', kind: 'content' },
        { through: '&#x3C;\n', kind: 'content' },
        { through: 'closed.\n', kind: 'content' },
        { through: '', kind: 'boilerplate', reason: '<script>alert(9)</script>" onclick="x' },
      ],
      mentions: [
        { type: 'quantity', find: '5,000 <script>accounts</script>', fields: { value: 5000, unit: '</script><script>alert(4)</script>', approx: '"><img src=x onerror=alert(5)>' } },
        { type: 'agency', id: 'm2"/onmouseover=alert(6)//<b>', find: '"onmouseover="alert(1)"', fields: { name: "</span><script>alert('n')</script>", acronym: '</SCRIPT >' } },
        { type: '<script>alert(7)</script>', find: '<img src=x onerror=alert(2)>', fields: { note: '<!--' } },
        { type: 'x" onclick="alert(8)', find: '</span></div></article>' },
        { type: 'quote', find: '<script>alert("text")</script>', fields: { speaker: { text: '<b>', start: 0, end: 3, name: '</script>', title: '"><svg onload=alert(11)>', organization: null }, cue: "'", marked: true } },
        { type: 'constructor', find: '</script><script>alert(3)</script>' },
      ],
    });
    return withClaim(doc, '<img src=x onerror=alert(2)> officials said 5,000 <script>accounts</script> were closed.', 'm1', {
      id: 'c1"><script>alert(12)</script>',
      action: '<script>alert(13)</script>',
      source: { quote: null, speaker: '"><b onmouseover=alert(14)>', attributedTo: null },
    });
  }

  const docs = [hostile(), second()];
  const comparison: ReportComparison = {
    groups: [
      {
        status: 'conflict" onmouseover="alert(15)',
        key: { actor: '<script>alert(16)</script>' },
        members: [{ doc: '</h2><script>alert(10)</script>', quantity: 'm1' }, { doc: '"><svg>', text: '</td></tr></table><script>alert(17)</script>' }],
        spread: null,
        why: '</script><script>alert(18)</script>',
      },
    ],
  };
  const html = renderHtml(docs, { title: '</title><script>alert(19)</script>', comparison });

  it('writes no markup from the text, the fields, the ids, the type names, the reasons or the comparison', () => {
    expectSafeAndFaithful(html, docs);
    expect(html).not.toMatch(/<(img|svg|b|style>body)[\s>]/i);
    const handlers = scanPage(html).tags.flatMap((t) => [...t.attributes.keys()].filter((a) => a.startsWith('on')));
    expect(handlers).toEqual([]);
  });

  it('still highlights the hostile mentions at their offsets and files unknown types under "other"', () => {
    const text = articleTexts(html)[0] as string;
    for (const m of docs[0]?.result.mentions ?? []) {
      expect(highlighted(text, m.id)).toEqual({ text: m.text, start: m.start, end: m.end });
      const classes = markedSegments(text).find((s) => s.ids.includes(m.id))?.classes ?? [];
      expect(classes).toContain(['quantity', 'agency', 'quote'].includes(m.type) ? `t-${m.type}` : 't-other');
    }
    expect(text).toMatch(/<sup class="tag" id="doc-0-mention-2" aria-hidden="true">&lt;<\/sup>/);
    expect(text).toMatch(/<sup class="tag" id="doc-0-mention-5" aria-hidden="true">C<\/sup>/);
    // The legend names the custom types (escaped), each with its tag letter.
    const legend = html.slice(html.indexOf('<ul class="legend"'), html.indexOf('</ul>'));
    expect(legend).toContain('other types: &lt;script&gt;alert(7)&lt;/script&gt; (&lt;), constructor (C), x&quot; onclick=&quot;alert(8) (X)');
    expect(renderHtml([article()])).not.toContain('other types');
  });

  it('keeps `</script>` inside the embedded data from closing the data element', () => {
    const island = scanPage(html).rawText.find((r) => r.attributes.get('type') === 'application/json');
    expect(island?.content.toLowerCase()).not.toContain('</script');
    expect(island?.content).not.toContain('<!--');
    expect(embeddedData(html)[0]?.mentions['m1']?.['unit']).toBe('</script><script>alert(4)</script>');
  });

  it('survives random strings made of markup pieces in every position', () => {
    const pieces = ['<', '>', '"', "'", '&', '</script>', '<script>', '</span>', '<!--', ' ', 'a', 'onmouseover=', '\n', '\u2028', '😀', '&amp;'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const junk = (n: number) => Array.from({ length: n }, () => pieces[next() % pieces.length]).join('');
    for (let run = 0; run < 40; run++) {
      const text = `${junk(8)}X${junk(6)}\n${junk(10)}Y${junk(5)}`;
      const doc = makeDocument(junk(4), text, {
        blocks: [
          { through: '\n', kind: 'boilerplate', reason: junk(3) },
          { through: '', kind: 'content' },
        ],
        mentions: [
          { type: junk(2), id: `m1:${junk(3).replace(/\s/g, '')}`, find: 'X', fields: { value: junk(3), speaker: { name: junk(3) } } },
          { type: 'quote', id: `m2:${junk(3).replace(/\s/g, '')}`, find: text.slice(text.indexOf('Y') - 2, text.indexOf('Y') + 1) },
        ],
      });
      const out = renderHtml([doc, second()], { title: junk(5), comparison: { groups: [{ status: junk(2), members: [{ doc: junk(2), text: junk(3) }], why: junk(4) }] } });
      expectSafeAndFaithful(out, [doc, second()]);
      for (const m of doc.result.mentions) expect(highlighted(articleTexts(out)[0] as string, m.id).text).toBe(m.text);
    }
  });
});

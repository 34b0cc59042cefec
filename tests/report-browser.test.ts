/**
 * The visual report in a real browser: headless Chromium (Debian's `chromium`, or the one
 * CLAIMSIFT_CHROMIUM names) opens the page the built CLI writes for the corpus and checks
 * that every mention is highlighted at its offsets, that clicking a mention shows its fields,
 * that clicking a claim marks its span, and that nothing in a hostile article runs. It saves a
 * screenshot to the OS temp dir. Skipped, with the reason printed, only where no browser or
 * no playwright-core (a dependency of benchmarks/) can be found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '@claimsift/core';
import type { ClaimsiftResult, ReportDocument } from '@claimsift/core';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const corpus = join(root, 'corpus');

/** The few playwright-core calls this test makes. */
interface Page {
  goto(url: string): Promise<unknown>;
  setDefaultTimeout(ms: number): void;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  on(event: 'pageerror' | 'request' | 'dialog', listener: (arg: { message?: string; url?: () => string; dismiss?: () => Promise<void> }) => void): void;
}
interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Chromium {
  launchPersistentContext(userDataDir: string, options: Record<string, unknown>): Promise<BrowserContext>;
}

const BROWSER_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function findChromium(): string | null {
  const candidates = [process.env['CLAIMSIFT_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p)) ?? null;
}

function loadChromium(): Chromium | null {
  // playwright-core is a dependency of benchmarks/, so resolve it from there.
  for (const from of [join(root, 'benchmarks/package.json'), join(root, 'package.json')]) {
    try {
      return (createRequire(from)('playwright-core') as { chromium: Chromium }).chromium;
    } catch {
      // try the next place
    }
  }
  return null;
}

const executablePath = findChromium();
const chromium = loadChromium();
const skipReason = !chromium
  ? 'playwright-core cannot be resolved (it is a dependency of benchmarks/; run pnpm install)'
  : !executablePath
    ? 'no Chromium found at /usr/bin/chromium (run scripts/setup-browser.sh, or set CLAIMSIFT_CHROMIUM to a Chromium binary)'
    : null;
if (skipReason) console.warn(`[report-browser] skipped: ${skipReason}`);

function claimsift(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What the page shows for one mention id: the text of the elements carrying it, and their offsets. */
interface Highlight {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly styled: boolean;
}

/** Runs in the page: the highlights of the given ids in the article at `index`. */
function highlightsIn(arg: { index: number; ids: string[] }): Record<string, Highlight> {
  const article = document.querySelectorAll('article.doc')[arg.index] as HTMLElement;
  const out: Record<string, Highlight> = {};
  const marked = Array.from(article.querySelectorAll<HTMLElement>('[data-ids]'));
  for (const id of arg.ids) {
    const parts = marked.filter((e) => (e.dataset['ids'] ?? '').split(' ').includes(id));
    const first = parts[0];
    const style = first ? getComputedStyle(first) : null;
    const styled = !!style && (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.borderBottomStyle !== 'none' || style.textDecorationLine.includes('underline'));
    out[id] = {
      text: parts.map((e) => e.textContent ?? '').join(''),
      start: first ? Number(first.dataset['start']) : -1,
      end: parts.length > 0 ? Number(parts[parts.length - 1]?.dataset['end']) : -1,
      styled,
    };
  }
  return out;
}

/** Runs in the page: the article's text as shown, without type tags and boilerplate labels. */
function shownText(index: number): string {
  const copy = (document.querySelectorAll('article.doc .text')[index] as HTMLElement).cloneNode(true) as HTMLElement;
  copy.querySelectorAll('sup.tag, .reason').forEach((e) => e.remove());
  return copy.textContent ?? '';
}

/** Runs in the page: the details panel of an article: its headings (one per mention shown) and [field, shown value] pairs. */
function detailsOf(index: number): { heading: string; headings: string[]; rows: [string, string][] } {
  const panel = document.querySelectorAll('article.doc .details')[index] as HTMLElement;
  const dts = Array.from(panel.querySelectorAll('dt'));
  const headings = Array.from(panel.querySelectorAll('h4')).map((h) => h.textContent ?? '');
  return { heading: headings[0] ?? '', headings, rows: dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']) };
}

/** A mention no other mention covers, so that clicking it shows its fields alone. */
const standsAlone = (m: { id: string; start: number; end: number }, all: readonly { id: string; start: number; end: number }[]) =>
  !all.some((o) => o.id !== m.id && o.start <= m.start && o.end >= m.end);

/** Runs in the page: the text of the segments marked as inside the selected claim. */
function claimMarked(index: number): string {
  const article = document.querySelectorAll('article.doc')[index] as HTMLElement;
  return Array.from(article.querySelectorAll('.in-claim'))
    .map((e) => e.textContent ?? '')
    .join('');
}

/** The rows the details panel should show for a mention: every field but offsets, nested ones as `a.b`. */
function expectedRows(mention: Readonly<Record<string, unknown>>): [string, string][] {
  const shown = (v: unknown) => (v === null ? '—' : String(v));
  const rows: [string, string][] = [];
  for (const [key, value] of Object.entries(mention)) {
    if (key === 'start' || key === 'end') continue;
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'start' && k !== 'end') rows.push([`${key}.${k}`, shown(v)]);
    } else rows.push([key, shown(value)]);
  }
  return rows;
}

const cssId = (id: string) => id.replace(/["\\]/g, '\\$&');

describe.skipIf(skipReason !== null)('claimsift report in headless Chromium', () => {
  let work = '';
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  let results: ClaimsiftResult[] = [];

  beforeAll(async () => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run pnpm build first`);
    work = mkdtempSync(join(tmpdir(), 'claimsift-report-'));
    const extract = claimsift(['extract', '--workers', '1', '--format', 'json', 'corpus/']);
    expect(extract.code, extract.stderr).toBe(0);
    results = JSON.parse(extract.stdout) as ClaimsiftResult[];
    const report = claimsift(['report', 'corpus/', '-o', join(work, 'report.html')]);
    expect(report.code, report.stderr).toBe(0);
    context = await (chromium as Chromium).launchPersistentContext(join(work, 'profile'), {
      executablePath,
      headless: true,
      args: BROWSER_ARGS,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => pageErrors.push(e.message ?? String(e)));
    page.on('request', (r) => requests.push(r.url?.() ?? ''));
    page.on('dialog', (d) => {
      dialogs.push(d.message ?? '');
      void d.dismiss?.();
    });
  });

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows each corpus article with every mention highlighted at its offsets', async () => {
    await page.goto(pathToFileURL(join(work, 'report.html')).href);
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('article.doc')).map((a) => a.dataset['doc'] ?? ''), null);
    expect(ids).toEqual(results.map((r) => r.id));
    let mentions = 0;
    for (const [index, result] of results.entries()) {
      const raw = readFileSync(join(corpus, `${result.id}.txt`), 'utf8');
      expect(await page.evaluate(shownText, index)).toBe(raw);
      const shown = await page.evaluate(highlightsIn, { index, ids: result.mentions.map((m) => m.id) });
      for (const m of result.mentions) {
        expect(shown[m.id], `${result.id} ${m.id}`).toEqual({ text: m.text, start: m.start, end: m.end, styled: true });
        mentions++;
      }
      const labels = await page.evaluate(
        (i) => Array.from(document.querySelectorAll('article.doc')[i]?.querySelectorAll('.block.boilerplate') ?? []).map((b) => b.querySelector('.reason')?.textContent ?? ''),
        index,
      );
      expect(labels).toEqual(result.blocks.filter((b) => b.kind === 'boilerplate').map((b) => b.reason ?? ''));
    }
    console.log(`[report-browser] ${results.length} articles, ${mentions} mentions checked`);
    expect(pageErrors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('shows a mention’s fields when it is clicked or chosen with the keyboard, and saves a screenshot', async () => {
    const alone = (r: ClaimsiftResult) => r.mentions.find((m) => m.type === 'quantity' && standsAlone(m, r.mentions));
    const index = results.findIndex((r) => alone(r) !== undefined);
    const result = results[index];
    const mention = result && alone(result);
    if (!result || !mention) throw new Error('the corpus report has no quantity mention to click');
    await page.click(`#doc-${index} [data-ids~="${cssId(mention.id)}"]`);
    const details = await page.evaluate(detailsOf, index);
    expect(details.heading).toBe(`${mention.type} ${mention.id}`);
    expect(details.rows).toEqual(expectedRows(mention));
    expect(details.rows.find(([k]) => k === 'value')?.[1]).toBe(String(mention['value'] ?? '—'));
    const selected = await page.evaluate((i) => Array.from(document.querySelectorAll(`#doc-${i} .m.selected`)).map((e) => e.textContent).join(''), index);
    expect(selected).toBe(mention.text);
    const shot = join(tmpdir(), 'claimsift-report.png');
    await page.screenshot({ path: shot });
    console.log(`[report-browser] screenshot: ${shot}`);
    expect(existsSync(shot)).toBe(true);

    const other = result.mentions.find((m) => m.id !== mention.id);
    if (other) {
      await page.focus(`#doc-${index} [data-ids~="${cssId(other.id)}"][tabindex="0"]`);
      await page.keyboard.press('Enter');
      expect((await page.evaluate(detailsOf, index)).headings).toContain(`${other.type} ${other.id}`);
    }
  });

  it('marks a claim’s span when the claim is clicked (corpus claims, if any)', async () => {
    const index = results.findIndex((r) => r.claims.length > 0);
    const claim = results[index]?.claims[0];
    if (!claim) {
      console.log('[report-browser] the corpus results have no claims yet; the synthetic page below checks claim clicks');
      return;
    }
    await page.click(`#doc-${index} button[data-claim="${cssId(claim.id)}"]`);
    expect(await page.evaluate(claimMarked, index)).toBe(claim.text);
    expect((await page.evaluate(detailsOf, index)).headings.some((h) => h.endsWith(` ${claim.quantity}`))).toBe(true);
  });

  it('runs nothing from a hostile article, shows its fields as text, and marks its claim', async () => {
    const text = [
      'Officials <script>alert("s")</script> said <img src=x onerror="alert(\'i\')"> 5,000 <b onmouseover="alert(\'b\')">accounts</b> were shut.\n',
      '</span></div>"onmouseover="alert(1)" </script><script>alert(2)</script>\n',
    ].join('');
    const at = (s: string) => text.indexOf(s);
    const figure = '5,000 <b onmouseover="alert(\'b\')">accounts</b>';
    const sentence = text.slice(0, at('\n'));
    const result: ClaimsiftResult = {
      id: '<script>alert("id")</script>',
      lang: 'eng',
      publishedAt: null,
      blocks: [
        { start: 0, end: at('\n') + 1, kind: 'content', reason: null, lang: 'eng' },
        { start: at('\n') + 1, end: text.length, kind: 'boilerplate', reason: '<img src=x onerror="alert(\'r\')">', lang: null },
      ],
      mentions: [
        { id: 'm1', type: 'quantity', start: at(figure), end: at(figure) + figure.length, text: figure, value: 5000, unit: '</script><script>alert("u")</script>' },
        { id: 'm2', type: '<svg onload=alert(3)>', start: at('<script>'), end: at('</script>') + 9, text: text.slice(at('<script>'), at('</script>') + 9) },
      ],
      claims: [
        {
          id: 'c1',
          start: 0,
          end: sentence.length,
          text: sentence,
          quantity: 'm1',
          actor: null,
          action: '<script>alert("a")</script>',
          period: null,
          source: { quote: null, speaker: null, attributedTo: null },
          confidence: 0.5,
        },
      ],
    };
    const plain = 'Another outlet said 5,000 accounts were shut.\n';
    const other: ClaimsiftResult = {
      id: 'other',
      lang: 'eng',
      publishedAt: null,
      blocks: [{ start: 0, end: plain.length, kind: 'content', reason: null, lang: 'eng' }],
      mentions: [{ id: 'm1', type: 'quantity', start: 20, end: 34, text: plain.slice(20, 34), value: 5000, unit: 'account' }],
      claims: [],
    };
    const documents: ReportDocument[] = [
      { text, result },
      { text: plain, result: other },
    ];
    const comparison = { groups: [{ status: 'agree', members: [{ doc: result.id, quantity: 'm1' }, { doc: 'other', quantity: 'm1' }], why: '<script>alert("w")</script>' }] };
    const file = join(work, 'hostile.html');
    writeFileSync(file, renderHtml(documents, { title: '</title><script>alert("t")</script>', comparison }));
    const before = pageErrors.length;
    await page.goto(pathToFileURL(file).href);
    // Before any click: nothing from the article ran or became markup.
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script').length, null)).toBe(3);
    expect(await page.evaluate(() => document.querySelectorAll('img, svg, b').length, null)).toBe(0);
    await page.click('#doc-0 [data-ids~="m1"]');
    await page.click('#doc-0 [data-ids~="m2"]');
    await page.click('#doc-0 button[data-claim="c1"]');
    // A figure in the comparison table leads to its mention and shows its fields.
    await page.click('section.comparison a[data-mention][data-doc-index="1"]');
    expect((await page.evaluate(detailsOf, 1)).rows).toContainEqual(['text', '5,000 accounts']);
    expect(await page.evaluate(() => location.hash, null)).toBe('#doc-1-mention-0');
    expect(dialogs).toEqual([]);
    expect(pageErrors.slice(before)).toEqual([]);
    expect(await page.evaluate(shownText, 0)).toBe(text);
    const shown = await page.evaluate(highlightsIn, { index: 0, ids: ['m1', 'm2'] });
    expect(shown['m1']?.text).toBe(figure);
    expect(shown['m2']?.text).toBe(result.mentions[1]?.text);
    expect(await page.evaluate(claimMarked, 0)).toBe(sentence);
    expect(await page.evaluate(() => document.querySelectorAll('#doc-0 button[data-claim].active').length, null)).toBe(1);
    const details = await page.evaluate(detailsOf, 0);
    expect(details.rows).toContainEqual(['unit', '</script><script>alert("u")</script>']);
    expect(await page.evaluate(() => document.title, null)).toBe('</title><script>alert("t")</script>');
  });
});

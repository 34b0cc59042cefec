/**
 * Accessible contrast: every text colour the stylesheet sets is checked against the
 * backgrounds it sits on, with the WCAG 2 formula; body text needs 4.5:1.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../src/report/style.js';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const expand = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

/** The colours a rule declares, with `var(--x)` resolved from :root. */
function colours(selector: string): string[] {
  const vars = new Map([...REPORT_CSS.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\b/g)].map((m) => [m[1] as string, expand(m[2] as string)]));
  const start = REPORT_CSS.indexOf(`\n${selector} {`);
  if (start === -1) throw new Error(`no rule ${selector}`);
  const body = REPORT_CSS.slice(start, REPORT_CSS.indexOf('}', start));
  return [...body.matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|var\(--([\w-]+)\)/g)].map((m) => (m[1] ? (vars.get(m[1]) ?? '') : expand(m[0])));
}

const firstColour = (selector: string, property: string) => {
  const start = REPORT_CSS.indexOf(`\n${selector} {`);
  const body = REPORT_CSS.slice(start, REPORT_CSS.indexOf('}', start));
  const value = body.match(new RegExp(`(?:^|[;{ ])${property}:\\s*([^;]+)`))?.[1] ?? '';
  const hex = value.match(/#[0-9a-fA-F]{3,6}\b/)?.[0];
  if (hex) return expand(hex);
  const name = value.match(/var\(--([\w-]+)\)/)?.[1];
  return expand(REPORT_CSS.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})`))?.[1] ?? '');
};

describe('report stylesheet contrast (WCAG AA, 4.5:1)', () => {
  const text = firstColour('body', 'color');

  it('keeps article text readable on every mention highlight and on a marked claim', () => {
    for (const type of ['quantity', 'agency', 'daterange', 'other']) {
      const background = firstColour(`.t-${type}`, 'background');
      expect(contrast(text, background), `.t-${type}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(text, firstColour('.seg.in-claim:not(.m)', 'background-color'))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps greyed boilerplate and its reason label readable', () => {
    const [grey, ...stripes] = colours('.block.boilerplate');
    expect(stripes.length).toBeGreaterThanOrEqual(2);
    for (const stripe of stripes.slice(0, 2)) expect(contrast(grey as string, stripe), stripe).toBeGreaterThanOrEqual(4.5);
    expect(contrast(firstColour('.reason', 'color'), firstColour('.reason', 'background'))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps muted text, links, tags and statuses readable on their backgrounds', () => {
    const page = firstColour('body', 'background');
    const panel = firstColour('aside', 'background');
    const muted = firstColour('.meta', 'color');
    expect(contrast(muted, page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(muted, panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(firstColour('.claim-id', 'color'), panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(firstColour('.tag', 'color'), page)).toBeGreaterThanOrEqual(4.5);
    const conflictRow = firstColour('tr.conflict', 'background');
    expect(contrast(firstColour('.status-conflict', 'color'), conflictRow)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(text, conflictRow)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast the WCAG way (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

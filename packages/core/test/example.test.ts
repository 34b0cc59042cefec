import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const example = fileURLToPath(new URL('../../../examples/custom-extractor/hashtags.mjs', import.meta.url));

describe('the custom-extractor example (a separate package using only public exports)', () => {
  it('runs as pasted and prints exact hashtag spans', () => {
    const out = execFileSync(process.execPath, [example], { encoding: 'utf8' });
    const input = 'Police closed 3,000 accounts. #Rumours #Weibo';
    const hashtags = out
      .split('\n')
      .filter((line) => line.includes(' hashtag '))
      .map((line) => {
        const m = /\[(\d+), (\d+)\) ("[^"]*")/.exec(line);
        expect(m).not.toBeNull();
        const [, start, end, text] = m as unknown as [string, string, string, string];
        expect(input.slice(Number(start), Number(end))).toBe(JSON.parse(text));
        return JSON.parse(text) as string;
      });
    expect(hashtags).toEqual(['#Rumours', '#Weibo']);
  });
});

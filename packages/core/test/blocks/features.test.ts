import { describe, expect, it } from 'vitest';
import { cutLines } from '@claimsift/core';
import { lineFeatures } from '../../src/blocks/features.js';
import { Script } from '../../src/blocks/scripts.js';
import { STOP_LANGS } from '../../src/blocks/stopwords.js';

const features = (line: string) => {
  const [span] = cutLines(line);
  if (!span) throw new Error('no line');
  return lineFeatures(line, span);
};
const stopsIn = (line: string, lang: string) => features(line).stops[STOP_LANGS.indexOf(lang)] ?? -1;

describe('line signals', () => {
  it('counts tokens, words, capitals and upper-case letters', () => {
    const f = features('The Ministry of Public Security said 3,397 people');
    expect(f.tokens).toBe(8);
    expect(f.words).toBe(9); // "3,397" is two digit runs
    expect(f.capitalised).toBe(4);
    expect(f.upper).toBe(4);
    expect(f.digits).toBe(4);
  });

  it('tells sentence punctuation at the end, also behind closing quotes and brackets', () => {
    expect(features('He said it was over.').endsSentence).toBe(true);
    expect(features('“We got her!”').endsSentence).toBe(true);
    expect(features('(CCTV reporter Chen Yu.)').endsSentence).toBe(true);
    expect(features('这是一个句子。').endsSentence).toBe(true);
    expect(features('Beijing police warn against scams').endsSentence).toBe(false);
    expect(features('Here are the highlights:').endsColon).toBe(true);
    expect(features('He said his mama will not sleep…').endsEllipsis).toBe(true);
    expect(features('And the nomination could go to...').endsEllipsis).toBe(true);
    expect(features('It was over.').endsEllipsis).toBe(false);
  });

  it('counts stop words per language', () => {
    expect(stopsIn('the cat and the dog are in the house', 'eng')).toBe(6);
    expect(stopsIn('der Hund und die Katze sind nicht im Haus', 'deu')).toBe(6);
    expect(stopsIn('le chien et le chat sont dans la maison', 'fra')).toBe(6);
    expect(stopsIn('собака и кошка не в доме', 'rus')).toBe(3);
    expect(stopsIn('o cão e o gato estão na casa', 'por')).toBe(5);
  });

  it('finds list markers', () => {
    expect(features(' * Home').listItem).toBe(true);
    expect(features('1) Lego Star Wars').listItem).toBe(true);
    expect(features('12. Point').listItem).toBe(true);
    expect(features('2019 was a year').listItem).toBe(false);
    expect(features('-5 degrees').listItem).toBe(false);
  });

  it('measures URLs', () => {
    const f = features('【source】https://www.ithome.com/0/791/419.htm');
    expect(f.urlChars).toBe('https://www.ithome.com/0/791/419.htm'.length);
    expect(features('no link here').urlChars).toBe(0);
  });

  it('counts scripts and weighs unspaced ones', () => {
    const menu = features('한어Русский языкEnglishFrançais日本語Ελληνικά');
    expect(menu.scriptCount).toBeGreaterThanOrEqual(5);
    const ja = features('東京で会議が開かれた。');
    expect(ja.script === Script.Han || ja.script === Script.Kana).toBe(true);
    expect(ja.weightedLength).toBeGreaterThan(2 * ja.length);
    expect(features('plain English words').scriptCount).toBe(1);
  });
});

describe('URL characters', () => {
  it('count a web address in any letter case', () => {
    for (const line of ['www.example.com/news', 'WWW.EXAMPLE.COM/NEWS', 'Www.Example.com/news']) expect(features(line).urlChars).toBe(line.length);
  });
});

import fc from 'fast-check';
import { franc } from 'franc';
import { expressions } from 'franc/expressions.js';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_LANGS } from '../../src/blocks/lang.js';
import { MAX_SCRIPTS, trigramDetector } from '../../src/blocks/trigrams.js';

const candidates = trigramDetector(CANDIDATE_LANGS);
const everyLanguage = trigramDetector([]);

const samples = [
  'The city council said on Monday that 300 households had been connected to the new network.',
  'Segundo a prefeitura, 12 famílias foram atendidas pelo programa na última semana.',
  'Как сообщили в пресс-службе министерства, было проверено 40 предприятий.',
  'Die Bilder wurden von der Stadt zur Verfügung gestellt und sind nicht frei.',
  '国务院新闻办公室今天举行新闻发布会，介绍了今年前三季度的经济运行情况。',
  '政府は今日、新しい経済対策を発表しました。カタカナとひらがなも混ざります。',
  '서울시는 오늘 새로운 교통 정책을 발표했다고 밝혔습니다 그리고 시민들은',
  'وقال المتحدث باسم الوزارة إن الحكومة ستعلن عن خطة جديدة الأسبوع المقبل',
  'सरकार ने आज नई आर्थिक नीति की घोषणा की और कहा कि यह अगले साल से लागू होगी',
  'Ελληνικά κείμενα για τη δοκιμή της ανίχνευσης γλώσσας σε αυτό το σημείο',
  'Emoji 😀😀😀 and astral 𠀀𠀁𠀂 Han, 𝐀𝐁𝐂 maths, lone \ud800 and \udc00 surrogates',
  '1234567890 !!! ??? ... --- 2024-08-28 12:00',
  'İstanbul’da yaşayan İNSANLAR bugün sokaklara çıktı ve hükümeti protesto etti',
  'Dans la ville, les habitants ont dit que le nouveau réseau était prêt depuis lundi.',
  '',
  'short',
];

describe('trigramDetector', () => {
  it('has a mask bit for every franc script', () => {
    expect(Object.keys(expressions).length).toBeLessThanOrEqual(MAX_SCRIPTS);
  });

  it('matches no script expression on a lone surrogate', () => {
    for (let c = 0xd800; c <= 0xdfff; c++) {
      for (const re of Object.values(expressions)) expect(new RegExp(re.source).test(String.fromCharCode(c))).toBe(false);
    }
  });

  it('gives franc’s answer on samples of many scripts', () => {
    for (const s of samples) {
      for (const minLength of [10, 24, 40]) {
        expect(candidates(s, minLength)).toBe(franc(s, { minLength, only: [...CANDIDATE_LANGS] }));
        expect(everyLanguage(s, minLength)).toBe(franc(s, { minLength }));
      }
    }
  });

  it('gives franc’s answer on any text', () => {
    const pieces = [...samples.flatMap((s) => s.split(' ')), ' ', '\n', '\u00a0', '😀', '\ud83c\ude00', 'İ', 'ß', '.', '、'];
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(candidates(s, 10)).toBe(franc(s, { minLength: 10, only: [...CANDIDATE_LANGS] }));
        expect(everyLanguage(s, 10)).toBe(franc(s, { minLength: 10 }));
      }),
      { numRuns: 300 },
    );
  });
});

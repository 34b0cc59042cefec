import { describe, expect, it } from 'vitest';
import { createPipeline, defineExtractor } from '@claimsift/core';
import type { Mention } from '@claimsift/core';
import { quantities } from '@claimsift/extractors';
import { assembleClaims } from '../../src/claims/index.js';
import { agency, build, daterange, quantity } from './helpers.js';
import type { Spec } from './helpers.js';

const assembler = assembleClaims();

/** Assembles and returns the claim of the quantity whose text is `figure`, with mention lookups. */
function claimFor(text: string, specs: readonly Spec[], figure: string, init: { publishedAt?: string | null } = {}) {
  const { doc, mentions, byText } = build(text, specs, init);
  const claims = assembler.assemble(doc, mentions);
  const q = byText(figure);
  const claim = claims.find((c) => c.quantity === q.id);
  if (!claim) throw new Error(`no claim for ${figure}`);
  const get = (id: string | null): Mention | undefined => mentions.find((m) => m.id === id);
  return { claim, get, byText, claims, text };
}

describe('action slot', () => {
  it('takes the active verb governing the figure', () => {
    const { claim } = claimFor('The Ministry of Public Security arrested 3,397 individuals in 2024.', [
      agency('Ministry of Public Security'),
      quantity('3,397 individuals', 3397, 'individual'),
      daterange('2024', '2024-01-01', '2024-12-31'),
    ], '3,397 individuals');
    expect(claim.action).toBe('arrest');
  });

  it('handles passive voice, with auxiliaries and fillers', () => {
    const text = 'As many as 67,000 social media accounts had been closed. Of those, around 8,000 are reported to have been removed for spreading rumours.';
    const specs = [quantity('As many as 67,000 social media accounts', 67000, 'account', 'at-most'), quantity('around 8,000', 8000, null, 'about')];
    expect(claimFor(text, specs, 'As many as 67,000 social media accounts').claim.action).toBe('close');
    expect(claimFor(text, specs, 'around 8,000').claim.action).toBe('remove');
  });

  it('reads nominalisations through "of" and participles inside the figure', () => {
    const text = 'The CAC reported the arrest of over 25,000 individuals and the closure of over 160,000 illegal accounts. Of the 67,000 deactivated accounts, most were fake.';
    const specs = [
      agency('CAC'),
      quantity('over 25,000 individuals', 25000, 'individual', 'over'),
      quantity('over 160,000 illegal accounts', 160000, 'account', 'over'),
      quantity('67,000 deactivated accounts', 67000, 'account'),
    ];
    expect(claimFor(text, specs, 'over 25,000 individuals').claim.action).toBe('arrest');
    expect(claimFor(text, specs, 'over 160,000 illegal accounts').claim.action).toBe('close');
    expect(claimFor(text, specs, '67,000 deactivated accounts').claim.action).toBe('deactivate');
  });

  it('takes the most decisive of coordinated verbs, and phrasal verbs', () => {
    const text = 'Organs investigated and punished more than 25,000 netizens, and shut down 116 accounts. Officers investigated and dealt with 1,036 platforms.';
    const specs = [
      quantity('more than 25,000 netizens', 25000, 'netizen', 'over'),
      quantity('116 accounts', 116, 'account'),
      quantity('1,036 platforms', 1036, 'platform'),
    ];
    expect(claimFor(text, specs, 'more than 25,000 netizens').claim.action).toBe('punish');
    expect(claimFor(text, specs, '116 accounts').claim.action).toBe('shut down');
    expect(claimFor(text, specs, '1,036 platforms').claim.action).toBe('investigate');
  });

  it('has no action when the figure is the subject of another verb, and inherits it for "another"', () => {
    const text = 'About 25,000 accounts were found to be posing as hospitals, while another 13,000 were posing as military accounts. Some 500 users were posing as doctors.';
    const specs = [quantity('About 25,000 accounts', 25000, 'account', 'about'), quantity('13,000', 13000, null), quantity('500 users', 500, 'user')];
    expect(claimFor(text, specs, 'About 25,000 accounts').claim.action).toBe('find');
    expect(claimFor(text, specs, '13,000').claim.action).toBe('find');
    expect(claimFor(text, specs, '500 users').claim.action).toBeNull();
  });

  it('does not reach past the verb that governs the figure', () => {
    const text = 'Officials banned firecrackers, arresting 210 people and distributing 300 leaflets, and rounded up 40 suspects.';
    const specs = [quantity('210 people', 210, 'person'), quantity('300 leaflets', 300, 'leaflet'), quantity('40 suspects', 40, 'suspect')];
    expect(claimFor(text, specs, '210 people').claim.action).toBe('arrest');
    expect(claimFor(text, specs, '300 leaflets').claim.action).toBeNull();
    expect(claimFor(text, specs, '40 suspects').claim.action).toBeNull();
  });

  it('reads a reduced relative and a light verb with an act noun', () => {
    const text = 'Police said 258 people had been targeted, and 460 illegal accounts shut down for violations. A total of 930 other accounts received lighter sentences.';
    const specs = [quantity('258 people', 258, 'person'), quantity('460 illegal accounts', 460, 'account'), quantity('930 other accounts', 930, 'account')];
    expect(claimFor(text, specs, '258 people').claim.action).toBe('target');
    expect(claimFor(text, specs, '460 illegal accounts').claim.action).toBe('shut down');
    expect(claimFor(text, specs, '930 other accounts').claim.action).toBe('punish');
  });
});

describe('actor slot', () => {
  const ministryText = [
    'Ministry Cracks Down, Arrests 500 Suspects This Year',
    'The Ministry of Public Security (MPS) held a press conference with the Supreme Court.',
    'The ministry has investigated 1,036 platforms. Public security organs across the country closed 2,000 accounts.',
    'Regulators elsewhere removed 300 posts.',
  ].join('\n');
  const ministrySpecs = [
    quantity('500 Suspects', 500, 'suspect'),
    daterange('This Year', '2024-01-01', '2024-12-31'),
    agency('Ministry of Public Security', 'Ministry of Public Security', { acronym: 'MPS' }),
    agency('Supreme Court', 'Supreme Court', { category: 'judiciary' }),
    quantity('1,036 platforms', 1036, 'platform'),
    quantity('2,000 accounts', 2000, 'account'),
    quantity('300 posts', 300, 'post'),
  ];

  it('resolves a generic reference to the agency it stands for', () => {
    const { claim, get } = claimFor(ministryText, ministrySpecs, '1,036 platforms');
    expect(get(claim.actor)?.name).toBe('Ministry of Public Security');
    const organs = claimFor(ministryText, ministrySpecs, '2,000 accounts');
    expect(organs.get(organs.claim.actor)?.name).toBe('Ministry of Public Security');
  });

  it("falls back to the document's main agency, and leaves bare plurals unresolved", () => {
    const headline = claimFor(ministryText, ministrySpecs, '500 Suspects');
    expect(headline.get(headline.claim.actor)?.name).toBe('Ministry of Public Security');
    expect(headline.claim.action).toBe('arrest');
    expect(claimFor(ministryText, ministrySpecs, '300 posts').claim.actor).toBeNull();
  });

  it('resolves a bare plural the text describes in apposition', () => {
    const text = "China's internet regulator, the Cyberspace Administration of China, met on Friday. In a separate campaign, regulators closed 100,000 accounts.";
    const specs = [agency('Cyberspace Administration of China'), quantity('100,000 accounts', 100000, 'account')];
    const { claim, get } = claimFor(text, specs, '100,000 accounts');
    expect(get(claim.actor)?.name).toBe('Cyberspace Administration of China');
  });

  it('takes an agency in the clause over one elsewhere, and a following one only in a "by" phrase', () => {
    const text = 'The CAC said its campaign targeted 13,000 fake accounts named after the Red Army Command. 200 posts were deleted by the Shanghai Police.';
    const specs = [agency('CAC', 'Cyberspace Administration of China'), quantity('13,000 fake accounts', 13000, 'account'), agency('Red Army Command'), quantity('200 posts', 200, 'post'), agency('Shanghai Police')];
    const first = claimFor(text, specs, '13,000 fake accounts');
    expect(first.get(first.claim.actor)?.name).toBe('Cyberspace Administration of China');
    const second = claimFor(text, specs, '200 posts');
    expect(second.get(second.claim.actor)?.name).toBe('Shanghai Police');
  });
});

describe('source slot', () => {
  it('links a figure inside a quote to the quote, its speaker, and "we" to the speaker\'s parent agency', () => {
    const text = 'The Ministry of Public Security briefed reporters.\nWe have investigated 623 cases, said Wang Qiang, Director of the MPS Traffic Management Bureau.';
    const quoteText = 'We have investigated 623 cases';
    const specs: Spec[] = [
      agency('Ministry of Public Security'),
      { type: 'quote', text: quoteText, speaker: { text: 'Wang Qiang', start: 0, end: 0, name: 'Wang Qiang', title: 'Director', organization: 'MPS Traffic Management Bureau' }, cue: 'said', marked: false },
      quantity('623 cases', 623, 'case'),
      agency('MPS Traffic Management Bureau', 'MPS Traffic Management Bureau', { category: 'police', parent: 'Ministry of Public Security' }),
    ];
    const { claim, get, byText } = claimFor(text, specs, '623 cases');
    expect(claim.source).toEqual({ quote: byText(quoteText).id, speaker: 'Wang Qiang', attributedTo: null });
    expect(get(claim.actor)?.name).toBe('Ministry of Public Security');
    expect(claim.action).toBe('investigate');
  });

  it('reads "according to X", "X said" and "according to a statement" (the actor\'s own)', () => {
    const text = [
      'Nearly 8,000 of them were closed, according to CAC.',
      'The Shanghai police said 258 people had been targeted.',
      'According to a statement released on August 27th, the MPS has investigated over 22,000 cases.',
    ].join('\n');
    const specs = [
      quantity('Nearly 8,000', 8000, null, 'under'),
      agency('CAC', 'Cyberspace Administration of China'),
      agency('Shanghai police'),
      quantity('258 people', 258, 'person'),
      daterange('August 27th', '2024-08-27', '2024-08-27', 'day'),
      agency('MPS', 'Ministry of Public Security'),
      quantity('over 22,000 cases', 22000, 'case', 'over'),
    ];
    const first = claimFor(text, specs, 'Nearly 8,000');
    expect(first.claim.source).toEqual({ quote: null, speaker: 'Cyberspace Administration of China', attributedTo: first.byText('CAC').id });
    expect(first.get(first.claim.actor)?.name).toBe('Cyberspace Administration of China');
    expect(claimFor(text, specs, '258 people').claim.source.speaker).toBe('Shanghai police');
    const third = claimFor(text, specs, 'over 22,000 cases');
    expect(third.claim.source.speaker).toBe('Ministry of Public Security');
    expect(third.claim.period).toBeNull(); // the statement's day does not date the count
  });

  it('attributes the items of a list a paragraph introduces with a colon', () => {
    const text = [
      'The reporter learned at a press conference that the Ministry of Public Security has continued its special campaign against online rumours this year, and the campaign has achieved the following results:',
      'First, the fight against rumour mills was stepped up across the country, and 22,000 cases were investigated in accordance with the law.',
      'Second, the organisers behind paid posting networks were pursued, and 3,397 lawbreakers were arrested after joint operations.',
    ].join('\n');
    const specs = [agency('Ministry of Public Security'), quantity('22,000 cases', 22000, 'case'), quantity('3,397 lawbreakers', 3397, 'lawbreaker')];
    const { claim } = claimFor(text, specs, '3,397 lawbreakers');
    expect(claim.source.speaker).toBe('Ministry of Public Security');
    expect(claim.action).toBe('arrest');
  });

  it('names the police of a place that is no agency mention', () => {
    const text = 'Police in Sichuan province said they dealt with 57 individuals.\nIn Tibet, police said they had dealt with three individuals.';
    const specs = [quantity('57 individuals', 57, 'individual'), quantity('three individuals', 3, 'individual')];
    expect(claimFor(text, specs, '57 individuals').claim.source.speaker).toBe('Sichuan police');
    const tibet = claimFor(text, specs, 'three individuals').claim;
    expect(tibet.source.speaker).toBe('Tibet police');
    expect(tibet.actor).toBeNull();
    expect(tibet.action).toBe('deal with');
  });

  it('leaves the source empty without attribution', () => {
    const { claim } = claimFor('The ministry has published over 3,600 case studies.', [quantity('over 3,600 case studies', 3600, 'case study', 'over')], 'over 3,600 case studies');
    expect(claim.source).toEqual({ quote: null, speaker: null, attributedTo: null });
    expect(claim.action).toBe('publish');
  });
});

describe('rules that keep slots honest', () => {
  const text = [
    'The Cyberspace Administration of China said on Friday it had removed more than 1.4 million posts since March 10.',
    'More than 300 accounts were banned by Weibo in the past week.',
    "Police detained 58 people, the city's public security bureau said.",
    'According to Xinhua, the Cyberspace Administration of China has punished 1,200 website operators.',
    "The Supreme People's Court sentenced 12 people to prison, according to a statement on its website.",
  ].join('\n');
  const specs = [
    agency('Cyberspace Administration of China'),
    daterange('Friday', '2024-05-24', '2024-05-24', 'day'),
    quantity('more than 1.4 million posts', 1400000, 'post', 'over'),
    daterange('since March 10', '2024-03-10', '2024-05-28', 'open'),
    quantity('More than 300 accounts', 300, 'account', 'over'),
    daterange('the past week', '2024-05-21', '2024-05-28', 'week'),
    quantity('58 people', 58, 'person'),
    agency('Xinhua', 'Xinhua News Agency', { category: 'media' }),
    agency('Cyberspace Administration of China', 'Cyberspace Administration of China', { nth: 1 }),
    quantity('1,200 website operators', 1200, 'operator'),
    agency("Supreme People's Court", "Supreme People's Court", { category: 'judiciary' }),
    quantity('12 people', 12, 'person'),
  ];

  it('prefers a stretch of time to the day a statement was made', () => {
    const { claim, get } = claimFor(text, specs, 'more than 1.4 million posts');
    expect(get(claim.period)?.text).toBe('since March 10');
  });
  it('leaves the actor unknown for a passive agent that is no agency', () => {
    expect(claimFor(text, specs, 'More than 300 accounts').claim.actor).toBeNull();
  });
  it("does not take a city's public security bureau for the ministry", () => {
    expect(claimFor(text, specs, '58 people').claim.source.speaker).toBeNull();
  });
  it('credits a news agency as the source, never as the actor', () => {
    const { claim, get } = claimFor(text, specs, '1,200 website operators');
    expect(claim.source.speaker).toBe('Xinhua News Agency');
    expect(get(claim.actor)?.name).toBe('Cyberspace Administration of China');
  });
  it('attributes a trailing "according to a statement" to the actor', () => {
    const { claim } = claimFor(text, specs, '12 people');
    expect(claim.action).toBe('sentence');
    expect(claim.source.speaker).toBe("Supreme People's Court");
  });
  it('leaves a reference to a kind of body no agency name shares unresolved', () => {
    const other = claimFor('The Cyberspace Administration of China met on Monday.\nThe court sentenced 12 people to prison.', [agency('Cyberspace Administration of China'), quantity('12 people', 12, 'person')], '12 people');
    expect(other.claim.actor).toBeNull();
  });
});

describe('period slot', () => {
  const text = [
    'Regulator Removes Posts This Year',
    'In a statement on Friday, May 26, CAC said that from March 10 to May 22, as many as 67,000 accounts had been closed.',
    'Since 2021 the CAC has targeted many accounts. It also removed 1.4 million posts.',
    'On Friday, CAC said its campaign had targeted nearly 13,000 fake accounts.',
    'In a separate campaign, the CAC closed 100,000 accounts.',
  ].join('\n');
  const specs = [
    daterange('This Year', '2023-01-01', '2023-12-31'),
    daterange('Friday, May 26', '2023-05-26', '2023-05-26', 'day'),
    agency('CAC', 'Cyberspace Administration of China'),
    daterange('from March 10 to May 22', '2023-03-10', '2023-05-22', 'day'),
    quantity('as many as 67,000 accounts', 67000, 'account', 'at-most'),
    daterange('Since 2021', '2021-01-01', '2023-05-26', 'open'),
    quantity('1.4 million posts', 1400000, 'post'),
    daterange('Friday', '2023-05-26', '2023-05-26', 'day', { nth: 1 }),
    quantity('nearly 13,000 fake accounts', 13000, 'account', 'under'),
    quantity('100,000 accounts', 100000, 'account'),
  ];
  const periodOf = (figure: string) => {
    const { claim, get } = claimFor(text, specs, figure, { publishedAt: '2023-05-26' });
    return get(claim.period)?.text ?? null;
  };

  it('takes a daterange in the clause, not the reporting date', () => expect(periodOf('as many as 67,000 accounts')).toBe('from March 10 to May 22'));
  it('takes the nearest governing one earlier in the paragraph', () => expect(periodOf('1.4 million posts')).toBe('Since 2021'));
  it("falls back to the headline's period", () => expect(periodOf('nearly 13,000 fake accounts')).toBe('This Year'));
  it('gives a separate campaign no inherited period', () => expect(periodOf('100,000 accounts')).toBeNull());
});

describe('assembler stage', () => {
  it('runs in a pipeline: claims span the sentence, ids c1..cN, custom quantity types take part', () => {
    const text = 'The Market Supervision Bureau said on Monday that it fined 12 firms for misleading advertising during the spring sales season. Regulators in other provinces issued 30 fines in June for similar practices, officials said.';
    const counts = defineExtractor({
      name: 'counts',
      type: 'quantity',
      extract: (doc) =>
        [...doc.text.matchAll(/\d+ firms/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number.parseInt(m[0], 10), low: null, high: null, approx: 'exact', unit: 'firm', kind: 'count' })),
    });
    const fines = defineExtractor({
      name: 'fines',
      type: 'fine',
      extract: (doc) => [...doc.text.matchAll(/\d+ fines/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number.parseInt(m[0], 10), approx: 'exact', unit: 'fine' })),
    });
    const pipeline = createPipeline({
      extractors: [counts, fines],
      claims: assembleClaims({ types: { quantity: ['quantity', 'fine'] }, slots: { action: (site) => (site.quantity.type === 'fine' ? 'fine' : undefined) } }),
    });
    const result = pipeline.run(text);
    expect(result.claims.map((c) => [c.id, c.text.slice(0, 30), c.action])).toEqual([
      ['c1', 'The Market Supervision Bureau ', 'fine'],
      ['c2', 'Regulators in other provinces ', 'fine'],
    ]);
    for (const c of result.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('accepts extra action entries', () => {
    const custom = assembleClaims({ actions: [{ lemma: 'blacklist', forms: 'blacklist blacklists blacklisted blacklisting', class: 'take-down' }] });
    const { doc, mentions } = build('Officials blacklisted 40 platforms.', [quantity('40 platforms', 40, 'platform')]);
    expect(custom.assemble(doc, mentions)[0]?.action).toBe('blacklist');
    expect(assembler.assemble(doc, mentions)[0]?.action).toBeNull();
  });

  it('never throws on odd input and keeps confidence in [0, 1]', () => {
    const odd: Mention[] = [
      { id: 'm1', type: 'quantity', start: 0, end: 1, text: '7' },
      { id: 'm2', type: 'agency', start: 2, end: 3, text: 'x' },
      { id: 'm3', type: 'quote', start: 0, end: 4, text: '7 x ', speaker: null },
    ];
    const { doc } = build('7 x y', []);
    const claims = assembler.assemble(doc, odd);
    expect(claims).toHaveLength(1);
    for (const c of claims) expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(assembler.assemble(build('', []).doc, [])).toEqual([]);
  });
});

describe('claim spans on text without sentence punctuation', () => {
  it('bounds each claim to a window around its figure when the sentence is huge', () => {
    const text = Array.from({ length: 400 }, (_, i) => `officials closed ${i + 2} accounts`).join(' and ');
    const result = createPipeline({ extractors: [quantities()] }).run(text);
    expect(result.claims.length).toBeGreaterThan(100);
    for (const c of result.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.end - c.start).toBeLessThanOrEqual(1300);
    }
    const normal = createPipeline({ extractors: [quantities()] }).run('Officials closed 3,000 accounts last week.');
    expect(normal.claims[0]?.text).toBe('Officials closed 3,000 accounts last week.');
  });
});

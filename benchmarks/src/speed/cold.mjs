// Cold start of one system in a fresh process: import, setup and the first document, timed
// from process start. Plain JavaScript on the built packages, so no TypeScript loader is counted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const text = readFileSync(join(corpus, readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
const system = process.argv[2];

const SYSTEMS = {
  async claimsift() {
    const core = await import('@claimsift/core');
    const { defaultExtractors } = await import('@claimsift/extractors');
    const sift = core.createPipeline({ extractors: defaultExtractors(), claims: core.assembleClaims ? core.assembleClaims() : null });
    sift.run(text, { publishedAt: '2024-08-28' });
  },
  async compromise() {
    const nlp = (await import('compromise')).default;
    const doc = nlp(text);
    doc.numbers().json();
    doc.organizations().json();
    doc.quotations().json();
  },
  async wink() {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    nlp.readDoc(text).entities().out(nlp.its.detail);
  },
  async 'wink-tokenise'() {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    winkNLP(model, []).readDoc(text).tokens().length();
  },
  async chrono() {
    const chrono = await import('chrono-node');
    chrono.parse(text, new Date('2024-08-28'));
  },
  async recognizers() {
    const rt = await import('@microsoft/recognizers-text-suite');
    for (const line of text.split('\n')) {
      rt.recognizeNumber(line, rt.Culture.English);
      rt.recognizeDimension(line, rt.Culture.English);
      rt.recognizeDateTime(line, rt.Culture.English);
    }
  },
};

const run = SYSTEMS[system];
if (!run) {
  console.log(JSON.stringify({ error: `no cold-start probe for ${system}` }));
} else {
  await run();
  console.log(JSON.stringify({ coldMs: performance.now(), maxRssKb: process.resourceUsage().maxRSS }));
}

/**
 * The systems timed by the speed benchmark: claimsift's full pipeline (blocks, the four
 * extractors, claims), claimsift on a pool of worker threads, and each peer's comparable calls.
 */
import { PEERS } from '../peers/index.js';

export interface TimedSystem {
  readonly name: string;
  /** Processes all documents once; resolves when done. */
  runAll(texts: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Speed-only reference points that are not accuracy peers. */
const REFERENCES: readonly string[] = ['wink-tokenise'];

export const SYSTEM_NAMES: readonly string[] = ['claimsift', 'claimsift-2-workers', ...PEERS.map((p) => p.name), ...REFERENCES];

/** Systems that use more than one core by design; every other system is timed on one core. */
export const MULTI_CORE_SYSTEMS: ReadonlySet<string> = new Set(['claimsift-2-workers']);

/** Rough single-core speed of the slow peers (MB/s), to skip runs that would take minutes. */
export const EXPECTED_MB_PER_S: Readonly<Record<string, number>> = { compromise: 0.07, recognizers: 0.012 };

export async function loadSystem(name: string): Promise<TimedSystem> {
  if (name === 'claimsift' || name === 'claimsift-2-workers') {
    const { createPipeline } = await import('@claimsift/core');
    const { defaultExtractors } = await import('@claimsift/extractors');
    const core = (await import('@claimsift/core')) as Record<string, unknown>;
    const assemble = core.assembleClaims as (() => never) | undefined;
    if (name === 'claimsift') {
      const sift = createPipeline({ extractors: defaultExtractors(), claims: assemble ? assemble() : null });
      return {
        name,
        runAll: async (texts) => {
          for (const text of texts) sift.run(text, { publishedAt: '2024-08-28' });
        },
        close: async () => {},
      };
    }
    const { createRunner } = await import('@claimsift/cli');
    const runner = createRunner({ extractors: ['agencies', 'dateranges', 'quantities', 'quotes'], claims: true }, 2);
    return {
      name,
      runAll: async (texts) => {
        await Promise.all(texts.map((text, i) => runner.run({ id: String(i), text, publishedAt: '2024-08-28' })));
      },
      close: () => runner.close(),
    };
  }
  if (name === 'wink-tokenise') {
    // wink-nlp with an empty pipe: tokenisation only, the floor of any wink-based extraction.
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model, []);
    return {
      name,
      runAll: async (texts) => {
        for (const text of texts) nlp.readDoc(text).tokens().length();
      },
      close: async () => {},
    };
  }
  const entry = PEERS.find((p) => p.name === name);
  if (!entry) throw new Error(`unknown system ${name}`);
  const peer = await entry.load();
  return {
    name,
    runAll: async (texts) => {
      for (const text of texts) peer.extract(text, '2024-08-28');
    },
    close: async () => {},
  };
}

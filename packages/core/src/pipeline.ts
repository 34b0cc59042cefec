/**
 * The pipeline: a frozen unified processor, configured once and run on many documents.
 * parse: text -> document (blocks, sentences, tokens) and a unist tree of blocks;
 * run:   one transformer per extractor (a unified plugin), then the mention refiners;
 * compile: claims and the SPEC §2 result object (on `file.result`).
 */
import { unified } from 'unified';
import type { Processor } from 'unified';
import type { Node, Parent } from 'unist';
import { VFile } from 'vfile';
import { assembleClaims } from './claims/index.js';
import type { ClaimAssembler, ClaimDraft } from './claims/types.js';
import { createDocument } from './document.js';
import type { MutableDoc } from './document.js';
import { ExtractorError, OptionsError, PipelineOrderError } from './errors.js';
import type { Extractor } from './extractor.js';
import { DEFAULT_MAX_LENGTH, checkId, checkText, normalizePublishedAt } from './input.js';
import type { Mention, MentionDraft } from './mentions.js';
import { byTextOrder, resolveOverlaps } from './refine.js';
import type { MentionRefiner } from './refine.js';
import type { Claim, ClaimsiftResult, ResultBlock } from './result.js';
import type { BlockOptions } from './blocks/types.js';
import { isValidRange } from './span.js';

export interface PipelineOptions {
  readonly extractors: readonly Extractor[];
  /** Passes over all final mentions, after the built-in overlap resolution. */
  readonly refiners?: readonly MentionRefiner[];
  /**
   * The claim-assembly stage. Omitted: the built-in `assembleClaims()` when a stage assigns
   * quantities; null: no claims.
   */
  readonly claims?: ClaimAssembler | null;
  readonly blocks?: BlockOptions;
  /** Largest text accepted, in UTF-16 code units (default 50,000,000). */
  readonly maxLength?: number;
}

export interface RunOptions {
  readonly id?: string;
  /** `YYYY-MM-DD` or an ISO date-time; relative dates resolve against it. */
  readonly publishedAt?: string | Date | null;
}

export interface Pipeline {
  /** Extract one document. */
  run(text: string, options?: RunOptions): ClaimsiftResult;
  /** Extract one document and keep the VFile (diagnostics in `file.messages`). */
  process(text: string, options?: RunOptions): VFile & { result: ClaimsiftResult };
  /** Extract many documents lazily, in input order. */
  runMany(inputs: Iterable<{ text: string } & RunOptions>): Generator<ClaimsiftResult>;
  /** The stage names in order. */
  readonly stages: readonly string[];
  /** Every regular expression of every stage (for the ReDoS check). */
  readonly patterns: readonly RegExp[];
  /** The frozen unified processor behind `run`, for users who compose with unified. */
  readonly processor: Processor;
}

interface ClaimsiftFileData {
  doc: MutableDoc;
  mentions: Mention[];
}

declare module 'vfile' {
  interface DataMap {
    claimsift: ClaimsiftFileData;
    claimsiftInit: { id: string; publishedAt: string | null };
  }
}

declare module 'unified' {
  interface CompileResultMap {
    ClaimsiftResult: ClaimsiftResult;
  }
}

interface BlockNode extends Node {
  type: 'block';
  kind: string;
}

export function createPipeline(options: PipelineOptions): Pipeline {
  if (!options || !Array.isArray(options.extractors)) throw new OptionsError('createPipeline needs { extractors: [...] }');
  const extractors = [...options.extractors];
  const claims =
    options.claims === undefined ? (extractors.some((e) => e.assigns.includes('quantity')) ? assembleClaims() : null) : options.claims;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < 0) throw new OptionsError('maxLength must be a non-negative integer');
  checkOrder(extractors, claims);
  const refiners = [resolveOverlaps, ...(options.refiners ?? [])];
  const blockOptions = options.blocks ?? {};

  let processor = unified().use(function claimsiftParse(this: Processor) {
    this.parser = (value: string, file: VFile): Parent => {
      const init = file.data.claimsiftInit ?? { id: 'doc', publishedAt: null };
      const doc = createDocument(value, { id: init.id, publishedAt: init.publishedAt, blocks: blockOptions });
      file.data.claimsift = { doc, mentions: [] };
      const children: BlockNode[] = doc.blocks.map((b) => ({
        type: 'block',
        kind: b.kind,
        position: { start: { line: 0, column: 0, offset: b.start }, end: { line: 0, column: 0, offset: b.end } },
      }));
      return { type: 'root', children };
    };
  }) as unknown as Processor;
  for (const extractor of extractors) processor = processor.use(extractorPlugin(extractor)) as unknown as Processor;
  processor = processor
    .use(function claimsiftRefine() {
      return (_tree: Node, file: VFile) => {
        const data = file.data.claimsift as ClaimsiftFileData;
        let mentions: Mention[] = data.mentions;
        for (const refine of refiners) mentions = refine(mentions);
        data.mentions = numberMentions(mentions.sort(byTextOrder));
        data.doc.setMentions(data.mentions);
      };
    })
    .use(function claimsiftCompile(this: Processor) {
      this.compiler = (_tree: Node, file: VFile): ClaimsiftResult => compileResult(file, claims);
    }) as unknown as Processor;
  const frozen = processor.freeze() as unknown as Processor;

  const process = (text: string, runOptions: RunOptions = {}) => {
    checkText(text, maxLength);
    const id = checkId(runOptions?.id) ?? 'doc';
    const publishedAt = normalizePublishedAt(runOptions?.publishedAt);
    const file = new VFile({ value: text, data: { claimsiftInit: { id, publishedAt } } });
    frozen.processSync(file);
    return file as VFile & { result: ClaimsiftResult };
  };

  return {
    run: (text, runOptions) => process(text, runOptions).result,
    process,
    *runMany(inputs) {
      for (const input of inputs) yield process(input.text, input).result;
    },
    stages: [...extractors.map((e) => e.name), ...(claims ? [claims.name] : [])],
    patterns: extractors.flatMap((e) => e.patterns),
    processor: frozen,
  };
}

function checkOrder(extractors: readonly Extractor[], claims: ClaimAssembler | null): void {
  const assigned = new Set<string>();
  const names = new Set<string>();
  for (const e of extractors) {
    if (!e || typeof e.extract !== 'function') throw new OptionsError('every extractor must come from defineExtractor() or a built-in factory');
    if (names.has(e.name)) throw new OptionsError(`extractor "${e.name}" appears twice in the pipeline`);
    names.add(e.name);
    for (const need of e.requires) {
      if (!assigned.has(need)) {
        throw new PipelineOrderError(`extractor "${e.name}" requires "${need}", which no earlier extractor assigns (order: ${extractors.map((x) => x.name).join(', ')})`);
      }
    }
    for (const a of e.assigns) assigned.add(a);
  }
  if (claims) {
    for (const need of claims.requires) {
      if (!assigned.has(need)) throw new PipelineOrderError(`claim assembler "${claims.name}" requires "${need}", which no extractor assigns`);
    }
  }
}

/** A unified plugin running one extractor: propose, check, keep what lies in content. */
export function extractorPlugin(extractor: Extractor) {
  return function claimsiftExtractor() {
    return (_tree: Node, file: VFile) => {
      const data = file.data.claimsift as ClaimsiftFileData;
      const { doc } = data;
      const context = {
        message(reason: string, place?: { start: number; end: number }, ruleId?: string) {
          const message = file.message(reason, { source: extractor.name, ruleId: ruleId ?? null } as never);
          if (place) message.place = { start: { line: 0, column: 0, offset: place.start }, end: { line: 0, column: 0, offset: place.end } } as never;
        },
      };
      let drafts: MentionDraft[];
      try {
        drafts = extractor.extract(doc, context);
      } catch (error) {
        throw new ExtractorError(extractor.name, error instanceof Error ? error.message : String(error), error);
      }
      for (const draft of drafts) {
        if (!isValidRange(doc.text, draft.start, draft.end)) {
          throw new ExtractorError(extractor.name, `proposed the range [${draft.start}, ${draft.end}) outside a text of length ${doc.text.length}`);
        }
        if (draft.end === draft.start) continue;
        if (!extractor.seesBoilerplate && !doc.isContent(draft.start, draft.end)) continue;
        data.mentions.push(toMention(doc.text, extractor.type, draft));
      }
      doc.setMentions([...data.mentions].sort(byTextOrder));
    };
  };
}

function toMention(text: string, defaultType: string, draft: MentionDraft): Mention {
  // A draft's own id and text are dropped: the pipeline numbers mentions and slices their text.
  const { type, start, end, id: _id, text: _text, ...fields } = draft;
  return { id: '', type: type ?? defaultType, start, end, text: text.slice(start, end), ...fields } as Mention;
}

function numberMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => ({ ...m, id: `m${i + 1}` }));
}

/** The claim numbered `index` in text order, its text sliced from the document. */
function toClaim(text: string, draft: ClaimDraft, index: number): Claim {
  const { start, end, ...rest } = draft;
  return { id: `c${index + 1}`, start, end, text: text.slice(start, end), ...rest } as Claim;
}

function compileResult(file: VFile, claims: ClaimAssembler | null): ClaimsiftResult {
  const { doc, mentions } = file.data.claimsift as ClaimsiftFileData;
  const blocks: ResultBlock[] = doc.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind, reason: b.reason, lang: b.lang }));
  let claimList: Claim[] = [];
  if (claims) {
    const drafts = claims.assemble(doc, mentions);
    const valid: ClaimDraft[] = [];
    for (const c of drafts) if (isValidRange(doc.text, c.start, c.end)) valid.push(c);
    claimList = valid.sort(byTextOrder).map((c, i) => toClaim(doc.text, c, i));
  }
  const anchor = doc.data.anchor as { date?: string } | undefined;
  return {
    id: doc.id,
    lang: doc.lang,
    publishedAt: doc.publishedAt ?? anchor?.date ?? null,
    blocks,
    mentions,
    claims: claimList,
  };
}

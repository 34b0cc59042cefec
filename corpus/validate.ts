/**
 * Validator and loader of the gold corpus (corpus/README.md): corpus/gold/<stem>.json for every
 * corpus/<stem>.txt, plus corpus/gold/groups.json.
 *
 *   node --import tsx corpus/validate.ts [corpusDir]
 *
 * prints every problem and exits 1 when there is one. `loadGoldCorpus(dir)` returns the checked
 * documents for the benchmarks and throws when a file is invalid.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BOILERPLATE_REASONS, checkDatePair, checkEnum, checkMentionFields, checkSpan, isIsoDate, isObject } from './checks.js';
import type { Json, Report } from './checks.js';

export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  readonly gold: Json;
}

export interface GroupRef {
  readonly doc: string;
  readonly quantity: string;
}

const stemOf = (file: string) => file.replace(/\.(txt|json)$/, '');

/** Every problem of one gold file, as messages prefixed with the document id. */
export function validateGold(gold: unknown, text: string, stem: string): string[] {
  const errors: string[] = [];
  const report: Report = (message) => errors.push(`${stem}: ${message}`);
  if (!isObject(gold)) return [`${stem}: gold file is not a JSON object`];

  if (gold.id !== stem) report(`id ${JSON.stringify(gold.id)} does not match the file name ${stem}`);
  const sha = createHash('sha256').update(text, 'utf8').digest('hex');
  if (gold.sha256_of_text !== sha) report(`sha256_of_text does not match the text (text sha256 ${sha})`);
  for (const f of ['publishedAt', 'anchor'] as const) {
    if (gold[f] !== null && !isIsoDate(gold[f])) report(`${f} ${JSON.stringify(gold[f])} is not an ISO date or null`);
  }
  if (typeof gold.anchorReason !== 'string' || gold.anchorReason.trim() === '') report('anchorReason must be a non-empty string');
  if (!Array.isArray(gold.notes) || !gold.notes.every((n) => typeof n === 'string')) report('notes must be an array of strings');

  const boilerplate = checkBoilerplate(report, gold.boilerplate, text);
  const quantityIds = checkMentions(report, gold.mentions, text, boilerplate, gold.anchor);
  checkClaims(report, gold.claims, quantityIds);
  return errors;
}

/** Boilerplate entries are whole, non-empty lines with a known reason; returns the valid ranges. */
function checkBoilerplate(report: Report, list: unknown, text: string): Json[] {
  if (!Array.isArray(list)) {
    report('boilerplate must be an array');
    return [];
  }
  const ok: Json[] = [];
  list.forEach((b: unknown, i) => {
    const where = `boilerplate[${i}]`;
    if (!isObject(b)) return report(`${where}: not an object`);
    checkEnum(report, where, 'reason', b.reason, BOILERPLATE_REASONS);
    if (!checkSpan(report, where, b, text)) return;
    const start = b.start as number;
    const end = b.end as number;
    const lineStart = start === 0 || text[start - 1] === '\n';
    const lineEnd = end === text.length || text[end] === '\n' || text[end] === '\r';
    if (!lineStart || !lineEnd || (b.text as string).includes('\n') || start === end) report(`${where}: is not one whole line of the text`);
    ok.push(b);
  });
  return ok;
}

/** Spans, fields, order, unique ids, no same-type overlap, nothing in boilerplate; returns quantity ids. */
function checkMentions(report: Report, list: unknown, text: string, boilerplate: readonly Json[], anchor: unknown): Set<string> {
  const quantityIds = new Set<string>();
  if (!Array.isArray(list)) {
    report('mentions must be an array');
    return quantityIds;
  }
  const ids = new Set<string>();
  const lastOfType = new Map<unknown, Json>();
  let previousStart = -1;
  list.forEach((m: unknown, i) => {
    if (!isObject(m)) return report(`mentions[${i}]: not an object`);
    const where = `mention ${typeof m.id === 'string' ? m.id : `#${i}`}`;
    if (typeof m.id !== 'string' || !/^m[1-9]\d*$/.test(m.id)) report(`${where}: id must look like m1, m2, …`);
    else if (ids.has(m.id)) report(`${where}: duplicate id`);
    else ids.add(m.id);
    if (!checkSpan(report, where, m, text)) return;
    const start = m.start as number;
    const end = m.end as number;
    if (start === end || (m.text as string).trim() !== m.text) report(`${where}: empty span or outer white space`);
    if (start < previousStart) report(`${where}: mentions are not sorted by start`);
    previousStart = start;
    if (boilerplate.some((b) => start < (b.end as number) && end > (b.start as number))) report(`${where}: lies in a boilerplate line`);
    const prev = lastOfType.get(m.type);
    // Sorted by start, so a same-type overlap always involves the furthest-reaching earlier mention.
    if (prev && start < (prev.end as number)) report(`${where}: overlaps ${String(prev.id)} of the same type ${String(m.type)}`);
    if (!prev || end > (prev.end as number)) lastOfType.set(m.type, m);
    checkMentionFields(report, where, m, text, anchor);
    if (m.type === 'quantity' && typeof m.id === 'string') quantityIds.add(m.id);
  });
  return quantityIds;
}

function checkClaims(report: Report, list: unknown, quantityIds: ReadonlySet<string>): void {
  if (!Array.isArray(list)) return report('claims must be an array');
  const seen = new Set<unknown>();
  list.forEach((c: unknown, i) => {
    const where = `claims[${i}]`;
    if (!isObject(c)) return report(`${where}: not an object`);
    if (typeof c.quantity !== 'string' || !quantityIds.has(c.quantity)) report(`${where}: quantity ${JSON.stringify(c.quantity)} is not a quantity mention id`);
    else if (seen.has(c.quantity)) report(`${where}: a second claim for ${c.quantity}`);
    seen.add(c.quantity);
    for (const f of ['actor', 'action', 'speaker'] as const) {
      if (!(c[f] === null || (typeof c[f] === 'string' && c[f] !== ''))) report(`${where}: ${f} must be a non-empty string or null`);
    }
    if (c.period !== null) {
      if (!isObject(c.period)) report(`${where}: period must be {startDate, endDate} or null`);
      else checkDatePair(report, `${where} period`, c.period.startDate, c.period.endDate);
    }
    if ('note' in c && typeof c.note !== 'string') report(`${where}: note must be a string`);
  });
}

/** groups.json: members and must-not pairs point at quantity mentions of existing documents. */
export function validateGroups(groups: unknown, docs: readonly GoldDocument[]): string[] {
  const errors: string[] = [];
  const report: Report = (message) => errors.push(`groups.json: ${message}`);
  if (!isObject(groups) || !Array.isArray(groups.groups) || !Array.isArray(groups.mustNotGroup)) {
    return ['groups.json: needs arrays "groups" and "mustNotGroup"'];
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const refOk = (ref: unknown, where: string): ref is GroupRef => {
    if (!isObject(ref) || typeof ref.doc !== 'string' || typeof ref.quantity !== 'string') {
      report(`${where}: a member is {doc, quantity}`);
      return false;
    }
    const doc = byId.get(ref.doc);
    if (!doc) {
      report(`${where}: unknown document ${ref.doc}`);
      return false;
    }
    const mentions = Array.isArray(doc.gold.mentions) ? (doc.gold.mentions as unknown[]) : [];
    if (!mentions.some((m) => isObject(m) && m.id === ref.quantity && m.type === 'quantity')) {
      report(`${where}: ${ref.doc} has no quantity mention ${ref.quantity}`);
      return false;
    }
    return true;
  };
  const key = (r: GroupRef) => `${r.doc}#${r.quantity}`;
  const groupOf = new Map<string, number>();
  groups.groups.forEach((g: unknown, i) => {
    const where = `groups[${i}]`;
    if (!isObject(g) || !Array.isArray(g.members)) return report(`${where}: needs members`);
    checkEnum(report, where, 'status', g.status, ['agree', 'conflict']);
    if (typeof g.why !== 'string' || g.why.trim() === '') report(`${where}: why must be a non-empty string`);
    if (g.members.length < 2) report(`${where}: a group has at least two members`);
    for (const m of g.members as unknown[]) {
      if (!refOk(m, where)) continue;
      const k = key(m);
      if (groupOf.has(k)) report(`${where}: ${k} is already in groups[${String(groupOf.get(k))}]`);
      groupOf.set(k, i);
    }
  });
  groups.mustNotGroup.forEach((pair: unknown, i) => {
    const where = `mustNotGroup[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2) return report(`${where}: must be a pair`);
    const [a, b] = pair as unknown[];
    if (!refOk(a, where) || !refOk(b, where)) return;
    const ga = groupOf.get(key(a));
    if (ga !== undefined && ga === groupOf.get(key(b))) report(`${where}: ${key(a)} and ${key(b)} are both in groups[${ga}]`);
  });
  return errors;
}

/** Reads every corpus/<stem>.txt with its gold file; gold files without a text are errors too. */
function readCorpus(dir: string): { docs: GoldDocument[]; errors: string[] } {
  const goldDir = join(dir, 'gold');
  const errors: string[] = [];
  const docs: GoldDocument[] = [];
  if (!existsSync(goldDir)) return { docs, errors: [`no gold directory ${goldDir}`] };
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map(stemOf).sort();
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json') && f !== 'groups.json').map(stemOf).sort();
  for (const stem of golds) if (!texts.includes(stem)) errors.push(`${stem}: gold file without corpus/${stem}.txt`);
  for (const stem of texts) {
    if (!golds.includes(stem)) {
      errors.push(`${stem}: no gold file gold/${stem}.json`);
      continue;
    }
    const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
    let gold: unknown;
    try {
      gold = JSON.parse(readFileSync(join(goldDir, `${stem}.json`), 'utf8'));
    } catch (e) {
      errors.push(`${stem}: invalid JSON (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    const problems = validateGold(gold, text, stem);
    errors.push(...problems);
    if (isObject(gold)) docs.push({ id: stem, text, gold });
  }
  return { docs, errors };
}

/** Every problem of the corpus in `dir` (texts, gold files, groups.json). */
export function validateCorpus(dir: string): { docs: GoldDocument[]; errors: string[] } {
  const { docs, errors } = readCorpus(dir);
  const groupsFile = join(dir, 'gold', 'groups.json');
  if (existsSync(groupsFile)) {
    try {
      errors.push(...validateGroups(JSON.parse(readFileSync(groupsFile, 'utf8')), docs));
    } catch (e) {
      errors.push(`groups.json: invalid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return { docs, errors };
}

/** The checked gold documents, sorted by id; throws with every problem when one is invalid. */
export function loadGoldCorpus(dir: string): GoldDocument[] {
  const { docs, errors } = validateCorpus(dir);
  if (errors.length > 0) throw new Error(`invalid gold corpus:\n${errors.join('\n')}`);
  return docs;
}

/** groups.json of the corpus in `dir`, after validation. */
export function loadGoldGroups(dir: string): { groups: Json[]; mustNotGroup: GroupRef[][] } {
  const docs = loadGoldCorpus(dir);
  const groups = JSON.parse(readFileSync(join(dir, 'gold', 'groups.json'), 'utf8')) as { groups: Json[]; mustNotGroup: GroupRef[][] };
  const errors = validateGroups(groups, docs);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return groups;
}

function main(argv: readonly string[]): number {
  const dir = resolve(argv[0] ?? dirname(fileURLToPath(import.meta.url)));
  const { docs, errors } = validateCorpus(dir);
  for (const e of errors) console.error(e);
  if (errors.length > 0) {
    console.error(`${errors.length} problem(s) in ${dir}`);
    return 1;
  }
  const count = (type: string) => docs.reduce((n, d) => n + (d.gold.mentions as Json[]).filter((m) => m.type === type).length, 0);
  const claims = docs.reduce((n, d) => n + (d.gold.claims as unknown[]).length, 0);
  console.log(`ok: ${docs.length} documents; quantity ${count('quantity')}, agency ${count('agency')}, quote ${count('quote')}, daterange ${count('daterange')}; ${claims} claims`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));

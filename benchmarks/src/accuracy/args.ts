/** Command-line flags of the accuracy benchmark. */
export interface AccuracyArgs {
  readonly verbose: boolean;
  readonly json: boolean;
  readonly types: readonly string[] | null;
  readonly systems: readonly string[] | null;
  readonly sources: readonly string[] | null;
  readonly help: boolean;
}

export const USAGE = `usage: pnpm bench:accuracy [--verbose] [--json] [--types quantity,agency] [--systems claimsift,chrono] [--sources news-mentions,corpus,rt-currency,...]
  --verbose   misses, spurious mentions, wrong values and boundary errors per document, with their text
  --json      machine-readable results on stdout (tables go to stderr)
  --types     score only these mention types (quantity, agency, quote, daterange)
  --systems   run only these systems (claimsift, compromise, wink, chrono, recognizers; gold replays the gold as a self-check)
  --sources   score only these sources (news-mentions, corpus, rt-*, tempeval3, conllpp, conllpp-nonsports, boilerplate)
Benchmark data is read from $CLAIMSIFT_BENCHDATA or ../shared/benchdata.`;

const list = (value: string | undefined): string[] | null => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : null);

export function parseArgs(argv: readonly string[]): AccuracyArgs {
  const out = { verbose: false, json: false, types: null as string[] | null, systems: null as string[] | null, sources: null as string[] | null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--verbose':
      case '-v':
        out.verbose = true;
        break;
      case '--json':
        out.json = true;
        break;
      case '--types':
        out.types = list(value());
        break;
      case '--systems':
        out.systems = list(value());
        break;
      case '--sources':
        out.sources = list(value());
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        throw new Error(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  return out;
}

/** A name selected by a filter: exact, or a prefix ending in "*" (`rt-*`). */
export function selected(filter: readonly string[] | null, name: string): boolean {
  return !filter || filter.some((f) => (f.endsWith('*') ? name.startsWith(f.slice(0, -1)) : f === name));
}

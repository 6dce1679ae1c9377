import { CATEGORY_BY_ID } from '../checker/categories';
import { check } from '../checker/check';
import { DEFAULT_POLICY } from '../checker/policy';
import type { Finding, Policy } from '../checker/types';
import { PolicyError, parsePolicyJson } from '../settings/policy-schema';

export interface CliIO {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = 'usage: npm run check -- [--policy FILE] [--jsonl] [FILE | -]\n';

class UsageError extends Error {}

function parseArgs(argv: string[]): { policyPath?: string; jsonl: boolean; input: string } {
  let policyPath: string | undefined;
  let jsonl = false;
  let input: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--policy') {
      policyPath = argv[++i];
      if (!policyPath) throw new UsageError('--policy needs a file name');
    } else if (a === '--jsonl') jsonl = true;
    else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (input === undefined) input = a;
    else throw new UsageError(`only one input file, got ${input} and ${a}`);
  }
  return { policyPath, jsonl, input: input ?? '-' };
}

function describe(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings: nothing in this draft appears to breach the policy.\n';
  const lines = [`${findings.length} finding${findings.length === 1 ? '' : 's'}:`];
  for (const f of findings) {
    lines.push(
      '',
      `[${f.severity}] ${CATEGORY_BY_ID[f.category].label} (${f.rule}) at ${f.start}-${f.end}: "${text.slice(f.start, f.end)}"`,
      `  ${f.message}`,
      `  Policy: "${f.clause}"`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Runs the command line; returns the exit status (0 fine, 2 bad input or usage). */
export function runCli(argv: string[], io: CliIO): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr((e as Error).message ? `check: ${(e as Error).message}\n${USAGE}` : USAGE);
    return 2;
  }
  let policy: Policy = DEFAULT_POLICY;
  const source = (path: string) => (path === '-' ? 'standard input' : path);
  try {
    if (args.policyPath) policy = parsePolicyJson(io.readFile(args.policyPath), args.policyPath);
  } catch (e) {
    io.stderr(`check: ${e instanceof PolicyError ? e.message : `cannot read policy ${args.policyPath}: ${(e as Error).message}`}\n`);
    return 2;
  }
  let input: string;
  try {
    input = io.readFile(args.input);
  } catch (e) {
    io.stderr(`check: cannot read ${source(args.input)}: ${(e as Error).message}\n`);
    return 2;
  }
  if (!args.jsonl) {
    io.stdout(describe(input, check(input, policy)));
    return 0;
  }
  let status = 0;
  const lines = input.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') continue;
    const where = `${source(args.input)}:${n + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      io.stderr(`check: ${where}: not valid JSON (${(e as Error).message})\n`);
      status = 2;
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      io.stderr(`check: ${where}: expected an object with "id" and "text"\n`);
      status = 2;
      continue;
    }
    const { id, text } = record as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') {
      io.stderr(`check: ${where}: field "text" must be a string${text === undefined ? ' (missing)' : ''}\n`);
      status = 2;
      continue;
    }
    if (id === undefined || (typeof id !== 'string' && typeof id !== 'number')) {
      io.stderr(`check: ${where}: field "id" must be a string or number${id === undefined ? ' (missing)' : ''}\n`);
      status = 2;
      continue;
    }
    io.stdout(JSON.stringify({ id, findings: check(text, policy) }) + '\n');
  }
  return status;
}

import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/run';

function run(argv: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file '${p}'`);
      return files[p]!;
    },
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  });
  return { code, out, err };
}

const POLICY = JSON.stringify({ councilName: 'Oakley PC', clerkEmail: 'clerk@oakley.gov.uk', reviewedTopics: [{ name: 'Bypass' }] });

describe('npm run check', () => {
  it('prints findings for a person in plain mode', () => {
    const r = run(['-'], { '-': 'Cllr Ann Lee here. You are an idiot.' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('[serious]');
    expect(r.out).toContain('"You are an idiot"');
    expect(r.out).toContain('Policy: "');
  });

  it('writes one JSON line per input line, in order, and nothing else', () => {
    const input = ['{"id":"a","text":"The bypass is a mess"}', '{"id":2,"text":"Lovely sunset tonight"}'].join('\n');
    const r = run(['--jsonl', '--policy', 'p.json', 'in.jsonl'], { 'in.jsonl': input, 'p.json': POLICY });
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2]);
    expect(lines[0].findings[0]).toMatchObject({ category: 'single-voice', start: 4, end: 10 });
    expect(lines[1].findings).toEqual([]);
    expect(r.err).toBe('');
  });

  it('names the line and field of a bad input line, exits 2, and gives no result for it', () => {
    const input = ['{"id":1,"text":"fine"}', '{"id":2}', 'not json', '{"text":"no id"}'].join('\n');
    const r = run(['--jsonl', 'in.jsonl'], { 'in.jsonl': input });
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('in.jsonl:2: field "text"');
    expect(r.err).toContain('in.jsonl:3: not valid JSON');
    expect(r.err).toContain('in.jsonl:4: field "id"');
  });

  it.each([
    ['{"councilName":"X","clerkEmail":"not-an-email"}', 'clerkEmail'],
    ['{"councilName":"X","clerkEmail":"a@b.gov.uk","reviewedTopics":[{"aliases":[]}]}', 'reviewedTopics[0].name'],
    ['{oops', 'not valid JSON'],
  ])('rejects a malformed policy %s naming %s', (policy, named) => {
    const r = run(['--policy', 'p.json', '-'], { 'p.json': policy, '-': 'hello' });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('p.json');
    expect(r.err).toContain(named);
  });

  it('reports a missing file and an unknown option', () => {
    expect(run(['missing.txt'], {}).err).toContain('cannot read missing.txt');
    expect(run(['--frobnicate'], {}).code).toBe(2);
  });
});

/**
 * npm run check -- [--policy FILE] [--jsonl] [FILE | -]
 *
 * Plain mode prints a draft's findings for a person. --jsonl reads lines
 * {"id": ..., "text": ...} and writes one line {"id": ..., "findings": [...]}
 * per input, in order, and nothing else on standard output. Problems go to
 * standard error, naming the file, line and field, with exit status 2.
 */
import { readFileSync } from 'node:fs';
import { runCli } from '../lib/cli/run';

const code = runCli(process.argv.slice(2), {
  readFile: (path) => (path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8')),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;

/** `pnpm eval` as a user runs it: a corpus of this test's own in a temporary directory, the tables and `--unmarked`. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from '@cm/testing/scripts';
import { describe, expect, it } from 'vitest';
import { splitOf } from './corpus.js';
import { spanRow } from './test-support.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

const runEval = (args: string[]) => runScript(MAIN, args);

describe('pnpm eval', () => {
  it('prints the tables and, with --unmarked --misses, the unmarked sentences held in the development half', async () => {
    expect(splitOf('toy-1')).toBe('dev');
    const dir = mkdtempSync(join(tmpdir(), 'cm-eval-'));
    const corpus = join(dir, 'toy.jsonl');
    const body = 'The ferry was late again today. You absolute muppet. The captain is a complete moron by the way.';
    writeFileSync(corpus, `${JSON.stringify(spanRow('toy-1', body, ['muppet']))}\n`);
    const { code, stdout } = await runEval(['--corpus', corpus, '--unmarked', '--misses']);
    expect(code).toBe(0);
    expect(stdout).toContain('| corpus');
    expect(stdout).toContain('toy, dev 70%: 1 of 2 unmarked sentences held for abuse (50.0%)');
    expect(stdout).toContain('toy, check 30%: 0 of 0 unmarked sentences held for abuse (—)');
    expect(stdout).toMatch(/toy-1 +abuse\.insult\.directed\[moron\] +The captain is a complete moron by the way\./);
    expect(stdout).not.toMatch(/toy-1 .*The ferry was late/);
  });

  it('says which corpus is missing and exits 2', async () => {
    const { code, stderr } = await runEval(['--corpus', join(tmpdir(), 'cm-eval-no-such-file.jsonl')]);
    expect(code).toBe(2);
    expect(stderr).toContain('corpus not found');
  });
});

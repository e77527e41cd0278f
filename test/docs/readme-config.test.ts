import { readFileSync } from 'node:fs';
import { ENV_VARIABLES } from '@cm/config';
import { describe, expect, it } from 'vitest';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The variable names in the first column of the table under the README's "## Configure" heading. */
function documentedVariables(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Configure\n'));
  if (!section) throw new Error('README.md has no "## Configure" section');
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((m) => m[1] as string);
}

describe("README's configuration table", () => {
  it('lists every variable the configuration schema reads, and only those, once each', () => {
    const documented = documentedVariables(README);
    expect(documented.length).toBeGreaterThan(0);
    expect(
      ENV_VARIABLES.filter((v) => !documented.includes(v)),
      'read by packages/config but missing from the table',
    ).toEqual([]);
    expect(
      documented.filter((v) => !ENV_VARIABLES.includes(v)),
      'in the table but not read by packages/config',
    ).toEqual([]);
    expect(new Set(documented).size).toBe(documented.length);
  });
});

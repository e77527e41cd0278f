import type { ResolvedPolicy } from '@cm/contracts';
import { RE2JS } from 're2js';
import { TermMatcher } from './terms.js';

/** A site pattern that could not be compiled; it is skipped, never thrown at evaluation time. */
export interface PolicyCompileError {
  field: 'suspectPatterns';
  pattern: string;
  message: string;
}

/** A site policy with its matchers built once; the worker caches one per site. */
export interface CompiledPolicy {
  policy: ResolvedPolicy;
  banned: TermMatcher;
  suspect: TermMatcher;
  patterns: Array<{ source: string; re: RE2JS }>;
  allowedDomains: ReadonlySet<string>;
  blockedDomains: ReadonlySet<string>;
  trustedAuthors: ReadonlySet<string>;
  /** Patterns that were skipped because they do not compile (shown to the admin). */
  errors: PolicyCompileError[];
}

function domainSet(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of list) {
    const d = raw
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/^\*\./, '')
      .replace(/^www\./, '')
      .replace(/[/?#].*$/, '')
      .replace(/\.$/, '');
    if (d) out.add(d);
  }
  return out;
}

/**
 * Builds the matchers of a policy. Admin patterns are compiled with RE2 semantics (re2js): linear-time
 * matching whatever the pattern or the input, case-insensitive. A pattern that does not compile is reported in
 * `errors` and skipped.
 */
export function compilePolicy(policy: ResolvedPolicy): CompiledPolicy {
  const errors: PolicyCompileError[] = [];
  const patterns: Array<{ source: string; re: RE2JS }> = [];
  for (const source of policy.suspectPatterns) {
    try {
      patterns.push({ source, re: RE2JS.compile(source, RE2JS.CASE_INSENSITIVE) });
    } catch (e) {
      errors.push({ field: 'suspectPatterns', pattern: source, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return {
    policy,
    banned: new TermMatcher(policy.bannedTerms),
    suspect: new TermMatcher(policy.suspectTerms),
    patterns,
    allowedDomains: domainSet(policy.allowedDomains),
    blockedDomains: domainSet(policy.blockedDomains),
    trustedAuthors: new Set(policy.trustedAuthors),
    errors,
  };
}

import type { Evidence } from '@cm/contracts';
import type { Analysis } from '../engine/analysis.js';
import { evidence, type Finding, finding, quote } from '../engine/reason.js';
import type { Word } from '../normalize/words.js';
import type { CompiledPolicy } from './compile.js';
import type { TermMatch } from './terms.js';

/** Longest stretch of folded text a site pattern is run on; RE2 is linear, this bounds the constant. */
const MAX_PATTERN_INPUT = 200_000;

function termEvidence(a: Analysis, matches: TermMatch[]): Evidence[] {
  return matches.map((m) =>
    evidence(a.body, a.folded, (a.words[m.first] as Word).start, (a.words[m.last] as Word).end),
  );
}

/** Site terms (banned reject, suspect flag) and site patterns (flag). */
export function checkPolicy(a: Analysis, policy: CompiledPolicy): Finding[] {
  const out: Finding[] = [];
  const banned = policy.banned.find(a.words);
  if (banned.length > 0) {
    const ev = termEvidence(a, banned);
    out.push(
      finding('policy', 'policy.banned-term', 'high', 1, `Term banned on this site: ${quote(ev)}`, ev, 'reject'),
    );
  }
  const suspect = policy.suspect.find(a.words);
  if (suspect.length > 0) {
    const ev = termEvidence(a, suspect);
    out.push(
      finding('policy', 'policy.suspect-term', 'medium', 0.8, `Term this site reviews: ${quote(ev)}`, ev, 'flag'),
    );
  }
  if (policy.patterns.length > 0) {
    const text = a.folded.text.slice(0, MAX_PATTERN_INPUT);
    const ev: Evidence[] = [];
    const sources: string[] = [];
    for (const p of policy.patterns) {
      const m = p.re.matcher(text);
      let found = 0;
      // Empty matches advance one character per find; a few tries are enough to show the admin what matched.
      for (let tries = 0; found < 5 && tries < 20 && m.find(); tries++) {
        const s = m.start();
        const e = m.end();
        if (e > s) {
          ev.push(evidence(a.body, a.folded, s, e));
          found++;
        }
      }
      if (found > 0) sources.push(p.source);
    }
    if (ev.length > 0) {
      out.push(
        finding(
          'policy',
          'policy.suspect-pattern',
          'medium',
          0.8,
          `Matches this site's pattern ${sources.map((s) => `/${s}/`).join(', ')}: ${quote(ev)}`,
          ev,
          'flag',
        ),
      );
    }
  }
  return out;
}

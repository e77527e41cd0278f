import type { Evidence, Severity } from '@cm/contracts';
import { type Finding, finding, quote } from '../engine/reason.js';
import type { Target } from './subject-words.js';

/** One hit before hits of the same rule are merged into a reason. */
export interface Hit {
  rule: string;
  severity: Severity;
  score: number;
  target: Target | null;
  ev: Evidence;
}

const TARGET_TEXT: Record<Target, string> = {
  reader: 'another reader',
  author: 'the author',
  group: 'a group of people',
  person: 'a named person',
  someone: 'someone',
};

const MESSAGES: Record<string, (target: string, quoted: string) => string> = {
  'abuse.insult.directed': (t, q) => `Insult aimed at ${t}: ${q}`,
  'abuse.insult': (_t, q) => `Insulting word: ${q}`,
  'abuse.criticism': (_t, q) => `Harsh words about an idea, a plan or a decision: ${q}`,
  'abuse.slur': (_t, q) => `Slur or identity attack: ${q}`,
  'abuse.identity-attack': (_t, q) => `Attack on people for who they are (nationality, religion, gender, ...): ${q}`,
  'abuse.self-harm': (_t, q) => `Incitement to self-harm: ${q}`,
  'abuse.threat': (t, q) => `Threat of violence or intimidation${t === 'someone' ? '' : ` against ${t}`}: ${q}`,
  'abuse.threat.wish': (t, q) => `Wishes harm on ${t === 'someone' ? 'someone' : t}: ${q}`,
  'abuse.harassment': (t, q) => `Harassment${t === 'someone' ? '' : ` of ${t}`}: ${q}`,
  'abuse.profanity.directed': (t, q) => `Profanity aimed at ${t}: ${q}`,
  'abuse.profanity': (_t, q) => `Strong language, not aimed at anyone: ${q}`,
  'abuse.denigration': (_t, q) => `Denigrating words about someone or what they said or did: ${q}`,
};

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** One reason per rule, with all its evidence, the highest score and severity, and the likeliest target. */
export function merge(hits: Hit[]): Finding[] {
  if (hits.length === 0) return [];
  const byRule = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byRule.get(h.rule);
    if (list) list.push(h);
    else byRule.set(h.rule, [h]);
  }
  const out: Finding[] = [];
  for (const [rule, list] of byRule) {
    let best = list[0] as Hit;
    for (const h of list) {
      if (h.score > best.score || (h.score === best.score && SEVERITY_RANK[h.severity] > SEVERITY_RANK[best.severity]))
        best = h;
    }
    // A specific target ("another reader", "the author") says more than "someone" from any hit of the rule.
    const target = list.find((h) => h.target && h.target !== 'someone')?.target ?? best.target ?? 'someone';
    const f = finding(
      'abuse',
      rule,
      best.severity,
      best.score,
      '',
      list.map((h) => h.ev),
    );
    f.message = (MESSAGES[rule] ?? ((_t: string, q: string) => q))(TARGET_TEXT[target], quote(f.evidence));
    out.push(f);
  }
  return out;
}

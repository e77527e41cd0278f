import type { Evidence, Severity } from '@cm/contracts';
import type { Analysis } from '../engine/analysis.js';
import { evidence, type Finding, finding, quote } from '../engine/reason.js';
import type { Word } from '../normalize/words.js';
import { type Direction, directionOf, isCompoundHead, nounAfter, type Target } from './directedness.js';
import { type LexHit, lookupWord } from './lexicon/index.js';
import type { PhraseKind } from './lexicon/phrases.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { findPhrases } from './phrase-matcher.js';

/** One hit before hits of the same rule are merged into a reason. */
interface Hit {
  rule: string;
  severity: Severity;
  score: number;
  target: Target | null;
  ev: Evidence;
}

const AUTHOR_WORDS: ReadonlySet<string> = new Set([
  'author',
  'writer',
  'columnist',
  'journalist',
  'reporter',
  'editor',
]);
const YOU_WORDS: ReadonlySet<string> = new Set(SECOND_PERSON);

const TARGET_TEXT: Record<Target, string> = {
  reader: 'another reader',
  author: 'the author',
  group: 'a group of people',
  person: 'a named person',
  someone: 'someone',
};

const PHRASE_RULES: Record<PhraseKind, { rule: string; severity: Severity; what: string }> = {
  'self-harm': { rule: 'abuse.self-harm', severity: 'critical', what: 'Incitement to self-harm' },
  threat: { rule: 'abuse.threat', severity: 'critical', what: 'Threat of violence or intimidation' },
  harassment: { rule: 'abuse.harassment', severity: 'high', what: 'Harassment' },
  profanity: { rule: 'abuse.profanity.directed', severity: 'medium', what: 'Profanity aimed at' },
};

const MESSAGES: Record<string, (target: string, quoted: string) => string> = {
  'abuse.insult.directed': (t, q) => `Insult aimed at ${t}: ${q}`,
  'abuse.insult': (_t, q) => `Insulting word: ${q}`,
  'abuse.slur': (_t, q) => `Slur or identity attack: ${q}`,
  'abuse.self-harm': (_t, q) => `Incitement to self-harm: ${q}`,
  'abuse.threat': (t, q) => `Threat of violence or intimidation${t === 'someone' ? '' : ` against ${t}`}: ${q}`,
  'abuse.harassment': (t, q) => `Harassment${t === 'someone' ? '' : ` of ${t}`}: ${q}`,
  'abuse.profanity.directed': (t, q) => `Profanity aimed at ${t}: ${q}`,
  'abuse.profanity': (_t, q) => `Strong language, not aimed at anyone: ${q}`,
};

/**
 * The abuse check: lexicon words judged by who they are aimed at, plus phrases for threats, self-harm,
 * harassment and directed profanity. Every hit carries the original words as evidence.
 */
export function checkAbuse(a: Analysis): Finding[] {
  const hits: Hit[] = [];
  const words = a.words;

  for (const m of findPhrases(words)) {
    const r = PHRASE_RULES[m.spec.kind];
    let target: Target | null = null;
    for (let k = m.first; k <= m.last; k++) {
      const w = words[k] as Word;
      if (w.forms.some((f) => AUTHOR_WORDS.has(f))) target = 'author';
      else if (!target && w.forms.some((f) => YOU_WORDS.has(f))) target = 'reader';
    }
    hits.push({
      rule: r.rule,
      severity: r.severity,
      score: m.spec.score,
      target,
      ev: wordsEvidence(a, m.first, m.last),
    });
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const hit = lookupWord(w.forms);
    if (!hit) continue;
    const h = judgeWord(words, i, hit);
    if (h)
      hits.push({ rule: h.rule, severity: h.severity, score: h.score, target: h.target, ev: wordsEvidence(a, i, i) });
  }
  return merge(hits);
}

/** Evidence for the words [first, last] of the analysis. */
function wordsEvidence(a: Analysis, first: number, last: number): Evidence {
  return evidence(a.body, a.folded, (a.words[first] as Word).start, (a.words[last] as Word).end);
}

function judgeWord(words: Word[], i: number, hit: LexHit): Omit<Hit, 'ev'> | null {
  const k = hit.kinds;
  const w = words[i] as Word;
  if (k.has('slur')) return { rule: 'abuse.slur', severity: 'high', score: 0.9, target: null };
  if (k.has('insult-strong')) {
    const d = directionOf(words, i, true);
    const intensified = i > 0 && lookupWord((words[i - 1] as Word).forms)?.kinds.has('profanity') === true;
    if (d.explicit || intensified) return directed(d, 0.85);
    // Strong insults are insults even without a visible target ("who let this idiot write").
    return { rule: 'abuse.insult.directed', severity: 'medium', score: 0.65, target: 'someone' };
  }
  if (k.has('slur-ambiguous') || k.has('insult-targeted')) {
    if (isCompoundHead(words, i)) return null;
    const d = directionOf(words, i, true);
    if (d.explicit && d.target !== 'idea') {
      return k.has('slur-ambiguous')
        ? { rule: 'abuse.slur', severity: 'high', score: 0.8, target: d.target as Target }
        : directed(d, 0.75);
    }
    return { rule: 'abuse.insult', severity: 'low', score: 0.3, target: null };
  }
  if (k.has('adjective') || k.has('adjective-mild')) {
    const mild = !k.has('adjective');
    const after = nounAfter(words, i);
    if (after === 'idea') return null;
    const d = directionOf(words, i, false);
    if ((d.explicit && d.target !== 'idea') || after) {
      const target = (d.explicit ? d.target : after) as Target;
      return { rule: 'abuse.insult.directed', severity: mild ? 'low' : 'medium', score: mild ? 0.4 : 0.7, target };
    }
    return null;
  }
  if (k.has('profanity')) {
    // "you fucking ..." or "fucking idiot": the insult check scores the noun; this notes the language.
    const d = directionOf(words, i, false);
    const next = words[i + 1];
    const nextHit = next ? lookupWord(next.forms) : null;
    if (d.explicit && d.target === 'reader')
      return { rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: 'reader' };
    if (nextHit && (nextHit.kinds.has('insult-strong') || nextHit.kinds.has('insult-targeted'))) {
      return { rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: 'someone' };
    }
    return { rule: 'abuse.profanity', severity: 'low', score: w.joined ? 0.45 : 0.25, target: null };
  }
  return null;
}

function directed(d: Direction, score: number): Omit<Hit, 'ev'> {
  const target: Target = d.target && d.target !== 'idea' ? d.target : 'someone';
  return { rule: 'abuse.insult.directed', severity: score >= 0.8 ? 'high' : 'medium', score, target };
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** One reason per rule, with all its evidence, the highest score and severity, and the likeliest target. */
function merge(hits: Hit[]): Finding[] {
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

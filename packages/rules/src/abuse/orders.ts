/**
 * Orders to harm people: a violent verb opening its sentence ("Kill them.", "just shoot him", "Hang the idiot") aimed
 * at a person, not at a thing ("Kill the fare rise!", "Shoot more from distance!", "kill the filibuster").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { describeSubject } from './directedness.js';
import { lookupWord } from './lexicon/index.js';

const VIOLENT: ReadonlySet<string> = new Set(
  'kill shoot hang lynch stab execute behead strangle torch gas nuke castrate shank'.split(' '),
);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'em']);
/** Words before the verb that keep it an order: "just shoot him", "then hang them", "so kill them". */
const ORDER_OPENERS: ReadonlySet<string> = new Set(['just', 'then', 'so', 'simply', 'and', 'please']);

/** Word ranges `[verb, object]` of orders to harm someone. */
export function findOrders(words: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!has(VIOLENT, w)) continue;
    const prev = words[i - 1];
    const opens =
      i === 0 || w.breakBefore || w.pauseBefore || (has(ORDER_OPENERS, prev) && (i === 1 || !!prev?.breakBefore));
    if (!opens) continue;
    const target = objectAt(words, i + 1);
    if (target !== null) out.push([i, target]);
  }
  return out;
}

/** The last word of a person object starting at `k`: "him", "the idiot", "the dealers", "those traitors". */
function objectAt(words: Word[], k: number): number | null {
  const first = words[k];
  if (!first || first.breakBefore) return null;
  if (has(OBJECT_PRONOUNS, first)) return k;
  if (!['the', 'these', 'those', 'all'].includes(first.text)) return null;
  // Up to one describing word between: "the corrupt officials", "the lying bastard".
  for (let j = k + 1; j <= k + 2; j++) {
    const w = words[j];
    if (!w || w.breakBefore) return null;
    const subject = describeSubject(w);
    if (subject === 'idea') return null;
    if (subject === 'person' && w.capitalized) return j;
    if (subject === 'group' || subject === 'person') return j;
    const hit = lookupWord(w.forms);
    if (hit && (hit.kinds.has('insult-strong') || hit.kinds.has('insult-person'))) return j;
    if (!hit) {
      // A plural with a person's ending: "the communists", "the politicians" (not "-ers": "hang the banners").
      if (/(?:ists|ians)$/.test(w.text)) return j;
      if (j === k + 2) return null;
    }
  }
  return null;
}

import type { Category, Reason } from '@cm/contracts';
import type { Harness } from '@cm/testing';

export const REASONS: Record<Category, Reason> = {
  abuse: {
    category: 'abuse',
    rule: 'abuse.insult.directed',
    severity: 'high',
    score: 0.9,
    message: "Insult aimed at another reader: 'moron'",
    evidence: [{ text: 'moron', start: 4, end: 9 }],
  },
  link: {
    category: 'link',
    rule: 'link.blocked',
    severity: 'medium',
    score: 0.8,
    message: 'Link to a blocked domain: spam.example',
    evidence: [{ text: 'spam.example', start: 4, end: 16 }],
  },
  duplicate: {
    category: 'duplicate',
    rule: 'duplicate.campaign',
    severity: 'medium',
    score: 0.8,
    message: 'The same text from 5 authors in 10 minutes',
    evidence: [{ text: 'text', start: 0, end: 4 }],
  },
  spam: {
    category: 'spam',
    rule: 'spam.self-promotion',
    severity: 'medium',
    score: 0.7,
    message: 'Self-promotion: "subscribe to my channel"',
    evidence: [{ text: 'subscribe', start: 0, end: 9 }],
  },
  policy: {
    category: 'policy',
    rule: 'policy.premoderated',
    severity: 'low',
    score: 0.5,
    message: 'Comments by this author are reviewed before they are published',
    evidence: [],
  },
};

/** GET /v1/comments/{id} with a receipt. */
export async function readAsAuthor(h: Harness, id: string, receipt: string): Promise<Record<string, unknown>> {
  const res = await h.fetch(`/v1/comments/${id}`, { headers: { 'comment-receipt': receipt } });
  if (res.status !== 200) throw new Error(`GET ${id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** POST /v1/comments/{id}/appeal with a receipt. */
export function appeal(h: Harness, id: string, receipt: string | undefined, message = 'I was quoting the minister.') {
  return h.post(`/v1/comments/${id}/appeal`, { message }, receipt === undefined ? {} : { 'comment-receipt': receipt });
}

import { type AuthorCommentView, CATEGORY_SUMMARIES } from '@cm/contracts';
import { type AuthorCommentRow, getAuthorCommentRow } from '@cm/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { receiptMatches } from './receipts.js';

/**
 * The answer for the holder of the comment's receipt: its status, and while it is not published the statement
 * of reasons (category in plain words, the rule's message, who decided and when, whether it can be appealed), and
 * the appeal with its outcome. Undefined when the comment is not stored yet or the receipt is not its own: the
 * caller then answers as for anyone.
 */
export async function authorAnswer(
  c: Context<AppEnv>,
  id: string,
  receipt: string,
): Promise<AuthorCommentView | undefined> {
  const row = await getAuthorCommentRow(c.var.deps.db, id);
  if (!row || !receiptMatches(receipt, row.receiptHash)) return undefined;
  return authorView(row);
}

function authorView(row: AuthorCommentRow): AuthorCommentView {
  const view: AuthorCommentView = { id: row.id, status: row.status };
  if (row.status === 'flagged' || row.status === 'rejected') {
    // An appeal answered is a person's decision, also when it left the status as it was.
    const answered = row.appeal?.outcome ? row.appeal.decidedAt : null;
    view.statement = {
      decidedBy: answered ? 'moderator' : row.decidedBy,
      decidedAt: (answered ?? row.decidedAt).toISOString(),
      reasons: row.reasons.map((r) => ({
        category: r.category,
        summary: CATEGORY_SUMMARIES[r.category],
        message: r.message,
      })),
      moderatorReason: row.moderatorReason,
      appealable: row.appeal === null && !row.erased,
    };
  }
  if (row.appeal) {
    view.appeal = {
      state: row.appeal.outcome ?? 'open',
      filedAt: row.appeal.filedAt.toISOString(),
      decidedAt: row.appeal.decidedAt?.toISOString() ?? null,
    };
  }
  return view;
}

import type { AuthorExport, ExportedComment } from '@cm/contracts';
import type { AuthorCommentData, AuthorDataSummary } from '@cm/db';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** One of the author's comments in their export. */
function exportedCommentView(c: AuthorCommentData): ExportedComment {
  return {
    ...c,
    receivedAt: c.receivedAt.toISOString(),
    decidedAt: iso(c.decidedAt),
    erasedAt: iso(c.erasedAt),
    decisions: c.decisions.map((d) => ({ ...d, at: d.at.toISOString() })),
    appeal: c.appeal && { ...c.appeal, filedAt: c.appeal.filedAt.toISOString(), decidedAt: iso(c.appeal.decidedAt) },
  };
}

/**
 * An author's export as JSON text in pieces: everything but the comments first, then the comments a page at a
 * time, so that a large author streams in constant memory. The pieces join into one `AuthorExport`.
 */
export async function* authorExportChunks(
  who: { siteId: string; authorKey: string; exportedAt: Date },
  s: AuthorDataSummary,
  pages: AsyncIterable<AuthorCommentData[]>,
): AsyncGenerator<string> {
  const head: Omit<AuthorExport, 'comments'> = {
    siteId: who.siteId,
    authorKey: who.authorKey,
    exportedAt: who.exportedAt.toISOString(),
    erasedAt: iso(s.erasedAt),
    personal: s.personal,
    moderation: s.state && {
      ...s.state,
      bannedUntil: iso(s.state.bannedUntil),
      updatedAt: s.state.updatedAt.toISOString(),
    },
    reportsMade: s.reportsMade.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      resolvedAt: iso(r.resolvedAt),
    })),
    reporterRecord: s.reporterRecord,
    notes: s.notes.map((n) => ({ text: n.text, createdAt: n.createdAt.toISOString() })),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"comments":[`;
  let first = true;
  for await (const page of pages) {
    for (const c of page) {
      yield `${first ? '' : ','}${JSON.stringify(exportedCommentView(c))}`;
      first = false;
    }
  }
  yield ']}';
}

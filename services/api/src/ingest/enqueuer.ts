import {
  DECIDE_JOB_MAX_CHARS,
  DECIDE_JOB_MAX_COMMENTS,
  DECIDE_JOB_OPTIONS,
  type DecideBatchJob,
  type DecideCommentJob,
  packDecideComment,
  QUEUES,
} from '@cm/contracts';
import type { Queue } from 'bullmq';
import type { GuardInput, GuardResult, IngestGuard } from './ingest-guard.js';

export interface Submission {
  /** The job as it would be queued; its id is replaced by the first request's id on an idempotent replay. */
  comment: DecideCommentJob;
  guard: GuardInput;
}

/** What the request gets back: admitted and queued (`ok`, `replay`), or refused by the guard. */
export type Admission = GuardResult;

interface Pending {
  submission: Submission;
  resolve: (a: Admission) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for ingest. A request's comment waits only for the enqueue in flight, never for a timer: the
 * comments that arrive meanwhile go together, in one admission call and one BullMQ job, once it returns. With
 * light traffic every comment is its own job; under a burst one Redis round trip carries tens of comments.
 * A request is answered only after its job is in Redis, so a 202 still means "queued".
 */
export class CommentEnqueuer {
  private pending: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly queue: Queue,
    private readonly guard: IngestGuard,
    private readonly maxInFlight = 2,
    private readonly limits = { comments: DECIDE_JOB_MAX_COMMENTS, chars: DECIDE_JOB_MAX_CHARS },
    /** Runs after a job is written and before its requests are answered (waiting for replicas to have it). */
    private readonly afterAdd: () => Promise<void> = async () => undefined,
  ) {}

  /** Resolves once the comment is queued (or refused); rejects when Redis could not be reached. */
  submit(submission: Submission): Promise<Admission> {
    return new Promise<Admission>((resolve, reject) => {
      this.pending.push({ submission, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    this.scheduled = true;
    // Let the requests parsed in this turn of the event loop join the group.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.maxInFlight && this.pending.length > 0) {
      const group = this.take();
      this.inFlight++;
      void this.send(group).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  /** The oldest pending comments that fit in one job. */
  private take(): Pending[] {
    let chars = 0;
    let n = 0;
    while (n < this.pending.length && n < this.limits.comments) {
      chars += this.pending[n]!.submission.comment.body.length;
      if (n > 0 && chars > this.limits.chars) break;
      n++;
    }
    return this.pending.splice(0, n);
  }

  private async send(group: Pending[]): Promise<void> {
    let results: GuardResult[];
    try {
      results = await this.guard.admit(group.map((p) => p.submission.guard));
    } catch (err) {
      for (const p of group) p.reject(err);
      return;
    }
    const admitted = group.flatMap((p, i) => {
      const result = results[i]!;
      return isAdmitted(result) ? [{ p, input: p.submission.guard, result }] : [];
    });
    if (admitted.length > 0) {
      const job: DecideBatchJob = {
        comments: admitted.map(({ p, result }) => packDecideComment(p.submission.comment, result.id)),
      };
      try {
        await this.queue.add(QUEUES.decide, job, DECIDE_JOB_OPTIONS);
      } catch (err) {
        // Nothing of this job was queued: undo its admissions, so a retry with the same key queues it.
        await this.guard.release(admitted).catch(() => undefined);
        const failed = new Set(admitted.map((a) => a.p));
        group.forEach((p, i) => {
          if (failed.has(p)) p.reject(err);
          else p.resolve(results[i]!);
        });
        return;
      }
      // The job is in Redis: a failure here changes nothing of that, so the requests are answered regardless.
      await this.afterAdd().catch(() => undefined);
    }
    group.forEach((p, i) => {
      p.resolve(results[i]!);
    });
  }
}

const isAdmitted = (r: GuardResult): r is Extract<GuardResult, { id: string }> =>
  r.kind === 'ok' || r.kind === 'replay';

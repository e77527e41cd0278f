import type { ApiError, Problem } from './api.js';
import { duration } from './dom.js';

/** Mirrors MAX_BODY_CHARS in @cm/contracts; the server is the judge, this only drives the counter. */
export const MAX_BODY_CHARS = 10_000;
export const MAX_NAME_CHARS = 100;

/** Which field an error is about, so that the form can mark it and move focus there. */
export type Field = 'name' | 'body' | undefined;

export interface Explained {
  message: string;
  field: Field;
  /** Seconds before posting again makes sense (rate limit). */
  retryAfterSeconds?: number | undefined;
}

/** A sentence a reader understands for every error the API can give when posting. */
export function explainPostError(err: ApiError, bodyLength: number): Explained {
  const p: Problem = err.problem;
  if (p.status === 0) {
    return {
      message:
        "We couldn't reach the comment service. Check your connection and try again; your comment is still here.",
      field: undefined,
    };
  }
  if (p.status === 413 || (p.status === 422 && bodyLength > MAX_BODY_CHARS)) {
    return {
      message: `Your comment is too long: ${bodyLength.toLocaleString()} characters, the limit is ${MAX_BODY_CHARS.toLocaleString()}. Please shorten it.`,
      field: 'body',
    };
  }
  if (p.status === 422) {
    const first = p.errors?.[0];
    if (first?.path.startsWith('author')) {
      return { message: `Please check your name (at most ${MAX_NAME_CHARS} characters).`, field: 'name' };
    }
    if (first?.path === 'body') return { message: `Please check your comment: ${first.message}.`, field: 'body' };
    return {
      message: 'Your comment could not be accepted as written. Please check it and try again.',
      field: undefined,
    };
  }
  if (p.status === 429) {
    const s = Math.max(1, Math.round(p.retryAfterSeconds ?? 60));
    return {
      message: `You are posting too quickly. Please wait ${duration(s)} before trying again; your comment is still here.`,
      field: undefined,
      retryAfterSeconds: s,
    };
  }
  if (p.status === 403 && p.code === 'ORIGIN_NOT_ALLOWED') {
    return { message: 'Comments are not enabled for this website.', field: undefined };
  }
  if (p.status === 404 && p.code === 'SITE_NOT_FOUND') {
    return { message: 'This comment box is not set up correctly (unknown site).', field: undefined };
  }
  if (p.status >= 500) {
    return {
      message:
        p.status === 500
          ? 'Something went wrong on our side and your comment was not sent. Please try again in a moment.'
          : 'The comment service is unavailable right now and your comment was not sent. Please try again in a minute; your comment is still here.',
      field: undefined,
    };
  }
  return { message: `Your comment could not be sent${p.detail ? `: ${p.detail}` : '.'}`, field: undefined };
}

/** A sentence for a failed load of the comments. */
export function explainLoadError(err: ApiError): string {
  const p = err.problem;
  if (p.status === 403 && p.code === 'ORIGIN_NOT_ALLOWED') return 'Comments are not enabled for this website.';
  if (p.status === 404 && p.code === 'SITE_NOT_FOUND')
    return 'This comment box is not set up correctly (unknown site).';
  if (p.status === 0 || p.status >= 500) return 'The comments could not be loaded: the comment service is unavailable.';
  return 'The comments could not be loaded.';
}

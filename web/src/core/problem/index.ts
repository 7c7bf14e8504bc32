// Turning API failures (problem+json, RFC 9457) into sentences an analyst can act on.
import type { Problem } from '../../api/types';

/** What the page was doing when a request failed, so that a 404 can be named ("Chart not found"). */
export type Subject = 'chart' | 'entity' | 'case' | 'other';

const subjectNames: Record<Subject, string> = { chart: 'Chart', entity: 'Entity', case: 'Case', other: 'Item' };

/** problemLines lists a problem's entries as "field: reason" (with "file:line" in front when given). */
export function problemLines(p: Problem | null | undefined): string[] {
  if (!p || !Array.isArray(p.problems)) return [];
  return p.problems.map((e) => {
    const where = [e.file, e.line !== undefined ? String(e.line) : ''].filter(Boolean).join(':');
    const field = e.field ?? '';
    const head = [where, field].filter(Boolean).join(' ');
    return head ? `${head}: ${e.reason}` : e.reason;
  });
}

/**
 * problemMessage is the sentence shown for a failed request: a hidden or unknown object answers 404 exactly like a
 * missing one, so the message never claims which it is.
 */
export function problemMessage(status: number, p: Problem | null | undefined, subject: Subject = 'other'): string {
  const detail = (p?.detail || p?.title || '').trim();
  switch (status) {
    case 0:
      return 'The Ringleader server cannot be reached. Check that it is running, then try again.';
    case 401:
      return 'Your session has ended: the token is expired, revoked or unknown. Sign in again with a valid token.';
    case 403:
      return detail ? `Not allowed for your role: ${detail}` : 'Not allowed for your role.';
    case 404:
      if (subject !== 'other') return `${subjectNames[subject]} not found (or not visible to you).`;
      return detail ? `Not found: ${detail}` : 'Not found (or not visible to you).';
    case 413:
      return detail ? `Too large: ${detail}` : 'The request or its answer is too large. Narrow it down (a case, a time window, fewer types).';
    case 429:
      return 'Too many requests in a short time. Wait a few seconds and try again.';
    case 503:
      return detail ? `The store is unavailable: ${detail}` : 'The store is unavailable right now. Try again in a moment.';
    default:
      if (detail) return detail;
      return status >= 500 ? `The server failed (HTTP ${status}).` : `The request failed (HTTP ${status}).`;
  }
}

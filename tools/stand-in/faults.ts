import type { Socket } from 'node:net';
import { HttpError } from './errors.js';
import type { RequestLogEntry } from './requests.js';

/** Fault injection: which requests fail, and how (a status, a reset, a hang, a delay). */

export interface Fault {
  /** How many matching requests to fail (default 1). */
  times?: number;
  /** Answer with this status (500, 502, 503, 403, 429…). */
  status?: number;
  /** 403/429 as GitHub's primary or secondary rate limit, with its headers. */
  rateLimit?: 'primary' | 'secondary';
  /** Seconds for retry-after / x-ratelimit-reset. */
  retryAfter?: number;
  /** Wait this long before answering (or before the fault). */
  delayMs?: number;
  /** Destroy the connection without an answer. */
  reset?: boolean;
  /** Never answer (a hang past the client's timeout). */
  hang?: boolean;
  method?: string;
  /** Matched against the path without query string. */
  path?: RegExp;
  /** Only requests about this repository (`owner/name`), so concurrent tests can each fault their own. */
  repository?: string;
  /** Matched against the request body as text (e.g. a deployment status's `"state":"success"`). */
  body?: RegExp;
  /**
   * Fail each distinct request (method, URL and body) the first time it is seen and let its
   * repeats through: every API call meets the fault once, and its retry succeeds. `times` then
   * counts distinct requests and defaults to no limit.
   */
  firstAttempt?: boolean;
  /**
   * Carry the request out, then answer with the fault (or reset, or hang): the answer is lost
   * but the write happened, as when a proxy in front of GitHub fails after GitHub did the work.
   */
  afterHandling?: boolean;
}

export interface ActiveFault extends Fault {
  remaining: number;
  seen: Set<string>;
}

/** The faults waiting for their requests, in the order they were added. */
export class Faults {
  private readonly active: ActiveFault[] = [];

  add(fault: Fault): void {
    this.active.push({
      ...fault,
      remaining: fault.times ?? (fault.firstAttempt ? Infinity : 1),
      seen: new Set(),
    });
  }

  clearOf(repository: string): void {
    for (let i = this.active.length - 1; i >= 0; i--)
      if (this.active[i]?.repository === repository) this.active.splice(i, 1);
  }

  clear(): void {
    this.active.length = 0;
  }

  /** The first fault matching the request, counted as used; `key` tells distinct requests apart. */
  take(entry: RequestLogEntry, body: Buffer, key: string): ActiveFault | undefined {
    const path = entry.path.replace(/^\/api\/uploads(?=\/)/, '');
    const fault = this.active.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method === entry.method) &&
        (!f.path || f.path.test(path)) &&
        (!f.repository || f.repository === entry.repository) &&
        (!f.body || f.body.test(body.toString('utf8'))) &&
        (!f.firstAttempt || !f.seen.has(key)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    fault.seen.add(key);
    return fault;
  }
}

/** Hangs or resets instead of answering; false for a fault that answers with a status. */
export function loseAnswer(
  fault: ActiveFault,
  entry: RequestLogEntry,
  socket: Socket,
  when: string,
): boolean {
  if (fault.hang) {
    entry.fault = `hang${when}`;
    return true; // never answered; the client's timeout must handle it
  }
  if (fault.reset) {
    entry.fault = `reset${when}`;
    entry.status = 0;
    socket.destroy();
    return true;
  }
  return false;
}

/** The error a status fault answers with, with GitHub's rate-limit headers where it is one. */
export function faultError(fault: Fault): HttpError {
  const status = fault.status ?? 500;
  const retryAfter = String(fault.retryAfter ?? 1);
  if (fault.rateLimit === 'secondary' || (status === 429 && fault.rateLimit !== 'primary')) {
    return new HttpError(
      status,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      undefined,
      { 'retry-after': retryAfter },
    );
  }
  if (fault.rateLimit === 'primary') {
    return new HttpError(status, 'API rate limit exceeded for installation.', undefined, {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + Number(retryAfter)),
    });
  }
  const messages: Record<number, string> = {
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
    403: 'Forbidden',
  };
  return new HttpError(status, messages[status] ?? 'Error');
}

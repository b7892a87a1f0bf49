/**
 * Concurrency groups as GitHub runs them, shared by every run of every workflow file in one
 * repository (a group's name is all that ties two runs or jobs together):
 * - at most one holder runs in a group at a time;
 * - a newcomer that finds the group taken waits as its *pending* holder, and by default a group
 *   keeps one pending holder only: a newer one cancels the older one;
 * - `queue: max` (github.com, not GHES; only with `cancel-in-progress` false) keeps the pending
 *   holders in order instead, up to 100, the oldest being cancelled beyond that;
 * - `cancel-in-progress: true` cancels the running holder and every pending one.
 * docs.github.com, "Control the concurrency of workflows and jobs".
 */

export interface ConcurrencyRequest {
  group: string;
  cancelInProgress: boolean;
  queueMax: boolean;
  /** Who asks: "deploy run 1001", "rollback run 1002 job rollback" (for the log). */
  who: string;
  /** Called when a newcomer with cancel-in-progress cancels this holder while it runs. */
  onCancelRunning?: (by: string) => void;
}

export interface Lease {
  granted: boolean;
  /** Why it was not granted (cancelled while pending, and by whom). */
  reason?: string;
  release: () => void;
}

interface Holder {
  request: ConcurrencyRequest;
  settle: (lease: Lease) => void;
}

interface Group {
  running?: Holder;
  pending: Holder[];
}

export type ConcurrencyEvent =
  | { kind: 'running' | 'pending' | 'released'; group: string; who: string }
  | { kind: 'cancelled-pending' | 'cancelled-running'; group: string; who: string; by: string };

/** GitHub's limit on queued runs or jobs per group with `queue: max`. */
export const QUEUE_LIMIT = 100;

export class ConcurrencyGroups {
  private readonly groups = new Map<string, Group>();
  readonly log: ConcurrencyEvent[] = [];

  constructor(private readonly onEvent?: (event: ConcurrencyEvent) => void) {}

  private note(event: ConcurrencyEvent): void {
    this.log.push(event);
    this.onEvent?.(event);
  }

  /** Resolves when the holder may run (granted) or was cancelled while pending (not granted). */
  acquire(request: ConcurrencyRequest): Promise<Lease> {
    // GitHub's group names are case-insensitive.
    const key = request.group.toLowerCase();
    let group = this.groups.get(key);
    if (!group) {
      group = { pending: [] };
      this.groups.set(key, group);
    }
    const g = group;
    return new Promise<Lease>((resolve) => {
      const holder: Holder = { request, settle: resolve };
      const grant = (h: Holder) => {
        g.running = h;
        this.note({ kind: 'running', group: request.group, who: h.request.who });
        let released = false;
        h.settle({
          granted: true,
          release: () => {
            if (released) return;
            released = true;
            g.running = undefined;
            this.note({ kind: 'released', group: request.group, who: h.request.who });
            const next = g.pending.shift();
            if (next) grant(next);
          },
        });
      };
      const cancelPending = (h: Holder) =>
        h.settle({
          granted: false,
          reason: `cancelled while pending in concurrency group ${request.group}: ${request.who} entered it`,
          release: () => {},
        });
      if (request.cancelInProgress) {
        for (const p of g.pending.splice(0)) {
          this.note({
            kind: 'cancelled-pending',
            group: request.group,
            who: p.request.who,
            by: request.who,
          });
          cancelPending(p);
        }
        if (g.running) {
          this.note({
            kind: 'cancelled-running',
            group: request.group,
            who: g.running.request.who,
            by: request.who,
          });
          g.running.request.onCancelRunning?.(request.who);
        }
      }
      if (!g.running) {
        grant(holder);
        return;
      }
      // queue: max applies only where cancel-in-progress is false.
      const keep = request.queueMax && !request.cancelInProgress ? QUEUE_LIMIT - 1 : 0;
      while (g.pending.length > keep) {
        const dropped = g.pending.shift() as Holder;
        this.note({
          kind: 'cancelled-pending',
          group: request.group,
          who: dropped.request.who,
          by: request.who,
        });
        cancelPending(dropped);
      }
      g.pending.push(holder);
      this.note({ kind: 'pending', group: request.group, who: request.who });
    });
  }

  /** Who runs and who waits in a group now. */
  state(group: string): { running?: string; pending: string[] } {
    const g = this.groups.get(group.toLowerCase());
    return {
      running: g?.running?.request.who,
      pending: g?.pending.map((p) => p.request.who) ?? [],
    };
  }
}

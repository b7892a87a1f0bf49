import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** Epoch milliseconds with sub-millisecond resolution (Date.now()'s scale: comparable across processes). */
export const stamp = (): number => performance.timeOrigin + performance.now();

/**
 * When a weight change reached a stand-in (`at`) and when the stand-in's model of the vendor
 * applied it (`inEffectAt`: the Gateway's controller wrote its status, Cloud Run's operation ended;
 * the same as `at` where the API applies a write as it answers), both from stamp().
 */
/** What a call does: reads state, writes it, exchanges a credential, or anything else (discovery, a watch). */
export type CallKind = 'read' | 'write' | 'auth' | 'other';

export interface WriteTime {
  at: number;
  inEffectAt?: number;
}

/** What every vendor stand-in shares: an HTTP server on a free loopback port, started and stopped. */
export abstract class LoopbackStandIn {
  private server?: Server;
  /** Calls answered, by kind and operation ('read GetAlias', 'write PATCH service', …), faults included. */
  readonly calls = new Map<string, number>();
  /** One per weight change stored, in order (see WriteTime). */
  readonly writeTimes: WriteTime[] = [];

  protected tally(kind: CallKind, operation: string): void {
    const key = `${kind} ${operation}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }

  /** Records a weight change stored now; `inEffect` when the API applies it as it answers. */
  protected written(inEffect: boolean): WriteTime {
    const at = stamp();
    const time: WriteTime = inEffect ? { at, inEffectAt: at } : { at };
    this.writeTimes.push(time);
    return time;
  }

  protected abstract handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }
  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

import { Agent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** What makes one HTTP answer healthy. */
export interface ProbeSpec {
  url: URL;
  method: string;
  headers: Record<string, string>;
  /** Accepted statuses as inclusive ranges. */
  expectStatus: [number, number][];
  /** Body must contain this text, or match this regular expression. */
  expectBody?: string | RegExp;
  /** JSON body: the value at this dotted path must equal `equals` (compared as strings). */
  expectJson?: { path: string; equals: string };
  timeoutMs: number;
  /** Slower than this counts as slow (the p95 guardrail). */
  maxLatencyMs: number;
}

export interface ProbeResult {
  ok: boolean;
  slow: boolean;
  latencyMs: number;
  status: number;
  /** Why it failed, for the report: 'status 503', 'timeout', 'ECONNREFUSED', 'body'. */
  problem?: string;
}

/** Reads a dotted path (`data.items.0.status`) from parsed JSON. */
export function jsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const MAX_BODY = 1024 * 1024;

/**
 * Sends probes over keep-alive connections (one agent per target) and judges each answer.
 * Never throws: a refused connection or a timeout is an unhealthy sample.
 */
export class Prober {
  private readonly agent: Agent | HttpsAgent;

  constructor(
    readonly spec: ProbeSpec,
    maxSockets: number,
  ) {
    const options = { keepAlive: true, maxSockets, keepAliveMsecs: 1000 };
    this.agent = spec.url.protocol === 'https:' ? new HttpsAgent(options) : new Agent(options);
  }

  probe(): Promise<ProbeResult> {
    const { spec } = this;
    const started = performance.now();
    const send = spec.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: Omit<ProbeResult, 'latencyMs' | 'slow'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const latencyMs = performance.now() - started;
        resolve({ ...result, latencyMs, slow: latencyMs > spec.maxLatencyMs });
      };
      const req = send(
        spec.url,
        {
          method: spec.method,
          headers: { 'user-agent': 'glidepath-health-gate', ...spec.headers },
          agent: this.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MAX_BODY) chunks.push(chunk);
          });
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (!spec.expectStatus.some(([lo, hi]) => status >= lo && status <= hi))
              return finish({ ok: false, status, problem: `status ${status}` });
            const body = Buffer.concat(chunks).toString('utf8');
            if (spec.expectBody !== undefined) {
              const matches =
                typeof spec.expectBody === 'string'
                  ? body.includes(spec.expectBody)
                  : spec.expectBody.test(body);
              if (!matches)
                return finish({ ok: false, status, problem: 'body did not match expect-body' });
            }
            if (spec.expectJson) {
              let value: unknown;
              try {
                value = jsonPath(JSON.parse(body), spec.expectJson.path);
              } catch {
                return finish({ ok: false, status, problem: 'body is not JSON' });
              }
              if (String(value) !== spec.expectJson.equals)
                return finish({
                  ok: false,
                  status,
                  problem: `${spec.expectJson.path} is ${JSON.stringify(value)}`,
                });
            }
            finish({ ok: true, status });
          });
          res.on('error', (error) =>
            finish({ ok: false, status: res.statusCode ?? 0, problem: error.message }),
          );
        },
      );
      const timer = setTimeout(() => {
        req.destroy(new Error('timeout'));
        finish({ ok: false, status: 0, problem: 'timeout' });
      }, spec.timeoutMs);
      req.on('error', (error: NodeJS.ErrnoException) =>
        finish({ ok: false, status: 0, problem: error.code ?? error.message }),
      );
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

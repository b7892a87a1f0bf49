// The contract every metric provider keeps, run against its stand-in: the same scenarios for
// each, so behaviour cannot drift between providers. A provider joins with one entry
// (`providerContract({...})` in its own test file); Prometheus, whose checks predate the provider
// seam, joins the same way with its own wording of two messages. The gate is driven tick by tick on a model
// clock, so a scenario at the vendor's real granularity (10 s buckets, 30 s settling) takes
// milliseconds; only retry waits are real.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { CheckConfig } from '../../../../src/core/gate/config.js';
import { readGateSettings } from '../../../../src/core/gate/inputs.js';
import { PROVIDER_RETRY } from '../../../../src/core/gate/metric-check.js';
import { startCheck } from '../../../../src/core/gate/run.js';
import type { Running } from '../../../../src/core/gate/running.js';
import { Inputs, UserError } from '../../../../src/core/runtime/index.js';
import type { TrafficModel } from '../../../../lab/metrics.js';

/** One provider's stand-in, started over a model, and how a user would write checks against it. */
export interface ContractStandIn {
  /** A `checks` entry (as a user writes it) counting errors and requests of canary and baseline. */
  counts: Record<string, string>;
  /** A `checks` entry holding a gauge against `threshold` (e.g. '< 250'). */
  gauge(threshold: string): Record<string, string>;
  /**
   * Optional, for providers whose queries group (Datadog `by {host}`, NRQL `FACET`): the counts
   * entry with the canary's queries grouped by host (groups `host:a`, `host:b`, `host:c`) and
   * `groups: each`; the baseline stays ungrouped.
   */
  grouped?: Record<string, string>;
  /** Environment the provider reads (keys, the endpoint override for tests). */
  env: Record<string, string>;
  /** Queue, for the next `times` requests, the vendor's rate-limit answer (resetting in 1 s) or a 5xx. */
  rateLimit(times: number): void;
  outage(times: number): void;
  /** The counts entry with a wrong key (and env), and what the error must name. */
  wrongKey: { entry: Record<string, string>; env?: Record<string, string>; names: RegExp };
  /** A malformed query, and the vendor's own text that the error must carry. */
  badQuery: { entry: Record<string, string>; says: RegExp };
  /** Every secret: none may appear in a message or a report. */
  secrets: string[];
  /** Checks every request the stand-in saw and every answer it gave against the vendor's description. */
  conformance(): void | Promise<void>;
  close(): Promise<void>;
}

export interface ProviderUnderContract {
  kind: string;
  /**
   * How many times the 10 s-bucket scenarios' model-time limits this provider gets: a vendor
   * whose finest buckets are 60 s (CloudWatch, New Relic) sees a sixth of the blocks in the same
   * time, so it needs longer to gather the same evidence (default 1).
   */
  timeScale?: number;
  /** Told apart in the title when a provider keeps the contract in more than one way (web with baseline-url). */
  variant?: string;
  /**
   * How it words a vendor that stays down and a query the vendor refuses, given the query's
   * text, where that predates the seam (Prometheus). Default: the seam's words, which name the
   * `checks[0]` key holding the query.
   */
  says?: { down(query: string): RegExp; refused(query: string): RegExp };
  start(model: TrafficModel, clock: () => number): Promise<ContractStandIn>;
}

const START = 1_900_000_000_000;
const BASE: TrafficModel = {
  rps: 400,
  canaryShare: 0.2,
  baselineErrorRate: 0.01,
  canaryErrorRate: 0.01,
  gauge: 200,
  seed: 11,
};

/** Reads the entry as health-gate does (checks YAML, step inputs), with `env` in the environment. */
function readCheck(entry: Record<string, string>, env: Record<string, string>): CheckConfig {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const step: Record<string, string> = {
      checks: stringify([{ name: 'metrics', ...entry }]),
      tolerance: '2',
      'min-samples': '500',
    };
    const settings = readGateSettings(new Inputs((name) => step[name] ?? ''));
    return settings.checks[0] as CheckConfig;
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

/** Ticks the check each model second until it decides, throws, or `seconds` pass. */
async function drive(
  check: CheckConfig,
  clock: { now: number },
  seconds: number,
): Promise<{ r: Running; seconds: number; error?: Error }> {
  const r = startCheck(check, START);
  try {
    for (let s = 1; s <= seconds && r.verdict.state === 'continue'; s++) {
      clock.now = START + s * 1000;
      await r.tick(clock.now);
    }
  } catch (error) {
    return { r, seconds: (clock.now - START) / 1000, error: error as Error };
  }
  return { r, seconds: (clock.now - START) / 1000 };
}

/** The text as a regular expression matching it literally. */
export const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function providerContract(provider: ProviderUnderContract): void {
  const title = `${provider.kind}${provider.variant ? ` (${provider.variant})` : ''}`;
  describe(`${title}: the metric provider contract`, () => {
    const k = provider.timeScale ?? 1;
    // A baseline read with the canary's query at baseline-url is named so.
    const atBaseline = '( at checks\\[0\\]\\.baseline-url)?';
    const says = provider.says ?? {
      down: (query: string) =>
        new RegExp(
          `^metrics: the ${provider.kind} query checks\\[0\\]\\.[a-z-]+-query${atBaseline} '${quoted(query)}' failed 3 polls in a row`,
        ),
      refused: (query: string) =>
        new RegExp(
          `^Input 'checks' checks\\[0\\]\\.[a-z-]+${atBaseline} '${quoted(query)}' was refused by`,
        ),
    };
    const opened: ContractStandIn[] = [];
    const messages: string[] = [];
    PROVIDER_RETRY.backoffMs = 20;
    const scenario = async (over: Partial<TrafficModel> = {}) => {
      const clock = { now: START };
      const standIn = await provider.start({ ...BASE, ...over }, () => clock.now);
      opened.push(standIn);
      return { standIn, clock };
    };
    const run = async (
      entry: (s: ContractStandIn) => Record<string, string>,
      over: Partial<TrafficModel> = {},
      seconds = 900 * k,
    ) => {
      const { standIn, clock } = await scenario(over);
      const check = readCheck(entry(standIn), standIn.env);
      const result = await drive(check, clock, seconds);
      messages.push(
        result.error?.message ?? '',
        'reason' in result.r.verdict ? result.r.verdict.reason : '',
        JSON.stringify(result.r.report()),
      );
      return { ...result, standIn };
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) {
        await s.conformance();
        for (const secret of s.secrets)
          for (const m of messages)
            expect(m.includes(secret), 'a secret in the output').toBe(false);
        await s.close();
      }
      messages.length = 0;
    });
    afterAll(() => {
      PROVIDER_RETRY.backoffMs = 250;
    });

    it('fails a canary with 4× the baseline error rate, relative to the baseline', async () => {
      const { r, seconds } = await run((s) => s.counts, { canaryErrorRate: 0.04 });
      expect(r.verdict.state).toBe('fail');
      expect((r.verdict as { reason: string }).reason).toMatch(
        /canary error rate \d\.\d+% is higher than the baseline's/,
      );
      expect(seconds).toBeLessThan(600 * k);
    });

    it('passes a canary as good as the baseline', async () => {
      const { r } = await run((s) => s.counts);
      expect(r.verdict.state).toBe('pass');
      expect(r.report().canary?.requests).toBeGreaterThan(500);
    });

    it('passes a gauge under its threshold and fails one over it', async () => {
      const pass = await run((s) => s.gauge('< 250'), {}, 300 * k);
      expect(pass.r.verdict.state).toBe('pass');
      const fail = await run((s) => s.gauge('< 150'), {}, 300 * k);
      expect(fail.r.verdict.state).toBe('fail');
      expect((fail.r.verdict as { reason: string }).reason).toMatch(/= 200\b.*breaks < 150/);
    });

    it('is inconclusive while the vendor has no data, then decides once data comes', async () => {
      const { standIn, clock } = await scenario({
        canaryErrorRate: 0.2,
        dataFrom: START + 180_000,
      });
      const r = startCheck(readCheck(standIn.counts, standIn.env), START);
      for (let s = 1; s <= 180; s++) await r.tick((clock.now = START + s * 1000));
      expect(r.verdict.state).toBe('continue');
      for (let s = 181; s <= 900 * k && r.verdict.state === 'continue'; s++)
        await r.tick((clock.now = START + s * 1000));
      expect(r.verdict.state).toBe('fail');
    });

    it('rides out a rate limit and a 5xx mid-run (bounded retries), then decides', async () => {
      const { standIn, clock } = await scenario({ canaryErrorRate: 0.04 });
      const r = startCheck(readCheck(standIn.counts, standIn.env), START);
      for (let s = 1; s <= 60; s++) await r.tick((clock.now = START + s * 1000));
      standIn.rateLimit(1);
      standIn.outage(2);
      for (let s = 61; s <= 900 * k && r.verdict.state === 'continue'; s++)
        await r.tick((clock.now = START + s * 1000));
      expect(r.verdict.state).toBe('fail');
    });

    it('judges each group of a grouped query and names the bad one', async (context) => {
      const { standIn, clock } = await scenario({
        groups: ['host:a', 'host:b', 'host:c'],
        badGroup: 'host:b',
        canaryErrorRate: 0.1,
      });
      if (!standIn.grouped) return context.skip();
      const check = readCheck(standIn.grouped, standIn.env);
      const result = await drive(check, clock, 900);
      expect(result.error).toBeUndefined();
      expect(result.r.verdict.state).toBe('fail');
      expect((result.r.verdict as { reason: string }).reason).toMatch(/^host:b: /);
      const groups = result.r.report().groups ?? [];
      expect(groups.map((g) => g.group).sort()).toEqual(['host:a', 'host:b', 'host:c']);
      expect(groups.find((g) => g.worst)?.group).toBe('host:b');
    });

    it('fails with a clear message naming the check and the query when the vendor stays down', async () => {
      const { standIn, clock } = await scenario();
      standIn.outage(1000);
      const result = await drive(readCheck(standIn.counts, standIn.env), clock, 300 * k);
      expect(result.error).toBeInstanceOf(UserError);
      const queries = Object.entries(standIn.counts).filter(([key]) => key.endsWith('query'));
      expect(
        queries.some(([, q]) => says.down(q).test(result.error?.message ?? '')),
        `${result.error?.message} names none of ${queries.map(([, q]) => q).join(', ')}`,
      ).toBe(true);
    });

    it('fails at once on a wrong key, naming the input', async () => {
      const { standIn, clock } = await scenario();
      const check = readCheck(standIn.wrongKey.entry, { ...standIn.env, ...standIn.wrongKey.env });
      const result = await drive(check, clock, 120 * k);
      expect(result.error?.message).toMatch(standIn.wrongKey.names);
      expect(result.error?.message).not.toContain('\n');
      messages.push(result.error?.message ?? '');
    });

    it("shows the vendor's text for a malformed query, and names the query", async () => {
      const { standIn, clock } = await scenario();
      const result = await drive(readCheck(standIn.badQuery.entry, standIn.env), clock, 120 * k);
      const [, bad] = Object.entries(standIn.badQuery.entry).find(
        ([key, text]) => standIn.counts[key] !== text,
      ) as [string, string];
      expect(result.error).toBeInstanceOf(UserError);
      expect(result.error?.message).toMatch(says.refused(bad));
      expect(result.error?.message).toMatch(standIn.badQuery.says);
    });
  });
}

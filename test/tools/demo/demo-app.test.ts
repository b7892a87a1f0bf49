import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../lab/fixtures.js';
import { freePort } from '../../../lab/proxies.js';
import { ROOT } from '../../../lab/runner.js';

/**
 * The sample service's experiment counters (examples/demo-app/src/server.js), which the demo's
 * A/B chapter reads: per-user sums exactly as canary-step's experiment expects them, counted per
 * experiment id from its first read.
 */

let url = '';
let child: ReturnType<typeof spawn> | undefined;

beforeAll(async () => {
  const dir = tempDir('demo-app-');
  cpSync(path.join(ROOT, 'examples', 'demo-app', 'src'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'VERSION'), '9.9.9\n');
  const port = await freePort();
  child = spawn(process.execPath, [path.join(dir, 'server.js')], {
    env: { PATH: process.env.PATH, PORT: String(port) },
    stdio: 'ignore',
  });
  url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('the sample service did not start');
});
afterAll(() => {
  child?.kill('SIGTERM');
});

const visit = (uid?: string) =>
  fetch(`${url}/`, { headers: uid ? { cookie: `uid=${uid}` } : {} }).then((r) => r.json());
const checkout = (uid: string) =>
  fetch(`${url}/checkout`, { method: 'POST', headers: { cookie: `uid=${uid}` } }).then((r) =>
    r.json(),
  );
const counters = (id: string) => fetch(`${url}/counters/${id}`).then((r) => r.json());

describe('the sample service counts what its users do, per experiment', () => {
  it('keeps per-user sums of visits and checkouts from the experiment’s first read', async () => {
    await visit('early'); // before the experiment: not counted
    expect(await counters('run-1')).toEqual({
      users: 0,
      visits: 0,
      value: 0,
      visitsSq: 0,
      valueSq: 0,
      visitsValue: 0,
    });
    // Per user, the visits and whether each was followed by a checkout.
    const plan: Record<string, number[]> = { early: [1, 1, 0], b: [0], c: [1, 0, 1, 1] };
    const expected = { users: 0, visits: 0, value: 0, visitsSq: 0, valueSq: 0, visitsValue: 0 };
    for (const [uid, visits] of Object.entries(plan)) {
      let [n, y] = [0, 0];
      for (const converts of visits) {
        expect(await visit(uid)).toMatchObject({ version: '9.9.9' });
        n += 1;
        if (converts) {
          await checkout(uid);
          y += 1;
        }
      }
      expected.users += 1;
      expected.visits += n;
      expected.value += y;
      expected.visitsSq += n * n;
      expected.valueSq += y * y;
      expected.visitsValue += n * y;
    }
    // Not counted: a checkout by a user the experiment never saw visit, a second checkout after
    // one visit, and a visit without a user id.
    await checkout('stranger');
    await checkout('b');
    await checkout('b');
    await visit();
    expected.value += 1;
    expected.valueSq += 1;
    expected.visitsValue += 1;
    expect(await counters('run-1')).toEqual(expected);
    // Another experiment counts from its own start.
    expect(await counters('run-2')).toMatchObject({ users: 0, visits: 0 });
    await visit('c');
    expect(await counters('run-2')).toMatchObject({ users: 1, visits: 1, visitsSq: 1 });
  });
});

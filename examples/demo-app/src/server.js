// The sample service: answers / with its version and /healthz with ok. Each release changes
// features.js; the release with `newPriceCache` has a bug that shows only in production, the one
// with `vatIds` one that shows only in the prod-eu-west region.
//
// It also counts what its users do for A/B experiments (canary-step `strategy: experiment`): a
// user is the `uid` cookie, a visit is a request for /, a conversion is a POST /checkout. Counting
// for an experiment starts the first time its counters are asked for (GET /counters/<id>), so an
// experiment sees only what its users did from its own start, per user (the sums it needs).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { features } from './features.js';

const version = readFileSync(new URL('./VERSION', import.meta.url), 'utf8').trim();
const environment = process.env.APP_ENV ?? 'dev';
const port = Number(process.env.PORT ?? 8080);

function broken() {
  // The price cache assumes every production tenant has a currency set; some do not.
  if (features.newPriceCache && environment === 'production') return Math.random() < 0.3;
  // EU invoices need a VAT id, which some of prod-eu-west's older tenants never gave.
  return features.vatIds === true && environment === 'prod-eu-west' && Math.random() < 0.3;
}

/** Per experiment id: per-user visits n and conversions y, and the sums over users. */
const experiments = new Map();

function count(req, conversion) {
  const uid = /(?:^|;\s*)uid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!uid) return;
  for (const { users, sums } of experiments.values()) {
    let u = users.get(uid);
    if (conversion) {
      if (!u || u.y >= u.n) continue; // a checkout counts once per visit this experiment saw
      // Conversion c = 1 after y so far, on a user with n visits: the sums of y², n·y grow.
      sums.value += 1;
      sums.valueSq += 2 * u.y + 1;
      sums.visitsValue += u.n;
      u.y += 1;
    } else {
      if (!u) {
        users.set(uid, (u = { n: 0, y: 0 }));
        sums.users += 1;
      }
      sums.visits += 1;
      sums.visitsSq += 2 * u.n + 1;
      sums.visitsValue += u.y;
      u.n += 1;
    }
  }
}

createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  const counters = /^\/counters\/([A-Za-z0-9_.-]{1,64})$/.exec(path)?.[1];
  if (counters) {
    if (!experiments.has(counters))
      experiments.set(counters, {
        users: new Map(),
        sums: { users: 0, visits: 0, value: 0, visitsSq: 0, valueSq: 0, visitsValue: 0 },
      });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(experiments.get(counters).sums));
    return;
  }
  const fail = broken();
  if (!fail && req.method === 'POST' && path === '/checkout') count(req, true);
  else if (!fail && path === '/') count(req, false);
  setTimeout(() => {
    res.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(fail ? { error: 'price cache: currency missing' } : { version, environment, greeting: features.greeting, ok: req.url === '/healthz' ? true : undefined }));
  }, fail ? 40 : features.newPriceCache && environment === 'production' ? 25 : 2);
}).listen(port, '127.0.0.1');

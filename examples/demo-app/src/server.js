// The sample service: answers / with its version and /healthz with ok. Each release changes
// features.js; the release with `newPriceCache` has a bug that shows only in production, the one
// with `vatIds` one that shows only in the prod-eu-west region.
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

createServer((req, res) => {
  const fail = broken();
  setTimeout(() => {
    res.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(fail ? { error: 'price cache: currency missing' } : { version, environment, greeting: features.greeting, ok: req.url === '/healthz' ? true : undefined }));
  }, fail ? 40 : features.newPriceCache && environment === 'production' ? 25 : 2);
}).listen(port, '127.0.0.1');

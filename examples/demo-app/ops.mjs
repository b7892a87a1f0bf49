// Deploys the sample service on this machine, the way a team's own deploy script would on its
// servers. The demo's fleet (ports, router) is described by $DEMO_FLEET/fleet.json. Every value
// comes from the environment (GLIDEPATH_VERSION, GLIDEPATH_ARTIFACT_PATH, GLIDEPATH_ENVIRONMENT).
//   ops.mjs live    make GLIDEPATH_VERSION the live version of the environment
//   ops.mjs canary  start GLIDEPATH_VERSION in production's canary slot (no traffic yet)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let fleetDir, environment, version, target;

main().catch((error) => {
  console.error(`::error::deploy: ${error.message}`);
  process.exitCode = 1;
});

async function main() {
  fleetDir = required('DEMO_FLEET');
  environment = required('GLIDEPATH_ENVIRONMENT');
  version = required('GLIDEPATH_VERSION');
  const fleet = JSON.parse(readFileSync(path.join(fleetDir, 'fleet.json'), 'utf8'));
  target = fleet.environments[environment];
  if (!target) fail(`no environment ${environment} in the fleet (${Object.keys(fleet.environments).join(', ')})`);

  const mode = process.argv[2];
  const release = ensureRelease();
  if (mode === 'canary') {
    if (!target.router) fail(`${environment} has no router, so no canary slot: use deploy.sh`);
    await restart('canary', release);
    log(`${version} started in ${environment}'s canary slot (no traffic until canary-step moves it)`);
  } else if (mode === 'live') {
    if (!target.router) {
      await restart('live', release);
      log(`${version} is live in ${environment}`);
    } else {
      const stable = slot('stable');
      if (stable?.version === version && alive(stable.pid)) {
        await setWeight(0);
        log(`${version} already runs in ${environment}'s stable slot: all traffic sent there`);
      } else {
        const canary = slot('canary');
        if (!(canary?.version === version && alive(canary.pid))) await restart('canary', release);
        await setWeight(100); // traffic on the new version while the stable slot restarts: no gap
        await restart('stable', release);
        await setWeight(0);
        log(`${version} is live in ${environment} (stable slot)`);
      }
    }
  } else fail(`usage: ops.mjs live|canary`);
}

function required(name) {
  const value = process.env[name];
  if (!value) fail(`${name} is not set`);
  return value;
}
function fail(message) {
  throw new Error(message);
}
function log(message) {
  console.log(`deploy: ${message}`);
}

/** releases/<version>: the verified archive, unpacked once. */
function ensureRelease() {
  const dir = path.join(fleetDir, 'releases', version);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  const archive = process.env.GLIDEPATH_ARTIFACT_PATH;
  if (!archive) fail(`release ${version} is not on this machine and GLIDEPATH_ARTIFACT_PATH is not set`);
  mkdirSync(dir, { recursive: true });
  const tar = spawnSync('tar', ['-xzf', archive, '-C', dir], { stdio: 'inherit' });
  if (tar.status !== 0) fail(`could not unpack ${archive}`);
  writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

function slotFile(name) {
  return path.join(fleetDir, `${environment}.${name}.json`);
}
function slot(name) {
  return existsSync(slotFile(name)) ? JSON.parse(readFileSync(slotFile(name), 'utf8')) : undefined;
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function restart(name, dir) {
  const port = target.slots[name];
  const old = slot(name);
  if (old && alive(old.pid)) {
    process.kill(old.pid, 'SIGTERM');
    for (let i = 0; i < 100 && alive(old.pid); i++) await sleep(20);
  }
  const entry = ['server.js', 'dist/server.js'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!entry) fail(`release ${version} has no server.js`);
  const out = openSync(path.join(fleetDir, `${environment}.${name}.log`), 'a');
  const child = spawn(process.execPath, [entry], { detached: true, stdio: ['ignore', out, out], env: { PATH: process.env.PATH, PORT: String(port), APP_ENV: environment } }); // only what the service needs: no token, no CI variables
  child.unref();
  writeFileSync(slotFile(name), JSON.stringify({ pid: child.pid, version, port }));
  for (let i = 0; i < 250; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      await sleep(20);
    }
  }
  fail(`${version} did not start on port ${port} (see ${environment}.${name}.log)`);
}

async function setWeight(weight) {
  const response = await fetch(new URL('weight', `${target.router}/`), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ weight }) });
  if (!response.ok) fail(`router refused weight ${weight}: ${await response.text()}`);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

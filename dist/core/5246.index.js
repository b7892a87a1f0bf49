"use strict";
exports.id = 5246;
exports.ids = [5246];
exports.modules = {

/***/ 5246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRolling: () => (/* binding */ runRolling)
});

// EXTERNAL MODULE: ./src/core/github/history.ts
var github_history = __webpack_require__(22327);
// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(82072);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/gate/run.ts + 10 modules
var run = __webpack_require__(16388);
// EXTERNAL MODULE: ./src/core/gate/report.ts
var gate_report = __webpack_require__(45841);
// EXTERNAL MODULE: ./src/core/traffic/pools.ts
var pools = __webpack_require__(44778);
// EXTERNAL MODULE: ./src/actions/canary-step/inputs.ts + 2 modules
var inputs = __webpack_require__(20841);
// EXTERNAL MODULE: ./src/actions/canary-step/shared.ts
var shared = __webpack_require__(70336);
// EXTERNAL MODULE: ./src/core/runtime/exec.ts
var exec = __webpack_require__(73495);
// EXTERNAL MODULE: ./src/core/runtime/duration.ts
var duration = __webpack_require__(85254);
// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
;// CONCATENATED MODULE: ./src/actions/canary-step/roll.ts


const POLL_MS = 100;
/**
 * The state of one rolling deploy, shared by the roll (rolling.ts) and the revert (revert.ts):
 * the pool, which servers are drained and which run the new version, the record, the hand-off
 * for the post step and the result being written. Every drain and every return to ready goes
 * through here, so the hand-off always names the servers drained at the moment.
 */
class Roll {
    started;
    settings;
    deps;
    plan;
    /** Servers set to drain and not yet back to ready: what a cancel or the post step puts back. */
    drained = new Set();
    /** Servers given the new version (a deploy started) and not reverted. */
    onNew = new Set();
    /** Sets a status on the deployment record. */
    status;
    /** Saves the hand-off for the post step: the pool and the servers drained now. */
    persist;
    pool;
    servers;
    /** What the roll writes down as it goes: rows, progress, the decision. */
    result;
    constructor(
    /** When runRolling began (Date.now()): the roll's clock. */
    started, settings, deps, 
    /** What the checks found: the pool, the record, the version to go back to, the gates. */
    plan) {
        this.started = started;
        this.settings = settings;
        this.deps = deps;
        this.plan = plan;
        const { pool, servers, record, previous } = plan;
        this.pool = pool;
        this.servers = servers;
        this.result = {
            strategy: 'rolling',
            decision: 'promoted',
            finalWeight: 0,
            failedStep: '',
            reason: '',
            version: settings.version,
            previousVersion: previous?.version ?? null,
            batchSize: plan.batchSize,
            maxUnavailable: plan.maxUnavailable,
            servers: [],
            progress: [{ label: 'start', t: 0, onNew: 0, onOld: servers.length }],
            pool: servers.map((s) => s.name),
            deploymentId: record?.id,
            provider: pool.describe(),
            seconds: 0,
        };
        this.status = (0,shared/* recordStatus */.Ms)(record, deps);
        this.persist = (0,shared/* trafficHandoff */.Uh)(settings, record, () => ({
            pool: settings.pool,
            drained: [...this.drained],
        }));
    }
    /** Seconds since the roll started. */
    elapsed() {
        return (Date.now() - this.started) / 1000;
    }
    /** Throws Cancelled once the runner has cancelled the job. */
    stopIfCancelled() {
        if (this.deps.signal.aborted)
            throw new shared/* Cancelled */.cJ();
    }
    /** A point on the progress chart: servers on each version now. */
    mark(label) {
        this.result.progress.push({
            label,
            t: this.elapsed(),
            onNew: this.onNew.size,
            onOld: this.servers.length - this.onNew.size,
        });
    }
    /** Drains the batch and waits for its sessions to end (at most drain-timeout). */
    async drain(batch) {
        // Saved before the change, so a post step after a kill puts back even a half-made drain.
        for (const s of batch)
            this.drained.add(s.name);
        this.persist(true);
        await this.pool.set(batch.map((s) => s.name), 'drain');
        return waitDrained(this.pool, batch, this.settings.drainTimeoutMs, this.deps.signal);
    }
    /** Puts servers back to ready. */
    async readyAgain(names) {
        if (!names.length)
            return;
        await this.pool.set(names, 'ready');
        for (const name of names)
            this.drained.delete(name);
        this.persist(true);
    }
    /** Runs deploy-command for one server: `version` replacing `replacing`. */
    deploy(server, version, replacing, digest) {
        const { settings } = this;
        return (0,exec/* runUserCommandOrFail */.XK)(settings.deployCommand, {
            env: {
                GLIDEPATH_VERSION: version,
                GLIDEPATH_PREVIOUS_VERSION: replacing,
                GLIDEPATH_DIGEST: digest,
                GLIDEPATH_ENVIRONMENT: settings.environment ?? '',
                GLIDEPATH_SERVER: server.name,
                GLIDEPATH_SERVER_ADDRESS: server.address,
            },
            timeoutMs: settings.deployTimeoutMs,
            label: `The command in input 'deploy-command' (server ${server.name})`,
            cwd: this.deps.ctx.workspace,
        });
    }
    /** A fresh row for one server of a batch, deploy not run yet. */
    row(server, waits, row) {
        return {
            phase: row.phase,
            batch: row.batch,
            name: server.name,
            address: server.address,
            version: row.version,
            drainS: null,
            sessionsLeft: null,
            ...waits.get(server.name),
            deploy: 'not run',
            health: 'not checked',
            result: row.result,
            reason: row.reason,
            startedS: row.startedS,
            endedS: 0,
        };
    }
    /** The result with its time and the share of the pool on the new version. */
    finish() {
        this.result.seconds = this.elapsed();
        this.result.finalWeight = Math.round((100 * this.onNew.size) / this.servers.length);
        return this.result;
    }
}
/** Waits until every server of the batch has no session left, or drain-timeout; per server, how long and what was left. */
async function waitDrained(pool, batch, timeoutMs, signal) {
    const started = Date.now();
    const waits = new Map();
    const names = new Set(batch.map((s) => s.name));
    for (;;) {
        const now = await pool.list();
        const pending = now.filter((s) => names.has(s.name) && !waits.has(s.name));
        for (const s of pending) {
            if (s.sessions === 0)
                waits.set(s.name, { drainS: (Date.now() - started) / 1000, sessionsLeft: 0 });
        }
        const open = pending.filter((s) => s.sessions !== 0);
        if (open.length === 0 || signal.aborted)
            break;
        if (Date.now() - started >= timeoutMs) {
            for (const s of open) {
                waits.set(s.name, { drainS: (Date.now() - started) / 1000, sessionsLeft: s.sessions });
                // nginx cannot report sessions: waiting the whole drain-timeout is the drain.
                if (s.sessions !== null)
                    commands/* warning */.$e(`${s.name} still had ${s.sessions} session(s) after drain-timeout ${(0,duration/* formatDuration */.a)(timeoutMs)}: deploying anyway`);
            }
            break;
        }
        await (0,time/* sleep */.y)(Math.min(POLL_MS, timeoutMs - (Date.now() - started)), signal);
    }
    return waits;
}

;// CONCATENATED MODULE: ./src/actions/canary-step/revert.ts

/**
 * After a failed batch: the failed batch (still drained) gets the previous version and comes
 * back; then each earlier batch, newest first, is drained, redeployed and brought back the same
 * way. Every redeploy adds a row (phase revert) to the result. Returns what happened, in words.
 */
async function revert(roll, failedBatch, earlier) {
    const { previous } = roll.plan;
    const touchedNow = failedBatch.filter((s) => roll.onNew.has(s.name));
    if (!previous) {
        await roll.readyAgain(failedBatch.map((s) => s.name));
        const left = [...roll.onNew];
        commands/* error */.z3(`Could not revert ${left.join(', ')}: no previous version is known (set previous-version, or record deployments with promote-environment)`);
        return `no previous version known, so ${left.join(', ')} could not be reverted (all servers are ready)`;
    }
    const notReverted = [];
    await redeploy(roll, previous, touchedNow, 1, new Map(), notReverted);
    await roll.readyAgain(failedBatch.map((s) => s.name));
    for (const [k, batch] of earlier.entries()) {
        roll.stopIfCancelled();
        await redeploy(roll, previous, batch, k + 2, await roll.drain(batch), notReverted);
        await roll.readyAgain(batch.map((s) => s.name));
    }
    roll.stopIfCancelled();
    const reverted = [...touchedNow, ...earlier.flat()]
        .map((s) => s.name)
        .filter((n) => !notReverted.includes(n));
    return notReverted.length
        ? `${notReverted.join(', ')} could not be reverted to ${previous.version}${reverted.length ? `; ${reverted.join(', ')} back on it` : ''}`
        : `${reverted.join(', ')} back on ${previous.version}`;
}
/** Redeploys the previous version on every server of one (drained) batch, side by side. */
async function redeploy(roll, previous, batch, index, waits, notReverted) {
    const startedS = roll.elapsed();
    await Promise.all(batch.map(async (server) => {
        const row = roll.row(server, waits, {
            phase: 'revert',
            batch: index,
            version: previous.version,
            result: 'reverted',
            reason: `back on ${previous.version}`,
            startedS,
        });
        commands/* info */.pq(`${server.name}: redeploying ${previous.version}`);
        try {
            await roll.deploy(server, previous.version, roll.settings.version, previous.digest);
            row.deploy = 'ok';
            roll.onNew.delete(server.name);
        }
        catch (error) {
            row.deploy = roll.deps.signal.aborted ? 'cancelled' : 'failed';
            row.result = 'not reverted';
            row.reason = (0,errors/* describeError */.Uc)(error);
            notReverted.push(server.name);
            commands/* error */.z3(`Could not redeploy ${previous.version} on ${server.name}: ${row.reason}`);
        }
        row.endedS = roll.elapsed();
        roll.result.servers.push(row);
    }));
}

;// CONCATENATED MODULE: ./src/actions/canary-step/rolling.ts








/**
 * Rolls `version` over a fixed pool, batch by batch: drain the batch (wait for its sessions to
 * end, at most drain-timeout), run deploy-command once per server with GLIDEPATH_SERVER, check
 * each server alone with the gate, put it back. A failed batch stops the roll and redeploys the
 * previous version on every server already touched (revert.ts); a cancel puts every drained
 * server back at once. No server is ever left drained.
 */
async function runRolling(settings, deps) {
    const started = Date.now();
    const plan = await check(settings, deps);
    const { servers, batchSize, previous, pool } = plan;
    const roll = new Roll(started, settings, deps, plan);
    const { result } = roll;
    const batches = chunk(servers, batchSize);
    roll.persist(true);
    try {
        commands/* info */.pq(`Rolling ${settings.version} over ${servers.length} servers of ${pool.describe()}, ${batchSize} at a time${previous ? `; ${previous.version} is the version to go back to` : ''}`);
        for (const [i, batch] of batches.entries()) {
            roll.stopIfCancelled();
            const names = batch.map((s) => s.name).join(', ');
            await roll.status('in_progress', `rolling ${settings.version}: batch ${i + 1}/${batches.length} (${names}), ${roll.onNew.size}/${servers.length} servers done`);
            const batchStart = roll.elapsed();
            const waits = await roll.drain(batch);
            roll.stopIfCancelled();
            const rows = await Promise.all(batch.map((server) => rollServer(roll, server, i + 1, batchStart, waits)));
            result.servers.push(...rows);
            roll.stopIfCancelled();
            const failed = rows.find((r) => r.result !== 'updated');
            if (failed) {
                result.decision = 'aborted';
                result.failedStep = failed.name;
                result.reason = `${failed.name} failed: ${failed.deploy === 'failed' ? failed.reason : `health ${failed.health}: ${failed.reason}`}`;
                const back = await revert(roll, batch, batches.slice(0, i).reverse());
                roll.mark('revert');
                result.reason += `; ${back}`;
                await roll.status('failure', `rolling stopped at ${failed.name}: ${back}`);
                roll.persist(false);
                return roll.finish();
            }
            await roll.readyAgain(batch.map((s) => s.name));
            roll.mark(`batch ${i + 1}`);
            commands/* info */.pq(`Batch ${i + 1}/${batches.length} (${names}) on ${settings.version} and back in the pool`);
        }
        result.reason = `${settings.version} rolled out to all ${servers.length} servers, ${batchSize} at a time`;
        await roll.status('success', `rolled out ${settings.version} to ${servers.length}/${servers.length} servers`);
        roll.persist(false);
        return roll.finish();
    }
    catch (error) {
        throw await putBack(roll, error);
    }
}
/** Everything is checked before the first drain: the version, the pool, the batch, every server's gate. */
async function check(settings, deps) {
    const pool = (0,pools/* createPool */.b)(settings.pool);
    const record = await (0,shared/* findRecord */.Tq)(settings, deps);
    const recorded = record?.view.payload?.version;
    if (recorded && bare(recorded) !== bare(settings.version)) {
        throw new errors/* ConfigError */.xL('version', `is ${settings.version}, but deployment ${record.id} of ${settings.environment} records ${recorded}`, 'roll out the version promote-environment deployed, or pass the deployment-id of the one to record on');
    }
    const previous = previousVersion(settings, record);
    const digest = recorded ? (record?.view.payload?.digest ?? '') : '';
    const servers = await pool.list();
    if (servers.length === 0)
        throw new errors/* UserError */.yo(`${pool.describe()} has no servers to roll: check the provider inputs`);
    const out = servers.filter((s) => s.state !== 'ready');
    if (out.length)
        throw new errors/* UserError */.yo(`${out.map((s) => `${s.name} is in ${s.state}`).join(', ')} at ${pool.describe()}: put ${out.length > 1 ? 'them' : 'it'} back to ready (or remove ${out.length > 1 ? 'them' : 'it'} from the pool) before a rolling deploy`);
    const batchSize = (0,inputs/* resolveCount */.el)(settings.batchSize, servers.length);
    const maxUnavailable = (0,inputs/* resolveCount */.el)(settings.maxUnavailable, servers.length);
    (0,inputs/* checkBatch */.zR)(batchSize, maxUnavailable, servers.length);
    if (batchSize >= servers.length)
        throw new errors/* ConfigError */.xL('batch-size', `is ${batchSize}, the whole pool of ${servers.length}`, `use at most ${servers.length - 1} so some servers keep serving while others are updated`);
    const gates = new Map(servers.map((s) => [s.name, settings.gateFor(s)]));
    // Each server's metric queries are asked once before the first drain, so a refused key or a
    // malformed query fails naming its check with every server still serving (as beforeAnyWrite).
    // Servers whose checks read the same (no {name} or {address} in them) are asked once.
    const distinct = new Map([...gates.values()].map((g) => [JSON.stringify(g.checks), g]));
    await Promise.all([...distinct.values()].map((g) => g.checks.length ? (0,run/* preflightGate */.Rf)(g, deps.signal) : undefined));
    if (settings.gate.checks.length === 0)
        commands/* warning */.$e('No health checks are configured (url, checks or Prometheus queries): each server goes back to ready as soon as its deploy-command succeeds');
    else if (!settings.perServer && servers.length > 1)
        commands/* warning */.$e('No gate input holds {address} or {name}: every server is checked at the same place, not on its own');
    if (!previous)
        commands/* warning */.$e(`No previous version is known (no previous-version input${settings.environment ? ` and no earlier good deployment of ${settings.environment}` : ' and no environment'}): a failed batch cannot be reverted`);
    return { pool, record, previous, digest, servers, batchSize, maxUnavailable, gates };
}
/** One server of a drained batch: deploy the new version, then check it alone with its gate. */
async function rollServer(roll, server, batch, startedS, waits) {
    const { version } = roll.settings;
    const { signal } = roll.deps;
    const { plan } = roll;
    const row = roll.row(server, waits, {
        phase: 'roll',
        batch,
        version,
        result: 'failed',
        reason: '',
        startedS,
    });
    commands/* info */.pq(`${server.name} (${server.address}): deploying ${version}`);
    roll.onNew.add(server.name);
    try {
        await roll.deploy(server, version, plan.previous?.version ?? '', plan.digest);
        row.deploy = 'ok';
    }
    catch (error) {
        row.deploy = signal.aborted ? 'cancelled' : 'failed';
        row.reason = (0,errors/* describeError */.Uc)(error);
        row.endedS = roll.elapsed();
        return row;
    }
    const gate = plan.gates.get(server.name);
    if (gate?.checks.length && !signal.aborted) {
        const report = await (0,run/* runGate */.Rg)(gate, { signal });
        row.health = signal.aborted ? 'cancelled' : report.result;
        row.gate = (0,shared/* glance */.vD)(report);
        row.reason = report.reason;
        commands/* info */.pq(`${server.name}: health ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`);
        if ((0,gate_report/* isUnhealthy */.ZT)(report.result, gate.onInconclusive)) {
            row.endedS = roll.elapsed();
            return row;
        }
    }
    row.result = 'updated';
    row.reason ||= 'deployed';
    row.endedS = roll.elapsed();
    return row;
}
/**
 * After an error or a cancel: every drained server back to ready, interrupted rows marked, the
 * record marked failure. Returns what runRolling throws.
 */
async function putBack(roll, error) {
    const { settings, result } = roll;
    const out = [...roll.drained];
    await roll
        .readyAgain(out)
        .catch((e) => commands/* error */.z3(`Could not put ${out.join(', ')} back to ready: ${(0,errors/* describeError */.Uc)(e)}. Put them back by hand`));
    const cancelled = error instanceof shared/* Cancelled */.cJ;
    const interrupted = result.servers.filter((r) => r.deploy === 'cancelled' || r.health === 'cancelled');
    for (const r of interrupted)
        r.result = 'interrupted';
    if (cancelled && interrupted.length) {
        const names = interrupted.map((r) => r.name).join(', ');
        commands/* warning */.$e(`${names}: the cancel stopped ${interrupted.length > 1 ? 'their' : 'its'} deploy or health check; back in the pool as the deploy-command left ${interrupted.length > 1 ? 'them' : 'it'}: re-run, or roll back with the rollback action`);
    }
    const what = cancelled
        ? `cancelled: ${out.length ? `${out.join(', ')} back to ready` : 'no server was drained'}`
        : `error: ${(0,errors/* describeError */.Uc)(error)}`;
    await roll.status('failure', `rolling ${settings.version} ${what}`).catch(() => undefined);
    roll.persist(false);
    return cancelled
        ? new errors/* UserError */.yo(`canary-step was cancelled: no server is left drained (${roll.onNew.size}/${roll.servers.length} had been given ${settings.version}) and the deployment is marked failure`)
        : error;
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
const bare = (version) => version.replace(/^v(?=\d)/, '');
/**
 * The version to go back to: the previous-version input; else what the recorded deployment says
 * it replaced; else the newest good deployment of the environment before it with another version.
 */
function previousVersion(settings, record) {
    const before = record ? record.list.slice(record.list.indexOf(record.view) + 1) : [];
    const digestOf = (version) => before.find((d) => (0,github_history/* isGood */.Kg)(d) && d.payload?.version && bare(d.payload.version) === bare(version))?.payload?.digest ?? '';
    const named = settings.previousVersion ?? record?.view.payload?.previous_version ?? undefined;
    if (named)
        return { version: named, digest: digestOf(named) };
    const good = (0,github_history/* lastGood */.mC)(before.filter((d) => d.payload?.version && bare(d.payload.version) !== bare(settings.version)));
    return good?.payload?.version
        ? { version: good.payload.version, digest: good.payload.digest ?? '' }
        : undefined;
}


/***/ }),

/***/ 70336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ recordStatus),
/* harmony export */   Tq: () => (/* binding */ findRecord),
/* harmony export */   Uh: () => (/* binding */ trafficHandoff),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   tN: () => (/* binding */ beforeAnyWrite),
/* harmony export */   vD: () => (/* binding */ glance)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82072);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22327);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58003);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16388);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45841);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12354);
/* harmony import */ var _core_handoff_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71450);





/** Thrown where a cancel (SIGINT/SIGTERM) is noticed; the catch puts everything back. */
class Cancelled extends Error {
}
/**
 * What a strategy does before its first write (a deployment status, a weight): the provider checks
 * its names (a route, its backends) and each metric check asks its queries once, so a wrong name,
 * a refused key or a malformed query fails naming its input with nothing changed; then the
 * deployment record is found.
 */
async function beforeAnyWrite(settings, deps) {
    const provider = (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(settings.provider);
    await provider.check?.();
    if (settings.gate.checks.length)
        await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .preflightGate */ .Rf)(settings.gate, deps.signal);
    return { provider, record: await findRecord(settings, deps) };
}
async function findRecord(settings, deps) {
    if (!settings.environment)
        return undefined;
    const history = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(deps.client(), deps.ctx, [settings.environment]);
    // Records GitHub makes for jobs with `environment:` carry no Glidepath payload: never record on those.
    const list = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ofArtifact */ .Sd)((history.deployments[settings.environment] ?? []).filter(_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlidepath */ .tO), settings.environment, settings.artifactName, deps.ctx.runId);
    const chosen = settings.deploymentId ? list.find((d) => d.id === settings.deploymentId) : list[0];
    if (!chosen) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(settings.deploymentId
            ? `Deployment ${settings.deploymentId} is not among the recent deployments of ${settings.environment}: pass promote-environment's deployment-id output`
            : `${settings.environment} has no deployment to record the canary on: run promote-environment first (its deployment-id output goes in deployment-id)`);
    }
    return {
        id: chosen.id,
        latestDescription: chosen.latestState === 'in_progress' ? chosen.latestDescription : '',
        view: chosen,
        list,
    };
}
function recordStatus(record, deps) {
    return async (state, description) => {
        if (record)
            await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setStatus */ .Lx)(deps.client(), deps.ctx, record.id, state, {
                description,
                autoInactive: false,
            });
    };
}
/**
 * Saves the hand-off for post.ts: `active` while traffic (or a drained server) may need putting
 * back. `where` is read at each save, so a rolling deploy saves its drained servers of the moment.
 */
function trafficHandoff(settings, record, where) {
    return (active) => (0,_core_handoff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .saveHandoff */ .U6)('glidepath-traffic', {
        active,
        ...where(),
        deploymentId: record?.id,
        environment: settings.environment,
    });
}
function glance(report) {
    return {
        result: report.result,
        decidedAfterS: report.decidedAfterS,
        samples: report.samples,
        errorRate: report.errorRate,
        p95Ms: report.p95Ms,
    };
}
/** The JSON report and the outputs, the same for every strategy. */
async function setOutputs(result) {
    const file = await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReport */ .u5)({ kind: 'canary-step', ...result }, 'canary-step');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('decision', result.decision);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('final-weight', String(result.finalWeight));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('failed-step', result.failedStep);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('report', file);
}


/***/ }),

/***/ 71450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U6: () => (/* binding */ saveHandoff),
/* harmony export */   vj: () => (/* binding */ loadHandoff)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);


/** Saves a hand-off record for the post step (GITHUB_STATE → STATE_<key>), as JSON. */
function saveHandoff(key, value) {
    _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(key, JSON.stringify(value));
}
/** The record main saved under `key`, or undefined when it saved none (or it cannot be read). */
function loadHandoff(key) {
    const raw = _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(key);
    if (!raw)
        return undefined;
    try {
        return JSON.parse(raw);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 73495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XK: () => (/* binding */ runUserCommandOrFail),
/* harmony export */   i0: () => (/* binding */ killGroup)
/* harmony export */ });
/* unused harmony exports isActionOnlyVariable, runUserCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85254);



/**
 * What the runner gives a JavaScript action but never a `run:` step, so never a command Glidepath
 * runs: the step's inputs (INPUT_TOKEN among them) and saved state, the action's state file, and
 * the runner's internal endpoints and tokens (ACTIONS_RUNTIME_TOKEN and _URL, cache and results
 * service URLs, …). What a `run:` step also sees stays: the debug switches, and the OIDC request
 * token and URL, which GitHub gives every step of a job with `id-token: write` (deploy scripts
 * use them to assume a cloud role). A command gets GLIDEPATH_* values and what the user lists in
 * options.env, which is added after this filter.
 */
const RUN_STEP_ACTIONS_VARIABLES = new Set([
    'ACTIONS_STEP_DEBUG',
    'ACTIONS_RUNNER_DEBUG',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
function isActionOnlyVariable(name) {
    const upper = name.toUpperCase();
    return (upper.startsWith('INPUT_') ||
        upper.startsWith('STATE_') ||
        upper === 'GITHUB_STATE' ||
        (upper.startsWith('ACTIONS_') && !RUN_STEP_ACTIONS_VARIABLES.has(upper)));
}
async function runUserCommand(command, options) {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isActionOnlyVariable(name)));
    const env = { ...inherited, ...options.env };
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
            cwd: options.cwd,
            env,
            stdio: ['ignore', 'inherit', 'inherit'],
            detached: true,
        });
        if (child.pid)
            options.onSpawn?.(child.pid);
        let timedOut = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                killGroup(child.pid, 'SIGTERM');
                setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000).unref();
            }, options.timeoutMs)
            : undefined;
        const forward = (signal) => killGroup(child.pid, signal);
        process.on('SIGINT', forward);
        process.on('SIGTERM', forward);
        const done = () => {
            if (timer)
                clearTimeout(timer);
            process.off('SIGINT', forward);
            process.off('SIGTERM', forward);
        };
        child.on('error', (error) => {
            done();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${options.label} could not start: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            done();
            resolve({ exitCode: code ?? 1, timedOut, signal });
        });
    });
}
/** Runs a user's command and throws a UserError naming the input when it fails. */
async function runUserCommandOrFail(command, options) {
    const result = await runUserCommand(command, options);
    if (result.timedOut)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${options.label} did not finish within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(options.timeoutMs ?? 0)} and was stopped`);
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${options.label} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}`);
    }
}
function killGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}


/***/ }),

/***/ 44778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ createPool)
/* harmony export */ });
/* harmony import */ var _embedded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41255);
/* harmony import */ var _haproxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38136);
/* harmony import */ var _nginx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8809);



function createPool(settings) {
    switch (settings.provider) {
        case 'embedded':
            return new _embedded_js__WEBPACK_IMPORTED_MODULE_0__/* .EmbeddedPool */ .N(new URL(settings.routerUrl));
        case 'haproxy':
            return new _haproxy_js__WEBPACK_IMPORTED_MODULE_1__/* .HaproxyPool */ .aI(settings.socket, settings.backend);
        case 'nginx':
            return new _nginx_js__WEBPACK_IMPORTED_MODULE_2__/* .NginxPool */ .Tt(settings.conf, settings.reloadCommand);
    }
}


/***/ })

};
;
export const id = 851;
export const ids = [851];
export const modules = {

/***/ 3851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/core/github/index.ts + 4 modules
var github = __webpack_require__(8700);
// EXTERNAL MODULE: ./src/core/gate/index.ts + 8 modules
var core_gate = __webpack_require__(5590);
// EXTERNAL MODULE: ./src/core/traffic/index.ts + 4 modules
var traffic = __webpack_require__(157);
;// CONCATENATED MODULE: ./src/actions/canary-step/inputs.ts




const SERVER_TOKEN = /\{(address|name)\}/g;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
/** Reads and checks every input before any traffic moves or any server is drained. */
function readSettings(inputs) {
    const environment = inputs.string('environment');
    if (environment !== undefined && !github/* ENVIRONMENT_NAME */.YR.test(environment))
        throw new runtime/* ConfigError */.xL('environment', `is '${environment}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
    const deploymentId = inputs.integer('deployment-id', { min: 1, max: Number.MAX_SAFE_INTEGER });
    const strategy = inputs.enum('strategy', ['canary', 'blue-green', 'rolling'], 'canary');
    if (strategy === 'rolling')
        return readRolling(inputs, { environment, deploymentId });
    // (batch-size, max-unavailable, drain-timeout and deploy-timeout always arrive with their defaults.)
    for (const name of ['version', 'previous-version', 'deploy-command']) {
        if (inputs.string(name) !== undefined)
            throw new runtime/* ConfigError */.xL(name, `is only used by strategy rolling, not ${strategy}`, 'remove it, or set strategy: rolling');
    }
    const provider = (0,traffic/* readProvider */.WE)(inputs);
    const weight = inputs.number('weight', { min: 0, max: 100 });
    const steps = (0,traffic/* parseSteps */.$i)(inputs.string('steps') ?? '5@1m,25@2m,50@2m,100');
    const matchHeader = inputs.string('match-header');
    if (matchHeader !== undefined) {
        if (!/^[A-Za-z0-9-]+=[^\s]+$/.test(matchHeader))
            throw new runtime/* ConfigError */.xL('match-header', `is '${matchHeader}'`, 'write name=value, e.g. x-canary=1');
        if (provider.provider !== 'embedded' && provider.provider !== 'command')
            throw new runtime/* ConfigError */.xL('match-header', `is not supported by provider ${provider.provider}`, 'use provider embedded or command for header-based routing');
    }
    const gate = (0,core_gate/* readGateSettings */.fG)(inputs, { durationFallbackMs: 300_000, requireCheck: false });
    return {
        environment,
        deploymentId,
        provider,
        strategy,
        steps,
        weight,
        matchHeader,
        gate,
        token: readToken(inputs, environment),
    };
}
function readToken(inputs, environment) {
    return environment ? inputs.secret('token', { required: true }) : inputs.secret('token');
}
function readRolling(inputs, record) {
    for (const name of ['weight', 'match-header']) {
        if (inputs.string(name) !== undefined)
            throw new runtime/* ConfigError */.xL(name, 'is not used by strategy rolling, which moves whole servers', 'remove it');
    }
    const pool = (0,traffic/* readPool */.Xu)(inputs);
    const batchSize = serverCount('batch-size', inputs.string('batch-size') ?? '1');
    const maxUnavailable = serverCount('max-unavailable', inputs.string('max-unavailable') ?? '1');
    if ('servers' in batchSize && 'servers' in maxUnavailable)
        checkBatch(batchSize.servers, maxUnavailable.servers);
    const drainTimeoutMs = inputs.duration('drain-timeout', {
        min: 0,
        max: 3_600_000,
        fallback: 30_000,
    });
    const deployTimeoutMs = inputs.duration('deploy-timeout', {
        min: 1000,
        max: 6 * 3_600_000,
        fallback: 30 * 60_000,
    });
    const version = checkVersion('version', inputs.string('version'));
    if (version === undefined)
        throw new runtime/* ConfigError */.xL('version', 'is required with strategy rolling', 'give the version the deploy command puts on each server (GLIDEPATH_VERSION), e.g. 1.4.2');
    const previousVersion = checkVersion('previous-version', inputs.string('previous-version'));
    const deployCommand = inputs.string('deploy-command');
    if (deployCommand === undefined)
        throw new runtime/* ConfigError */.xL('deploy-command', 'is required with strategy rolling', 'give a shell command that deploys GLIDEPATH_VERSION to the server GLIDEPATH_SERVER (at GLIDEPATH_SERVER_ADDRESS)');
    const perServer = core_gate/* GATE_INPUTS */.Kd.some((name) => (inputs.string(name) ?? '').search(SERVER_TOKEN) >= 0);
    const gateFor = (server) => {
        const filled = inputs.withValues((value) => value.replace(SERVER_TOKEN, (_, key) => server[key]));
        return (0,core_gate/* readGateSettings */.fG)(filled, { durationFallbackMs: 300_000, requireCheck: false });
    };
    // Checked now, with a stand-in server, so a bad gate input fails before any server is drained.
    const gate = gateFor({ name: 'server', address: '127.0.0.1:1' });
    return {
        ...record,
        strategy: 'rolling',
        pool,
        batchSize,
        maxUnavailable,
        drainTimeoutMs,
        deployTimeoutMs,
        version,
        previousVersion,
        deployCommand,
        perServer,
        gateFor,
        gate,
        token: readToken(inputs, record.environment),
    };
}
function checkVersion(name, value) {
    if (value !== undefined && !VERSION.test(value))
        throw new runtime/* ConfigError */.xL(name, `is '${(0,runtime/* clip */.$Q)(value)}', not a version`, 'use letters, digits, dots, dashes, underscores or plus signs, e.g. 1.4.2 or 2026.11.3-abc1234');
    return value;
}
function serverCount(name, text) {
    const m = /^(\d{1,5})(%?)$/.exec(text);
    const valid = 'use a number of servers (1, 2, …) or a share of the pool from 1% to 100% (e.g. 25%)';
    if (!m)
        throw new runtime/* ConfigError */.xL(name, `is '${(0,runtime/* clip */.$Q)(text)}'`, valid);
    const n = Number(m[1]);
    if (m[2] ? n < 1 || n > 100 : n < 1)
        throw new runtime/* ConfigError */.xL(name, `is ${text}`, valid);
    return m[2] ? { percent: n } : { servers: n };
}
/** A share of the pool as a number of servers: rounded down, at least 1. */
function resolveCount(count, poolSize) {
    return 'servers' in count
        ? count.servers
        : Math.max(1, Math.floor((count.percent * poolSize) / 100));
}
/** At most max-unavailable servers are out of the pool at once, so a batch may not be larger. */
function checkBatch(batch, maxUnavailable, poolSize) {
    const of = poolSize === undefined ? '' : ` (of a pool of ${poolSize})`;
    if (batch > maxUnavailable)
        throw new runtime/* ConfigError */.xL('batch-size', `is ${batch} servers${of}, more than max-unavailable (${maxUnavailable})`, 'make batch-size at most max-unavailable, the most servers drained at once, or raise max-unavailable');
}

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/core/handoff/index.ts
var handoff = __webpack_require__(400);
;// CONCATENATED MODULE: ./src/actions/canary-step/main.ts






const MARKER = /\[gp step=(\d+) w=(\d+(?:\.\d+)?)\]/;
/**
 * Walks the steps: set the weight, analyse the step with the gate (which may pass early),
 * and on a fail, a cancel or any error put all traffic back on stable before anything else.
 */
async function runCanary(settings, deps) {
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const provider = (0,traffic/* createProvider */.Qd)(settings.provider);
    const record = await findRecord(settings, deps);
    const result = {
        decision: 'promoted',
        finalWeight: 0,
        failedStep: '',
        reason: '',
        steps: [],
        timeline: [],
        deploymentId: record?.id,
        provider: provider.describe(),
        seconds: 0,
    };
    const status = async (state, description) => {
        if (record)
            await (0,github/* setStatus */.Lx)(deps.client(), deps.ctx, record.id, state, {
                description,
                autoInactive: false,
            });
    };
    const persist = (active) => (0,handoff/* saveHandoff */.U6)('glidepath-traffic', {
        active,
        provider: settings.provider,
        deploymentId: record?.id,
        environment: settings.environment,
    });
    let current = 0;
    const shift = async (weight) => {
        await provider.setWeight(weight);
        current = weight;
        result.timeline.push({ t: elapsed(), weight, errorRate: null });
        core/* info */.pq(`Traffic: ${weight}% to the new version (${provider.describe()})`);
    };
    const restoreStable = async (why) => {
        try {
            await shift(0);
        }
        catch (error) {
            core/* error */.z3(`Could not restore stable traffic after ${why}: ${error.message}. Put all traffic back on stable by hand`);
            throw error;
        }
    };
    const plan = settings.weight !== undefined
        ? [{ weight: settings.weight, bakeMs: settings.gate.durationMs, label: `${settings.weight}` }]
        : settings.strategy === 'blue-green'
            ? [
                { weight: 0, bakeMs: settings.gate.durationMs, label: 'pre-switch (0%)' },
                { weight: 100, bakeMs: settings.gate.durationMs, label: 'switched (100%)' },
            ]
            : settings.steps;
    persist(true);
    try {
        if (settings.matchHeader && provider.setMatchHeader)
            await provider.setMatchHeader(settings.matchHeader);
        const resumeAt = settings.weight === undefined && settings.strategy === 'canary'
            ? resumeIndex(record?.latestDescription, plan.length)
            : 0;
        if (resumeAt > 0)
            core/* info */.pq(`Resuming at step ${resumeAt + 1} of ${plan.length}, where an earlier attempt stopped`);
        for (let i = resumeAt; i < plan.length; i++) {
            const step = plan[i];
            if (deps.signal.aborted)
                throw new Cancelled();
            const stepStart = elapsed();
            await shift(step.weight);
            await status('in_progress', `canary ${step.weight}% (step ${i + 1}/${plan.length}) [gp step=${i} w=${step.weight}]`);
            const last = i === plan.length - 1 && settings.weight === undefined && settings.strategy === 'canary';
            if (last || step.bakeMs === 0) {
                result.steps.push({
                    label: step.label,
                    weight: step.weight,
                    startedS: stepStart,
                    endedS: elapsed(),
                    result: 'skipped',
                    reason: last ? 'final step: full traffic' : 'no bake time',
                });
                continue;
            }
            let report;
            if (settings.gate.checks.length) {
                report = await core/* group */.Os(`Step ${i + 1}/${plan.length}: ${step.label}: analysis`, () => (0,core_gate/* runGate */.Rg)({ ...settings.gate, durationMs: step.bakeMs }, { signal: deps.signal }));
                const latest = result.timeline.at(-1);
                if (latest)
                    latest.errorRate = report.errorRate;
                result.timeline.push({ t: elapsed(), weight: step.weight, errorRate: report.errorRate });
            }
            else {
                await (0,runtime/* sleep */.yy)(step.bakeMs, deps.signal);
            }
            if (deps.signal.aborted)
                throw new Cancelled();
            const unhealthy = report &&
                (report.result === 'fail' ||
                    (report.result === 'inconclusive' && settings.gate.onInconclusive === 'fail'));
            result.steps.push({
                label: step.label,
                weight: step.weight,
                startedS: stepStart,
                endedS: elapsed(),
                result: report ? report.result : 'skipped',
                reason: report ? report.reason : `baked ${(0,runtime/* formatDuration */.a3)(step.bakeMs)} without analysis`,
                ...(report
                    ? {
                        gate: {
                            result: report.result,
                            decidedAfterS: report.decidedAfterS,
                            samples: report.samples,
                            errorRate: report.errorRate,
                            p95Ms: report.p95Ms,
                        },
                    }
                    : {}),
            });
            if (unhealthy && report) {
                await restoreStable('a failed analysis');
                result.decision = 'aborted';
                result.failedStep = step.label;
                result.reason = report.reason;
                await status('failure', `aborted at ${step.weight}%: ${report.reason}`);
                persist(false);
                return finish(result, started);
            }
        }
        result.finalWeight = current;
        if (settings.weight !== undefined && settings.weight < 100) {
            result.decision = 'paused';
            result.reason = `holding at ${settings.weight}% until the next job`;
            await status('in_progress', `canary paused at ${settings.weight}% [gp step=0 w=${settings.weight}]`);
        }
        else {
            result.decision = 'promoted';
            result.reason =
                settings.strategy === 'blue-green' ? 'switched to the new version' : 'every step passed';
            await status('success', `promoted: ${current}% on the new version`);
        }
        persist(false);
        return finish(result, started);
    }
    catch (error) {
        // Whatever went wrong, traffic goes back to stable first; the record follows.
        if (current !== 0 || settings.strategy === 'blue-green')
            await restoreStable(error instanceof Cancelled ? 'the cancel' : 'an error').catch(() => undefined);
        result.decision = 'aborted';
        result.failedStep =
            plan.find((step) => !result.steps.some((done) => done.label === step.label))?.label ?? '';
        const message = error instanceof Cancelled
            ? 'cancelled: traffic restored to stable'
            : `error: ${error.message}`;
        await status('failure', `aborted: ${message}`).catch(() => undefined);
        persist(false);
        throw error instanceof Cancelled
            ? new runtime/* UserError */.yo('canary-step was cancelled: all traffic is back on stable and the deployment is marked failure')
            : error;
    }
}
/** Thrown where a cancel (SIGINT/SIGTERM) is noticed; the catch puts everything back. */
class Cancelled extends Error {
}
function finish(result, started) {
    result.seconds = (Date.now() - started) / 1000;
    result.finalWeight = result.timeline.at(-1)?.weight ?? result.finalWeight;
    return result;
}
function resumeIndex(description, steps) {
    const m = MARKER.exec(description ?? '');
    if (!m)
        return 0;
    const index = Number(m[1]);
    return index > 0 && index < steps ? index : 0;
}
async function findRecord(settings, deps) {
    if (!settings.environment)
        return undefined;
    const history = await (0,github/* readHistory */.Lu)(deps.client(), deps.ctx, [settings.environment]);
    // Records GitHub makes for jobs with `environment:` carry no Glidepath payload: never record on those.
    const list = (history.deployments[settings.environment] ?? []).filter((d) => d.payload?.glidepath === 1);
    const chosen = settings.deploymentId ? list.find((d) => d.id === settings.deploymentId) : list[0];
    if (!chosen) {
        throw new runtime/* UserError */.yo(settings.deploymentId
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
/** The JSON report and the outputs, the same for every strategy. */
async function setOutputs(result) {
    const file = await (0,core_gate/* writeReport */.u5)({ kind: 'canary-step', ...result }, 'canary-step');
    core/* setOutput */.uH('decision', result.decision);
    core/* setOutput */.uH('final-weight', String(result.finalWeight));
    core/* setOutput */.uH('failed-step', result.failedStep);
    core/* setOutput */.uH('report', file);
}
/** Outputs, the JSON report, and the job summary with the step timeline. */
async function report(settings, result) {
    await setOutputs(result);
    const icon = result.decision === 'promoted' ? '✅' : result.decision === 'paused' ? '⏸️' : '❌';
    const rows = result.steps.map((s, i) => [
        i + 1,
        s.label,
        `${s.weight}%`,
        s.result,
        `${s.startedS.toFixed(1)}–${s.endedS.toFixed(1)}s`,
        s.gate
            ? `${s.gate.samples} samples, ${s.gate.errorRate === null ? '—' : `${(s.gate.errorRate * 100).toFixed(2)}%`} errors`
            : '—',
        s.reason,
    ]);
    let md = `### ${icon} Glidepath canary-step: ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
    md += (0,runtime/* table */.tp)(['#', 'Step', 'Weight', 'Result', 'When', 'Analysis', 'Why'], rows);
    if (result.timeline.length >= 2) {
        const points = result.timeline;
        md += (0,runtime/* mermaid */.a4)([
            'xychart-beta',
            `  title "Traffic to the new version (%)${result.decision === 'aborted' ? `, aborted at ${result.failedStep}` : ''}"`,
            `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(1)}"`).join(', ')}]`,
            '  y-axis "weight %" 0 --> 100',
            `  line [${points.map((p) => p.weight).join(', ')}]`,
        ].join('\n'));
        const rates = points.map((p) => (p.errorRate === null ? 0 : +(p.errorRate * 100).toFixed(3)));
        if (points.some((p) => p.errorRate !== null)) {
            md += (0,runtime/* mermaid */.a4)([
                'xychart-beta',
                '  title "Canary error rate at each step (%)"',
                `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(1)}"`).join(', ')}]`,
                `  y-axis "errors %" 0 --> ${Math.max(1, ...rates) * 1.2}`,
                `  bar [${rates.join(', ')}]`,
            ].join('\n'));
        }
    }
    md += `\nProvider: ${result.provider} · took ${(0,runtime/* formatDuration */.a3)(result.seconds * 1000)}\n`;
    await (0,runtime/* writeSummary */.Sy)(md);
}

;// CONCATENATED MODULE: ./src/actions/canary-step/rolling.ts








const POLL_MS = 100;
/**
 * Rolls `version` over a fixed pool, batch by batch: drain the batch (wait for its sessions to
 * end, at most drain-timeout), run deploy-command once per server with GLIDEPATH_SERVER, check
 * each server alone with the gate, put it back. A failed batch stops the roll and redeploys the
 * previous version on every server already touched; a cancel puts every drained server back at
 * once. No server is ever left drained.
 */
async function runRolling(settings, deps) {
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const pool = (0,traffic/* createPool */.b)(settings.pool);
    const record = await findRecord(settings, deps);
    const recorded = record?.view.payload?.version;
    if (recorded && bare(recorded) !== bare(settings.version)) {
        throw new runtime/* ConfigError */.xL('version', `is ${settings.version}, but deployment ${record.id} of ${settings.environment} records ${recorded}`, 'roll out the version promote-environment deployed, or pass the deployment-id of the one to record on');
    }
    const previous = previousVersion(settings, record);
    const digest = recorded ? (record?.view.payload?.digest ?? '') : '';
    // Everything is checked before the first drain: the pool, the batch, every server's gate.
    const servers = await pool.list();
    if (servers.length === 0)
        throw new runtime/* UserError */.yo(`${pool.describe()} has no servers to roll: check the provider inputs`);
    const out = servers.filter((s) => s.state !== 'ready');
    if (out.length)
        throw new runtime/* UserError */.yo(`${out.map((s) => `${s.name} is in ${s.state}`).join(', ')} at ${pool.describe()}: put ${out.length > 1 ? 'them' : 'it'} back to ready (or remove ${out.length > 1 ? 'them' : 'it'} from the pool) before a rolling deploy`);
    const batchSize = resolveCount(settings.batchSize, servers.length);
    const maxUnavailable = resolveCount(settings.maxUnavailable, servers.length);
    checkBatch(batchSize, maxUnavailable, servers.length);
    if (batchSize >= servers.length)
        throw new runtime/* ConfigError */.xL('batch-size', `is ${batchSize}, the whole pool of ${servers.length}`, `use at most ${servers.length - 1} so some servers keep serving while others are updated`);
    const gates = new Map(servers.map((s) => [s.name, settings.gateFor(s)]));
    if (settings.gate.checks.length === 0)
        core/* warning */.$e('No health checks are configured (url, checks or Prometheus queries): each server goes back to ready as soon as its deploy-command succeeds');
    else if (!settings.perServer && servers.length > 1)
        core/* warning */.$e('No gate input holds {address} or {name}: every server is checked at the same place, not on its own');
    if (!previous)
        core/* warning */.$e(`No previous version is known (no previous-version input${settings.environment ? ` and no earlier good deployment of ${settings.environment}` : ' and no environment'}): a failed batch cannot be reverted`);
    const result = {
        strategy: 'rolling',
        decision: 'promoted',
        finalWeight: 0,
        failedStep: '',
        reason: '',
        version: settings.version,
        previousVersion: previous?.version ?? null,
        batchSize,
        maxUnavailable,
        servers: [],
        progress: [{ label: 'start', t: 0, onNew: 0, onOld: servers.length }],
        pool: servers.map((s) => s.name),
        deploymentId: record?.id,
        provider: pool.describe(),
        seconds: 0,
    };
    const status = async (state, description) => {
        if (record)
            await (0,github/* setStatus */.Lx)(deps.client(), deps.ctx, record.id, state, {
                description,
                autoInactive: false,
            });
    };
    const drained = new Set();
    const onNew = new Set();
    const persist = (active) => (0,handoff/* saveHandoff */.U6)('glidepath-traffic', {
        active,
        pool: settings.pool,
        drained: [...drained],
        deploymentId: record?.id,
        environment: settings.environment,
    });
    const mark = (label) => result.progress.push({
        label,
        t: elapsed(),
        onNew: onNew.size,
        onOld: servers.length - onNew.size,
    });
    const drain = async (batch) => {
        // Saved before the change, so a post step after a kill puts back even a half-made drain.
        for (const s of batch)
            drained.add(s.name);
        persist(true);
        await pool.set(batch.map((s) => s.name), 'drain');
        return waitDrained(pool, batch, settings.drainTimeoutMs, deps.signal);
    };
    const readyAgain = async (names) => {
        if (!names.length)
            return;
        await pool.set(names, 'ready');
        for (const name of names)
            drained.delete(name);
        persist(true);
    };
    const deploy = (server, version, replacing, versionDigest) => (0,runtime/* runUserCommandOrFail */.XK)(settings.deployCommand, {
        env: {
            GLIDEPATH_VERSION: version,
            GLIDEPATH_PREVIOUS_VERSION: replacing,
            GLIDEPATH_DIGEST: versionDigest,
            GLIDEPATH_ENVIRONMENT: settings.environment ?? '',
            GLIDEPATH_SERVER: server.name,
            GLIDEPATH_SERVER_ADDRESS: server.address,
        },
        timeoutMs: settings.deployTimeoutMs,
        label: `The command in input 'deploy-command' (server ${server.name})`,
        cwd: deps.ctx.workspace,
    });
    const batches = chunk(servers, batchSize);
    persist(true);
    try {
        core/* info */.pq(`Rolling ${settings.version} over ${servers.length} servers of ${pool.describe()}, ${batchSize} at a time${previous ? `; ${previous.version} is the version to go back to` : ''}`);
        for (const [i, batch] of batches.entries()) {
            if (deps.signal.aborted)
                throw new Cancelled();
            const names = batch.map((s) => s.name).join(', ');
            await status('in_progress', `rolling ${settings.version}: batch ${i + 1}/${batches.length} (${names}), ${onNew.size}/${servers.length} servers done`);
            const batchStart = elapsed();
            const waits = await drain(batch);
            if (deps.signal.aborted)
                throw new Cancelled();
            const rows = await Promise.all(batch.map(async (server) => {
                const row = {
                    phase: 'roll',
                    batch: i + 1,
                    name: server.name,
                    address: server.address,
                    version: settings.version,
                    drainS: null,
                    sessionsLeft: null,
                    ...waits.get(server.name),
                    deploy: 'not run',
                    health: 'not checked',
                    result: 'failed',
                    reason: '',
                    startedS: batchStart,
                    endedS: 0,
                };
                core/* info */.pq(`${server.name} (${server.address}): deploying ${settings.version}`);
                onNew.add(server.name);
                try {
                    await deploy(server, settings.version, previous?.version ?? '', digest);
                    row.deploy = 'ok';
                }
                catch (error) {
                    row.deploy = deps.signal.aborted ? 'cancelled' : 'failed';
                    row.reason = (0,runtime/* describeError */.Uc)(error);
                    row.endedS = elapsed();
                    return row;
                }
                const gate = gates.get(server.name);
                if (gate?.checks.length && !deps.signal.aborted) {
                    const report = await (0,core_gate/* runGate */.Rg)(gate, { signal: deps.signal });
                    row.health = deps.signal.aborted ? 'cancelled' : report.result;
                    row.gate = {
                        result: report.result,
                        decidedAfterS: report.decidedAfterS,
                        samples: report.samples,
                        errorRate: report.errorRate,
                        p95Ms: report.p95Ms,
                    };
                    row.reason = report.reason;
                    const unhealthy = report.result === 'fail' ||
                        (report.result === 'inconclusive' && gate.onInconclusive === 'fail');
                    core/* info */.pq(`${server.name}: health ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`);
                    if (unhealthy) {
                        row.endedS = elapsed();
                        return row;
                    }
                }
                row.result = 'updated';
                row.reason ||= 'deployed';
                row.endedS = elapsed();
                return row;
            }));
            result.servers.push(...rows);
            if (deps.signal.aborted)
                throw new Cancelled();
            const failed = rows.find((r) => r.result !== 'updated');
            if (failed) {
                result.decision = 'aborted';
                result.failedStep = failed.name;
                result.reason = `${failed.name} failed: ${failed.deploy === 'failed' ? failed.reason : `health ${failed.health}: ${failed.reason}`}`;
                const back = await revert(batch, batches.slice(0, i).reverse());
                mark('revert');
                result.reason += `; ${back}`;
                await status('failure', `rolling stopped at ${failed.name}: ${back}`);
                persist(false);
                return rolling_finish(result, started, onNew.size, servers.length);
            }
            await readyAgain(batch.map((s) => s.name));
            mark(`batch ${i + 1}`);
            core/* info */.pq(`Batch ${i + 1}/${batches.length} (${names}) on ${settings.version} and back in the pool`);
        }
        result.reason = `${settings.version} rolled out to all ${servers.length} servers, ${batchSize} at a time`;
        await status('success', `rolled out ${settings.version} to ${servers.length}/${servers.length} servers`);
        persist(false);
        return rolling_finish(result, started, onNew.size, servers.length);
    }
    catch (error) {
        // Whatever went wrong, no server stays drained; the record follows.
        const out = [...drained];
        await readyAgain(out).catch((e) => core/* error */.z3(`Could not put ${out.join(', ')} back to ready: ${(0,runtime/* describeError */.Uc)(e)}. Put them back by hand`));
        const cancelled = error instanceof Cancelled;
        const interrupted = result.servers.filter((r) => r.deploy === 'cancelled' || r.health === 'cancelled');
        for (const r of interrupted)
            r.result = 'interrupted';
        if (cancelled && interrupted.length) {
            const names = interrupted.map((r) => r.name).join(', ');
            core/* warning */.$e(`${names}: the cancel stopped ${interrupted.length > 1 ? 'their' : 'its'} deploy or health check; back in the pool as the deploy-command left ${interrupted.length > 1 ? 'them' : 'it'}: re-run, or roll back with the rollback action`);
        }
        const what = cancelled
            ? `cancelled: ${out.length ? `${out.join(', ')} back to ready` : 'no server was drained'}`
            : `error: ${(0,runtime/* describeError */.Uc)(error)}`;
        await status('failure', `rolling ${settings.version} ${what}`).catch(() => undefined);
        persist(false);
        throw cancelled
            ? new runtime/* UserError */.yo(`canary-step was cancelled: no server is left drained (${[...onNew].length}/${servers.length} had been given ${settings.version}) and the deployment is marked failure`)
            : error;
    }
    /**
     * The failed batch (still drained) gets the previous version and comes back; then each earlier
     * batch, newest first, is drained, redeployed and brought back the same way. Returns what
     * happened, in words.
     */
    async function revert(failedBatch, earlier) {
        const touchedNow = failedBatch.filter((s) => onNew.has(s.name));
        if (!previous) {
            await readyAgain(failedBatch.map((s) => s.name));
            const left = [...onNew];
            core/* error */.z3(`Could not revert ${left.join(', ')}: no previous version is known (set previous-version, or record deployments with promote-environment)`);
            return `no previous version known, so ${left.join(', ')} could not be reverted (all servers are ready)`;
        }
        const notReverted = [];
        const redeploy = async (batch, index, waits) => {
            const start = elapsed();
            await Promise.all(batch.map(async (server) => {
                const row = {
                    phase: 'revert',
                    batch: index,
                    name: server.name,
                    address: server.address,
                    version: previous.version,
                    drainS: null,
                    sessionsLeft: null,
                    ...waits.get(server.name),
                    deploy: 'not run',
                    health: 'not checked',
                    result: 'reverted',
                    reason: `back on ${previous.version}`,
                    startedS: start,
                    endedS: 0,
                };
                core/* info */.pq(`${server.name}: redeploying ${previous.version}`);
                try {
                    await deploy(server, previous.version, settings.version, previous.digest);
                    row.deploy = 'ok';
                    onNew.delete(server.name);
                }
                catch (error) {
                    row.deploy = deps.signal.aborted ? 'cancelled' : 'failed';
                    row.result = 'not reverted';
                    row.reason = (0,runtime/* describeError */.Uc)(error);
                    notReverted.push(server.name);
                    core/* error */.z3(`Could not redeploy ${previous.version} on ${server.name}: ${row.reason}`);
                }
                row.endedS = elapsed();
                result.servers.push(row);
            }));
        };
        await redeploy(touchedNow, 1, new Map());
        await readyAgain(failedBatch.map((s) => s.name));
        for (const [k, batch] of earlier.entries()) {
            if (deps.signal.aborted)
                throw new Cancelled();
            await redeploy(batch, k + 2, await drain(batch));
            await readyAgain(batch.map((s) => s.name));
        }
        if (deps.signal.aborted)
            throw new Cancelled();
        const reverted = [...touchedNow, ...earlier.flat()]
            .map((s) => s.name)
            .filter((n) => !notReverted.includes(n));
        return notReverted.length
            ? `${notReverted.join(', ')} could not be reverted to ${previous.version}${reverted.length ? `; ${reverted.join(', ')} back on it` : ''}`
            : `${reverted.join(', ')} back on ${previous.version}`;
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
                    core/* warning */.$e(`${s.name} still had ${s.sessions} session(s) after drain-timeout ${(0,runtime/* formatDuration */.a3)(timeoutMs)}: deploying anyway`);
            }
            break;
        }
        await (0,runtime/* sleep */.yy)(Math.min(POLL_MS, timeoutMs - (Date.now() - started)), signal);
    }
    return waits;
}
function rolling_finish(result, started, onNew, total) {
    result.seconds = (Date.now() - started) / 1000;
    result.finalWeight = Math.round((100 * onNew) / total);
    return result;
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
    const digestOf = (version) => before.find((d) => (0,github/* isGood */.Kg)(d) && d.payload?.version && bare(d.payload.version) === bare(version))?.payload?.digest ?? '';
    const named = settings.previousVersion ?? record?.view.payload?.previous_version ?? undefined;
    if (named)
        return { version: named, digest: digestOf(named) };
    const good = (0,github/* lastGood */.mC)(before.filter((d) => d.payload?.version && bare(d.payload.version) !== bare(settings.version)));
    return good?.payload?.version
        ? { version: good.payload.version, digest: good.payload.digest ?? '' }
        : undefined;
}
/** Outputs, the JSON report, and the job summary: a row per server per batch and a chart of servers on each version. */
async function reportRolling(settings, result) {
    await setOutputs(result);
    const icon = result.decision === 'promoted' ? '✅' : '❌';
    let md = `### ${icon} Glidepath canary-step (rolling): ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
    const rows = result.servers.map((s) => [
        s.phase === 'roll' ? `batch ${s.batch}` : `revert ${s.batch}`,
        s.name,
        s.address,
        s.version,
        s.drainS === null
            ? '—'
            : `${s.drainS.toFixed(1)}s${s.sessionsLeft ? `, ${s.sessionsLeft} left` : s.sessionsLeft === null ? ' (no session count)' : ''}`,
        s.deploy,
        s.gate
            ? `${s.health}: ${s.gate.samples} samples, ${s.gate.errorRate === null ? '—' : `${(s.gate.errorRate * 100).toFixed(2)}%`} errors`
            : s.health,
        s.result,
        `${s.startedS.toFixed(1)}–${s.endedS.toFixed(1)}s`,
        s.reason,
    ]);
    md += (0,runtime/* table */.tp)([
        'Batch',
        'Server',
        'Address',
        'Version',
        'Drained',
        'Deploy',
        'Health',
        'Result',
        'When',
        'Why',
    ], rows);
    const points = result.progress;
    md += (0,runtime/* mermaid */.a4)([
        'xychart-beta',
        `  title "Servers on ${result.version} (bars) and on ${result.previousVersion ?? 'the previous version'} (line)"`,
        `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        `  y-axis "servers" 0 --> ${result.pool.length}`,
        `  bar [${points.map((p) => p.onNew).join(', ')}]`,
        `  line [${points.map((p) => p.onOld).join(', ')}]`,
    ].join('\n'));
    md += `\n${result.pool.length} servers, batch ${result.batchSize}, max-unavailable ${result.maxUnavailable} · ${result.provider} · took ${(0,runtime/* formatDuration */.a3)(result.seconds * 1000)}\n`;
    await (0,runtime/* writeSummary */.Sy)(md);
}

;// CONCATENATED MODULE: ./src/actions/canary-step/index.ts





/**
 * Entry point. SIGINT and SIGTERM (the runner's cancel) abort the current step: traffic goes
 * back to stable (rolling: every drained server back to ready) at once, then the deployment is
 * marked failure; the post step is the backstop.
 */
async function run() {
    await (0,runtime/* runMain */.VN)('canary-step', async (h) => {
        const ctx = h.context();
        const settings = readSettings(h.inputs);
        h.onCancel((signal) => settings.strategy === 'rolling'
            ? `${signal}: cancelling the rolling deploy, putting drained servers back`
            : `${signal}: cancelling the canary, restoring stable traffic`);
        const deps = { ctx, client: (0,github/* lazyClient */.qW)(settings.token), signal: h.signal };
        if (settings.strategy === 'rolling') {
            const result = await runRolling(settings, deps);
            await reportRolling(settings, result);
            if (result.decision === 'aborted' && settings.gate.failOnUnhealthy)
                throw new Error(`canary-step rolling stopped: ${result.reason}`);
            return;
        }
        const result = await runCanary(settings, deps);
        await report(settings, result);
        if (result.decision === 'aborted' && settings.gate.failOnUnhealthy) {
            throw new Error(`canary-step aborted at ${result.failedStep}: ${result.reason}`);
        }
    });
}


/***/ })

};

export const id = 136;
export const ids = [136];
export const modules = {

/***/ 5136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCanary: () => (/* binding */ runCanary)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1691);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5254);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5649);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9573);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5841);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2073);
/* harmony import */ var _core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2659);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(336);





const MARKER = /\[gp step=(\d+) w=(\d+(?:\.\d+)?)\]/;
/**
 * Walks the steps: set the weight, analyse the step with the gate (which may pass early),
 * and on a fail, a cancel or any error put all traffic back on stable before anything else.
 */
async function runCanary(settings, deps) {
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const provider = (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(settings.provider);
    const record = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .findRecord */ .Tq)(settings, deps);
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
    const status = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .recordStatus */ .Ms)(record, deps);
    const persist = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .trafficHandoff */ .Uh)(settings, record, () => ({ provider: settings.provider }));
    let current = 0;
    const shift = async (weight) => {
        await provider.setWeight(weight);
        current = weight;
        result.timeline.push({ t: elapsed(), weight, errorRate: null });
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Traffic: ${weight}% to the new version (${provider.describe()})`);
    };
    const restoreStable = async (why) => {
        try {
            await shift(0);
        }
        catch (error) {
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(`Could not restore stable traffic after ${why}: ${error.message}. Put all traffic back on stable by hand`);
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
    // Holds the weight where it is and ends the run `paused`: the marker first in the description
    // (GitHub keeps 140 characters) says which step a later run of canary-step resumes at.
    const pause = async (next, why, awaited) => {
        result.decision = 'paused';
        result.finalWeight = current;
        result.reason = `${why}; ${awaited}`;
        await status('in_progress', `[gp step=${next} w=${current}] paused at ${current}%: ${awaited}`);
        persist(false);
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`canary-step paused at ${current}%: ${why}; ${awaited}`);
        return finish(result, started);
    };
    if (settings.windowOverride) {
        const w = settings.windowOverride;
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`override-window: ${w.by} started past ${w.rule}: “${w.reason}”`);
    }
    persist(true);
    try {
        if (settings.matchHeader && provider.setMatchHeader)
            await provider.setMatchHeader(settings.matchHeader);
        const resumable = settings.weight === undefined && settings.strategy === 'canary';
        const resumeAt = resumable ? resumeIndex(record?.latestDescription, plan.length) : 0;
        if (resumeAt > 0)
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Resuming at step ${resumeAt + 1} of ${plan.length}, where an earlier attempt stopped`);
        for (let i = resumeAt; i < plan.length; i++) {
            const step = plan[i];
            if (deps.signal.aborted)
                throw new _shared_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ();
            // A window that closed during the last step: finish it (done), hold there, resume later.
            if (i > resumeAt && settings.rules && !settings.windowOverride && resumable) {
                const verdict = (0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .windowVerdict */ .uz)(settings.rules, (0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .clockNow */ .tp)());
                if (!verdict.open) {
                    const opens = verdict.next === undefined
                        ? 'no window opens within a year'
                        : `the next window opens ${(0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .describeInstant */ .l0)(verdict.next, settings.rules.timeZone)}`;
                    return await pause(i, `the release window closed (${verdict.rule}) after step ${i}/${plan.length}; ${opens}`, `window closed; run canary-step again in the next window to resume at step ${i + 1}/${plan.length}`);
                }
            }
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
                report = await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .group */ .Os(`Step ${i + 1}/${plan.length}: ${step.label}: analysis`, () => (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_4__/* .runGate */ .R)({ ...settings.gate, durationMs: step.bakeMs }, { signal: deps.signal }));
                const latest = result.timeline.at(-1);
                if (latest)
                    latest.errorRate = report.errorRate;
                result.timeline.push({ t: elapsed(), weight: step.weight, errorRate: report.errorRate });
            }
            else {
                await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .y)(step.bakeMs, deps.signal);
            }
            if (deps.signal.aborted)
                throw new _shared_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ();
            const unhealthy = report && (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnhealthy */ .ZT)(report.result, settings.gate.onInconclusive);
            result.steps.push({
                label: step.label,
                weight: step.weight,
                startedS: stepStart,
                endedS: elapsed(),
                result: report ? report.result : 'skipped',
                reason: report ? report.reason : `baked ${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a)(step.bakeMs)} without analysis`,
                ...(report ? { gate: (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .glance */ .vD)(report) } : {}),
            });
            if (report?.result === 'inconclusive' && settings.pauseOnInconclusive) {
                const next = settings.weight === undefined ? i + 1 : 0;
                return await pause(next, `step ${i + 1}/${plan.length} (${step.label}) ended inconclusive: ${report.reason}`, `step ${i + 1}/${plan.length} inconclusive, awaiting a person: approve to resume, reject to roll back`);
            }
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
            // Say plainly when a step went on without a pass: on-inconclusive: pass means "no fail
            // was shown in the bake time", which is not the same as a healthy verdict.
            const unproven = result.steps.filter((s) => s.result === 'inconclusive').map((s) => s.label);
            result.reason =
                settings.strategy === 'blue-green'
                    ? 'switched to the new version'
                    : unproven.length
                        ? `no step failed; ${unproven.join(', ')} ended inconclusive (no decision within its bake time) and went on because on-inconclusive is pass`
                        : 'every step passed';
            await status('success', `promoted: ${current}% on the new version`);
        }
        persist(false);
        return finish(result, started);
    }
    catch (error) {
        // Whatever went wrong, traffic goes back to stable first; the record follows.
        if (current !== 0 || settings.strategy === 'blue-green')
            await restoreStable(error instanceof _shared_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ ? 'the cancel' : 'an error').catch(() => undefined);
        result.decision = 'aborted';
        result.failedStep =
            plan.find((step) => !result.steps.some((done) => done.label === step.label))?.label ?? '';
        const message = error instanceof _shared_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ
            ? 'cancelled: traffic restored to stable'
            : `error: ${error.message}`;
        await status('failure', `aborted: ${message}`).catch(() => undefined);
        persist(false);
        throw error instanceof _shared_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ
            ? new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo('canary-step was cancelled: all traffic is back on stable and the deployment is marked failure')
            : error;
    }
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


/***/ }),

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ EmbeddedProvider),
/* harmony export */   N: () => (/* binding */ EmbeddedPool)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5649);

// The embedded router (tools/router), through its admin API: the canary weight and match header,
// and its pool of named targets.
/** The embedded router's admin API. */
class EmbeddedProvider {
    admin;
    sticky;
    name = 'embedded';
    stickySet = false;
    /** `sticky` (experiments): the router splits by a hash of it, set before the first weight. */
    constructor(admin, sticky) {
        this.admin = admin;
        this.sticky = sticky;
    }
    describe() {
        return `embedded router at ${this.admin.origin}${this.sticky ? ` (sticky by ${this.sticky})` : ''}`;
    }
    async setWeight(weight) {
        if (this.sticky && !this.stickySet) {
            await this.setSticky(this.sticky);
            this.stickySet = true;
        }
        await routerCall(this.admin, 'PUT', 'weight', { weight });
    }
    async setMatchHeader(header) {
        await routerCall(this.admin, 'PUT', 'match-header', { matchHeader: header });
    }
    /** Experiments: split by a hash of `cookie:<name>`, `header:<name>` or `address` (null: round-robin). */
    async setSticky(sticky) {
        await routerCall(this.admin, 'PUT', 'sticky', { sticky });
    }
}
/** One request to the embedded router's admin API; its answer, parsed. */
async function routerCall(admin, method, what, body) {
    let response;
    try {
        response = await fetch(new URL(what, admin.href.endsWith('/') ? admin : `${admin.href}/`), {
            method,
            headers: { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(5000),
        });
    }
    catch (error) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The embedded router at ${admin.origin} did not answer (${error.cause?.code ?? error.message}): check router-url`);
    }
    if (!response.ok)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The embedded router refused ${method} ${what}: ${await response.text()}`);
    return (await response.json());
}
/** The embedded router's pool of named targets (GET /pool, PUT /pool/<name>). */
class EmbeddedPool {
    admin;
    constructor(admin) {
        this.admin = admin;
    }
    describe() {
        return `embedded router pool at ${this.admin.origin}`;
    }
    async list() {
        const { servers } = await routerCall(this.admin, 'GET', 'pool');
        return servers.map((t) => ({
            name: t.name,
            address: t.address,
            state: t.state,
            sessions: t.active,
        }));
    }
    async set(names, state) {
        for (const name of names)
            await routerCall(this.admin, 'PUT', `pool/${encodeURIComponent(name)}`, { state });
    }
}


/***/ }),

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aI: () => (/* binding */ HaproxyPool),
/* harmony export */   hF: () => (/* binding */ HaproxyProvider)
/* harmony export */ });
/* unused harmony export haproxyCommand */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5649);


// HAProxy, through its runtime API: server weights for a canary, server states for a pool.
/**
 * HAProxy's runtime API over its stats socket: `set server <backend>/<server> weight <n>`
 * changes the split at once, with no reload and no dropped connection.
 */
class HaproxyProvider {
    socket;
    backend;
    stable;
    canary;
    sticky;
    name = 'haproxy';
    constructor(socket, backend, stable, canary, sticky = false) {
        this.socket = socket;
        this.backend = backend;
        this.stable = stable;
        this.canary = canary;
        this.sticky = sticky;
    }
    describe() {
        return `HAProxy backend ${this.backend} (${this.stable} / ${this.canary}) via ${this.socket}`;
    }
    async setWeight(weight) {
        // Both changes go in one runtime-API request (commands separated by ';'), raising one side
        // before lowering the other so the backend never has both weights at 0. Sticky (experiments):
        // on HAProxy's full 0–256 scale, since a consistent-hash ring gives each server 16 points per
        // unit of weight and more points split users closer to the weights.
        const scale = this.sticky ? 256 : 100;
        const canary = Math.round((weight * scale) / 100);
        const commands = [
            `set server ${this.backend}/${this.canary} weight ${canary}`,
            `set server ${this.backend}/${this.stable} weight ${scale - canary}`,
        ];
        if (weight < 50)
            commands.reverse();
        const answer = await haproxyCommand(this.socket, commands.join('; '));
        if (answer.trim() !== '')
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy refused '${commands.join('; ')}': ${answer.trim()}`);
    }
}
/** Sends one command to HAProxy's runtime API (a unix socket path, or host:port) and returns its answer. */
function haproxyCommand(socket, command) {
    return new Promise((resolve, reject) => {
        const hostPort = /^([^/:]+):(\d+)$/.exec(socket);
        const conn = hostPort ? (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)(Number(hostPort[2]), hostPort[1]) : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)(socket);
        let answer = '';
        conn.setTimeout(5000, () => conn.destroy(new Error('timed out')));
        conn.on('connect', () => conn.end(`${command}\n`));
        conn.on('data', (d) => (answer += d.toString()));
        conn.on('error', (error) => reject(new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy's runtime API at '${socket}' is unreachable (${error.code ?? error.message}): check haproxy-socket and that the stats socket has level admin`)));
        conn.on('close', () => resolve(answer));
    });
}
/** HAProxy's runtime API: `show servers state` for admin state and address, `show stat` for sessions, `set server … state`. */
class HaproxyPool {
    socket;
    backend;
    constructor(socket, backend) {
        this.socket = socket;
        this.backend = backend;
    }
    describe() {
        return `HAProxy backend ${this.backend} via ${this.socket}`;
    }
    async list() {
        const state = await haproxyCommand(this.socket, `show servers state ${this.backend}`);
        if (!state.startsWith('1\n'))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy has no backend '${this.backend}' (${state.trim() || 'no answer'}): check haproxy-backend`);
        const stat = (await haproxyCommand(this.socket, `show stat ${this.backend} 4 -1`))
            .split('\n')
            .filter(Boolean);
        const header = (stat[0] ?? '').replace(/^# /, '').split(',');
        const column = (name) => header.indexOf(name);
        const sessions = new Map(stat.slice(1).map((line) => {
            const cells = line.split(',');
            return [
                cells[column('svname')],
                Number(cells[column('scur')] || 0) + Number(cells[column('qcur')] || 0),
            ];
        }));
        return state
            .split('\n')
            .filter((line) => line && !line.startsWith('#') && line !== '1')
            .map((line) => line.split(' '))
            .filter((f) => f.length >= 19)
            .map((f) => {
            const admin = Number(f[6]);
            const name = f[3];
            // srv_admin_state bits: 0x01 forced, 0x02 inherited, 0x04 configured, 0x20 resolution maintenance; 0x08/0x10 drain.
            return {
                name,
                address: `${f[4]}:${f[18]}`,
                state: admin & 0x27 ? 'maint' : admin & 0x18 ? 'drain' : 'ready',
                sessions: sessions.get(name) ?? 0,
            };
        });
    }
    async set(names, state) {
        if (!names.length)
            return;
        const commands = names
            .map((name) => `set server ${this.backend}/${name} state ${state}`)
            .join('; ');
        const answer = await haproxyCommand(this.socket, commands);
        if (answer.trim() !== '')
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy refused '${commands}': ${answer.trim()}`);
    }
}


/***/ }),

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/core/runtime/exec.ts
var exec = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/core/traffic/embedded.ts
var embedded = __webpack_require__(1255);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@openfeature/flagd-core/index.cjs.mjs
var index_cjs = __webpack_require__(5427);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(5649);
// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var runtime_yaml = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/core/traffic/flagd.ts




const quietLogger = {
    error: () => undefined,
    warn: () => undefined,
    info: () => undefined,
    debug: () => undefined,
};
/** Parses a flag-definition file with flagd's own strict schema validation; throws a UserError naming the file. */
function validateFlagConfig(text, file) {
    try {
        new index_cjs/* MemoryStorage */.XG(quietLogger).setConfigurations(text, true);
    }
    catch (error) {
        const cause = error.message ?? String(error);
        throw new errors/* UserError */.yo(`'${file}' is not a valid flagd flag definition (${cause.split('\n')[0]}): fix it first; nothing was written`);
    }
}
/**
 * Sets the flag's `fractional` split so `weight`% of targeting keys get `onVariant`, writing the
 * file atomically (temporary file, then rename) after flagd's schema accepts the result. The
 * new variant's bucket comes first, so raising the weight only adds keys (sticky rollouts).
 * Every other flag, and the rest of this flag, is left as it was.
 */
async function setFractional(file, flag, onVariant, offVariant, weight) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`Input 'flagd-file' is '${file}', which cannot be read: give the flag-definition file flagd watches`);
    }
    const yaml = /\.ya?ml$/i.test(file);
    const YAML = yaml ? await (0,runtime_yaml/* loadYaml */.y)() : undefined;
    let doc;
    try {
        doc = (YAML ? YAML.parse(text) : JSON.parse(text));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`'${file}' is not valid ${yaml ? 'YAML' : 'JSON'} (${error.message.split('\n')[0]}): nothing was written`);
    }
    const definition = doc?.flags?.[flag];
    if (!definition)
        throw new errors/* UserError */.yo(`Input 'flag' is '${flag}', which '${file}' does not define: use one of ${Object.keys(doc?.flags ?? {}).join(', ') || '(none)'}`);
    for (const [input, variant] of [
        ['on-variant', onVariant],
        ['off-variant', offVariant],
    ]) {
        if (!definition.variants || !(variant in definition.variants)) {
            throw new errors/* UserError */.yo(`Input '${input}' is '${variant}', which flag '${flag}' does not have: use one of ${Object.keys(definition.variants ?? {}).join(', ')}`);
        }
    }
    const on = Math.round(weight * 100) / 100;
    const split = [
        [onVariant, on],
        [offVariant, Math.round((100 - on) * 100) / 100],
    ];
    const targeting = definition.targeting;
    if (!targeting || Object.keys(targeting).length === 0) {
        definition.targeting = { fractional: split };
    }
    else if (!replaceFractional(targeting, split)) {
        throw new errors/* UserError */.yo(`Flag '${flag}' has targeting rules without a fractional split, which Glidepath would overwrite: add a fractional rule where the rollout belongs, e.g. {"fractional": [["${onVariant}", 0], ["${offVariant}", 100]]}`);
    }
    const out = YAML ? YAML.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
    validateFlagConfig(YAML ? JSON.stringify(YAML.parse(out)) : out, file);
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.tmp`);
    await external_node_fs_.promises.writeFile(temp, out);
    await external_node_fs_.promises.rename(temp, file);
}
/** Replaces the variant weights of the first `fractional` rule in a targeting tree, keeping its bucketing expression. */
function replaceFractional(node, split) {
    if (Array.isArray(node))
        return node.some((child) => replaceFractional(child, split));
    if (!node || typeof node !== 'object')
        return false;
    const record = node;
    if (Array.isArray(record.fractional)) {
        const bucketBy = record.fractional.filter((item) => !Array.isArray(item));
        record.fractional = [...bucketBy, ...split];
        return true;
    }
    return Object.values(record).some((child) => replaceFractional(child, split));
}

// EXTERNAL MODULE: ./src/core/traffic/haproxy.ts
var haproxy = __webpack_require__(8136);
// EXTERNAL MODULE: ./src/core/traffic/nginx.ts
var nginx = __webpack_require__(8809);
// EXTERNAL MODULE: ./src/core/traffic/split.ts
var split = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/core/traffic/providers.ts






function createProvider(settings) {
    switch (settings.provider) {
        case 'embedded':
            return new embedded/* EmbeddedProvider */.I(new URL(settings.routerUrl), settings.sticky);
        case 'haproxy':
            return new haproxy/* HaproxyProvider */.hF(settings.socket, settings.backend, settings.stableServer, settings.canaryServer, settings.sticky !== undefined);
        case 'nginx':
            if (settings.sticky)
                return new split/* NginxSplit */.h(settings.conf, settings.reloadCommand, settings.stableServer, settings.canaryServer, (0,split/* parseSticky */.pD)(settings.sticky));
            return new nginx/* NginxProvider */.wo(settings.conf, settings.reloadCommand, settings.stableServer, settings.canaryServer);
        case 'command':
            return new CommandProvider(settings.command, settings.stableServer ?? '', settings.canaryServer ?? '', settings.sticky);
        case 'flagd':
            return {
                name: 'flagd',
                describe: () => `flag '${settings.flag}' in ${settings.file} (${settings.onVariant} / ${settings.offVariant})`,
                setWeight: (weight) => setFractional(settings.file, settings.flag, settings.onVariant, settings.offVariant, weight),
            };
    }
}
/** The user's command, given the weight and both versions in its environment. */
class CommandProvider {
    command;
    stable;
    canary;
    sticky;
    name = 'command';
    matchHeader = null;
    constructor(command, stable, canary, sticky) {
        this.command = command;
        this.stable = stable;
        this.canary = canary;
        this.sticky = sticky;
    }
    describe() {
        return 'your traffic command';
    }
    async setWeight(weight) {
        await (0,exec/* runUserCommandOrFail */.XK)(this.command, {
            env: {
                GLIDEPATH_WEIGHT: String(weight),
                GLIDEPATH_STABLE: this.stable,
                GLIDEPATH_CANARY: this.canary,
                GLIDEPATH_MATCH_HEADER: this.matchHeader ?? '',
                ...(this.sticky ? { GLIDEPATH_STICKY: this.sticky } : {}),
            },
            label: "The command in input 'command'",
            timeoutMs: 120_000,
        });
    }
    async setMatchHeader(header) {
        this.matchHeader = header;
    }
}


/***/ })

};

export const id = 613;
export const ids = [613];
export const modules = {

/***/ 7613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExperiment: () => (/* binding */ runExperiment),
  verdictSentence: () => (/* binding */ verdictSentence)
});

// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(2072);
// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(1691);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(5649);
// EXTERNAL MODULE: ./src/core/experiment/analysis.ts
var experiment_analysis = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/core/experiment/sequential.ts
var sequential = __webpack_require__(1468);
;// CONCATENATED MODULE: ./src/core/experiment/counters.ts


const NUMBER = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
/** Parses one answer; `where` names the input in messages. */
function parseCounters(body, where, metric) {
    const o = (body && typeof body === 'object' ? body : {});
    const value = o.value ?? o.conversions;
    const fail = (what) => {
        throw new errors/* UserError */.yo(`The counters at ${where} ${what}: answer JSON like {"users": 812, "visits": 4471, "value": 230, "visitsSq": 32101, "valueSq": 410, "visitsValue": 1733} (see docs/actions/canary-step.md)`);
    };
    if (!NUMBER(o.visits) || !NUMBER(value))
        return fail('have no numeric visits and value');
    const visits = o.visits;
    const v = value;
    if (metric === 'conversion' && v > visits)
        fail(`count more conversions (${v}) than visits (${visits})`);
    if (o.users === undefined) {
        if (metric === 'mean')
            fail('have no users and per-user sums, which a mean per visit needs for its variance');
        return { totals: (0,sequential/* perTrialTotals */.ji)(visits, v), perUser: false };
    }
    for (const k of ['users', 'visitsSq', 'valueSq', 'visitsValue'])
        if (!NUMBER(o[k]))
            fail(`have users but no numeric ${k}`);
    return {
        totals: {
            units: o.users,
            trials: visits,
            value: v,
            trialsSq: o.visitsSq,
            valueSq: o.valueSq,
            cross: o.visitsValue,
        },
        perUser: true,
    };
}
/** Reads a variant's counters from its URL (5 s timeout). */
async function fetchCounters(url, input, metric, signal) {
    let response;
    try {
        response = await fetch(url, {
            headers: { accept: 'application/json' },
            signal: signal
                ? AbortSignal.any([signal, AbortSignal.timeout(5000)])
                : AbortSignal.timeout(5000),
        });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The counters at ${input} did not answer (${error.cause?.code ?? error.message})`);
    }
    if (!response.ok)
        throw new errors/* UserError */.yo(`The counters at ${input} answered HTTP ${response.status}`);
    let body;
    try {
        body = await response.json();
    }
    catch {
        throw new errors/* UserError */.yo(`The counters at ${input} are not JSON`);
    }
    return parseCounters(body, input, metric);
}
/** The six per-variant sums, in the names the HTTP JSON and the Prometheus template use. */
const COUNTER_FIELDS = [
    'users',
    'visits',
    'value',
    'visitsSq',
    'valueSq',
    'visitsValue',
];
/**
 * A variant's counters from Prometheus: `template` is PromQL with `$variant` (a or b: a label
 * value, or part of a metric name for a query per variant) and `$field` (each of
 * COUNTER_FIELDS), e.g. `sum(checkout_experiment_$field{variant="$variant"})`. `scalar` runs one
 * instant query (null: no data). Null while the variant has no visits yet; without a users
 * series, visits and value only (every visit its own unit).
 */
async function queryCounters(scalar, template, variant, metric) {
    const fill = (field) => template.split('$variant').join(variant).split('$field').join(field);
    const values = await Promise.all(COUNTER_FIELDS.map((field) => scalar(fill(field))));
    const body = {};
    COUNTER_FIELDS.forEach((field, i) => {
        const v = values[i];
        if (v !== null && v !== undefined)
            body[field] = v;
    });
    if (body.visits === undefined)
        return null;
    if (body.users === undefined)
        for (const field of ['visitsSq', 'valueSq', 'visitsValue'])
            delete body[field];
    return parseCounters(body, `metric-query (variant ${variant})`, metric);
}

// EXTERNAL MODULE: ./src/core/gate/run.ts + 7 modules
var run = __webpack_require__(9573);
// EXTERNAL MODULE: ./src/core/gate/prometheus.ts
var prometheus = __webpack_require__(1815);
// EXTERNAL MODULE: ./src/core/traffic/providers.ts + 1 modules
var providers = __webpack_require__(2073);
// EXTERNAL MODULE: ./src/actions/canary-step/shared.ts
var shared = __webpack_require__(336);
;// CONCATENATED MODULE: ./src/actions/canary-step/experiment.ts





/** Consecutive failed counter reads tolerated before the experiment stops (traffic back on A). */
const READ_FAILURES = 3;
/**
 * Holds B beside A at a fixed sticky split, reads both variants' counters every look and stops at
 * the first decision of the anytime-valid test, or at the horizon (winner none). The guardrails
 * (the canary checks) run beside it for the whole horizon: a fail puts all traffic back on A at
 * once. Any error or a cancel does the same before anything else.
 */
async function runExperiment(settings, deps) {
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const provider = (0,providers/* createProvider */.Q)(settings.provider);
    const record = await (0,shared/* findRecord */.Tq)(settings, deps);
    const result = {
        decision: 'held',
        winner: 'none',
        finalWeight: 0,
        failedStep: '',
        reason: '',
        reading: null,
        decidedAfterS: null,
        perUser: true,
        history: [],
        deploymentId: record?.id,
        provider: provider.describe(),
        seconds: 0,
    };
    const status = (0,shared/* recordStatus */.Ms)(record, deps);
    const persist = (0,shared/* trafficHandoff */.Uh)(settings, record, () => ({ provider: settings.provider }));
    const shift = async (weight) => {
        await provider.setWeight(weight);
        result.finalWeight = weight;
        commands/* info */.pq(`Traffic: ${weight}% of users to B (${provider.describe()})`);
    };
    const stopGuard = new AbortController();
    const onCancel = () => stopGuard.abort();
    deps.signal.addEventListener('abort', onCancel, { once: true });
    let guard;
    const never = new Promise(() => undefined);
    let gateRun;
    let guardDone = never;
    persist(true);
    try {
        await shift(settings.split);
        await status('in_progress', `experiment: ${settings.split}% of users on B`);
        if (settings.gate.checks.length)
            guardDone = gateRun = (0,run/* runGate */.R)(settings.gate, { signal: stopGuard.signal }).then((report) => {
                guard = report;
            });
        const analysis = new experiment_analysis/* ExperimentAnalysis */.I(settings.analysis);
        const read = counterReader(settings, deps.signal);
        let failures = 0;
        for (;;) {
            const wait = Math.min(settings.lookMs, Math.max(0, settings.horizonMs - elapsed() * 1000));
            await Promise.race([(0,time/* sleep */.y)(wait, deps.signal), guardDone]);
            if (deps.signal.aborted)
                throw new shared/* Cancelled */.cJ();
            if (guard?.result === 'fail')
                break;
            // A guardrail that passed (or ran out) has said what it can: stop racing it.
            if (guard)
                guardDone = never;
            let counters;
            try {
                counters = await Promise.all([read('a'), read('b')]);
                failures = 0;
            }
            catch (error) {
                failures += 1;
                if (failures >= READ_FAILURES)
                    throw error;
                commands/* warning */.$e(`${error.message}; trying again at the next look`);
                continue;
            }
            const [a, b] = counters;
            if (!a || !b) {
                if (elapsed() * 1000 >= settings.horizonMs)
                    break;
                continue;
            }
            result.perUser = a.perUser && b.perUser;
            const verdict = analysis.update(a.totals, b.totals);
            if (verdict.reading) {
                result.reading = verdict.reading;
                const r = verdict.reading;
                result.history.push({ t: elapsed(), lift: r.lift, lower: r.lower, upper: r.upper });
            }
            if (verdict.state === 'decided') {
                result.winner = verdict.winner;
                result.decidedAfterS = elapsed();
                break;
            }
            if (elapsed() * 1000 >= settings.horizonMs)
                break;
        }
        stopGuard.abort();
        await gateRun?.catch(() => undefined);
        if (guard)
            result.guardrails = { ...(0,shared/* glance */.vD)(guard), reason: guard.reason };
        if (guard?.result === 'fail') {
            await shift(0);
            result.decision = 'aborted';
            result.failedStep = 'guardrails';
            result.reason = `a guardrail failed: ${guard.reason}; all traffic is back on A`;
            await status('failure', `experiment stopped by a guardrail: ${guard.reason}`);
        }
        else
            await conclude(settings, result, shift, status);
        persist(false);
        return finish(result, started);
    }
    catch (error) {
        stopGuard.abort();
        await shift(0).catch((e) => commands/* error */.z3(`Could not put all traffic back on A: ${e.message}. Put it back by hand (provider: ${provider.describe()})`));
        const message = error instanceof shared/* Cancelled */.cJ
            ? 'cancelled: all traffic is back on A'
            : `error: ${error.message}`;
        await status('failure', `experiment aborted: ${message}`).catch(() => undefined);
        persist(false);
        throw error instanceof shared/* Cancelled */.cJ
            ? new errors/* UserError */.yo('canary-step was cancelled: all traffic is back on A and the deployment is marked failure')
            : error;
    }
    finally {
        deps.signal.removeEventListener('abort', onCancel);
    }
}
/** Reads one variant's counters from where the settings say (null: no data yet). */
function counterReader(settings, signal) {
    const source = settings.source;
    if (source.kind === 'http')
        return (variant) => fetchCounters(source[variant], `metric-${variant}-url`, settings.metric, signal);
    const client = new prometheus/* PrometheusClient */.S(new URL(source.url));
    return (variant) => queryCounters((query) => client.scalar(query), source.template, variant, settings.metric);
}
/** The end without a guardrail fail: promote (B to 100, or back to A), or hold the split. */
async function conclude(settings, result, shift, status) {
    const verdict = verdictSentence(settings, result);
    result.reason = verdict;
    if (settings.onWinner === 'hold') {
        result.decision = 'held';
        await status('in_progress', `experiment ended, winner ${result.winner}; holding ${settings.split}% on B`);
        return;
    }
    if (result.winner === 'b') {
        await shift(100);
        result.decision = 'promoted';
        await status('success', `experiment: B won and was promoted to 100%`);
    }
    else {
        await shift(0);
        result.decision = 'reverted';
        await status('failure', result.winner === 'a'
            ? 'experiment: A won; all traffic is back on A'
            : 'experiment: no winner by the horizon; all traffic is back on A');
    }
}
const pct = (x) => `${(x * 100).toFixed(1)}%`;
/** One sentence: "B converts 4.1% better, 95% interval 1.2% to 7.0%; decided after 3,912 users per variant." */
function verdictSentence(settings, result) {
    const r = result.reading;
    const level = `${Math.round((1 - settings.analysis.alpha) * 1000) / 10}%`;
    const verb = settings.metric === 'conversion' ? 'converts' : 'earns';
    if (!r)
        return 'No verdict: the counters never gave both variants data to compare.';
    const interval = `${level} interval ${pct(r.lower)} to ${pct(r.upper)}`;
    const users = Math.min(r.units.a, r.units.b).toLocaleString('en-US');
    if (result.winner === 'none')
        return `No winner by the horizon: B ${verb} ${pct(Math.abs(r.lift))} ${r.lift >= 0 ? 'better' : 'worse'} so far, ${interval}, after ${users} users per variant.`;
    const better = result.winner === 'b';
    return `${better ? 'B' : 'A'} wins: B ${verb} ${pct(Math.abs(r.lift))} ${r.lift >= 0 ? 'better' : 'worse'}, ${interval}; decided after ${users} users per variant.`;
}
function finish(result, started) {
    result.seconds = (Date.now() - started) / 1000;
    return result;
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

"use strict";
exports.id = 2354;
exports.ids = [2354];
exports.modules = {

/***/ 41255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ EmbeddedProvider),
/* harmony export */   N: () => (/* binding */ EmbeddedPool)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);

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
        const whole = weight === 0 || weight === 100;
        if (this.sticky && !this.stickySet && !whole) {
            await this.setSticky(this.sticky);
            this.stickySet = true;
        }
        await routerCall(this.admin, 'PUT', 'weight', { weight });
        // At 0 or 100 a sticky split has nothing to split: it is cleared, so a later canary through
        // this router splits by request again rather than by an experiment's users.
        if (this.sticky && whole) {
            await this.setSticky(null);
            this.stickySet = false;
        }
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

/***/ 76274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aF: () => (/* binding */ untilNoConflict),
/* harmony export */   wW: () => (/* binding */ WrittenNotConfirmed)
/* harmony export */ });
/* unused harmony export CONFLICTS */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82072);

/** A provider wrote the change but could not confirm it took effect: traffic may have moved. */
class WrittenNotConfirmed extends _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/** Conflicts in a row before a provider gives up on writing against the version it read. */
const CONFLICTS = 6;
/**
 * Optimistic concurrency, as every cloud provider writes: `attempt` reads the resource, then
 * writes against the version it read (resourceVersion, RevisionId, etag), which the API refuses
 * when anything changed it since; a refusal (`isConflict`) is read again, never overwritten, and
 * CONFLICTS in a row means another writer is at work, which the error says.
 */
async function untilNoConflict(what, conflict, isConflict, attempt) {
    for (let n = 1;; n++) {
        try {
            await attempt();
            return;
        }
        catch (error) {
            if (!isConflict(error))
                throw error;
            if (n >= CONFLICTS)
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} kept changing under Glidepath (${CONFLICTS} conflicts in a row): another writer is updating it; stop it and run again`);
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${what} changed since it was read (${conflict}): reading it again`);
        }
    }
}


/***/ }),

/***/ 38136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aI: () => (/* binding */ HaproxyPool),
/* harmony export */   hF: () => (/* binding */ HaproxyProvider)
/* harmony export */ });
/* unused harmony export haproxyCommand */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);


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

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ NginxPool),
/* harmony export */   V6: () => (/* binding */ replaceAndReload),
/* harmony export */   wo: () => (/* binding */ NginxProvider)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73495);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41691);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45649);



/**
 * nginx: writes the upstream's server lines to an include file, validates and reloads. Weight 0
 * is written as `down` (nginx refuses weight=0).
 */
class NginxProvider {
    at;
    name = 'nginx';
    constructor(at) {
        this.at = at;
    }
    describe() {
        return `nginx upstream include ${this.at.conf} (${this.at.stable} / ${this.at.canary})`;
    }
    async setWeight(weight) {
        const { conf, reload, stable, canary } = this.at;
        const line = (server, w) => w <= 0 ? `server ${server} down;` : `server ${server} weight=${w};`;
        const text = `# Written by Glidepath canary-step: canary ${weight}%\n${line(stable, 100 - weight)}\n${line(canary, weight)}\n`;
        await replaceAndReload(conf, text, reload, { GLIDEPATH_WEIGHT: String(weight) });
    }
}
/**
 * Writes an nginx include file atomically, validates and reloads; a file nginx rejects is put
 * back as it was, so the next reload cannot pick it up.
 */
async function replaceAndReload(conf, text, reload, env) {
    const previous = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(conf, 'utf8').catch(() => undefined);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(conf), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(conf)}.${process.pid}.tmp`);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(temp, text);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(temp, conf);
    try {
        await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runUserCommandOrFail */ .XK)(reload, {
            env: { GLIDEPATH_NGINX_CONF: conf, ...env },
            label: "The command in input 'nginx-reload-command'",
            timeoutMs: 30_000,
        });
        // `nginx -s reload` returns once the master is signalled; the master waits 100 ms before
        // retiring old workers, which serve the old upstreams until then. Return once it is applied.
        await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .y)(150);
    }
    catch (error) {
        if (previous !== undefined)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(conf, previous);
        throw error;
    }
}
/**
 * nginx: the pool is the `server` lines of the upstream include file; a drained server is marked
 * `down`, in one rewrite and one reload per batch. nginx reports no per-server sessions.
 */
class NginxPool {
    conf;
    reload;
    constructor(conf, reload) {
        this.conf = conf;
        this.reload = reload;
    }
    describe() {
        return `nginx upstream include ${this.conf}`;
    }
    async list() {
        const servers = [];
        mapServerLines(await this.read(), (address, params) => {
            servers.push({
                name: address,
                address,
                state: /(^|\s)down(\s|$)/.test(params) ? 'drain' : 'ready',
                sessions: null,
            });
            return undefined;
        });
        return servers;
    }
    async set(names, state) {
        if (!names.length)
            return;
        const wanted = new Set(names);
        const text = mapServerLines(await this.read(), (address, params) => {
            if (!wanted.has(address))
                return undefined;
            const rest = params.replace(/\s+down(?=\s|$)/g, '');
            return `server ${address}${rest}${state === 'drain' ? ' down' : ''};`;
        });
        await replaceAndReload(this.conf, text, this.reload, {});
    }
    async read() {
        try {
            return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(this.conf, 'utf8');
        }
        catch (error) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Cannot read the nginx upstream include '${this.conf}' (${error.code ?? error.message}): check nginx-conf`);
        }
    }
}
/** Calls `edit` for each `server <address> <params>;` directive outside comments; a string it returns replaces the directive. */
function mapServerLines(text, edit) {
    return text
        .split('\n')
        .map((line) => {
        const hash = line.indexOf('#');
        const code = hash < 0 ? line : line.slice(0, hash);
        const replaced = code.replace(/\bserver\s+([^\s;]+)((?:\s+[^\s;]+)*)\s*;/g, (directive, address, params) => edit(address, params) ?? directive);
        return hash < 0 ? replaced : replaced + line.slice(hash);
    })
        .join('\n');
}


/***/ }),

/***/ 12354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/core/runtime/exec.ts
var exec = __webpack_require__(73495);
// EXTERNAL MODULE: ./src/core/traffic/embedded.ts
var embedded = __webpack_require__(41255);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@openfeature/flagd-core/index.cjs.mjs
var index_cjs = __webpack_require__(35427);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var runtime_yaml = __webpack_require__(75629);
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

;// CONCATENATED MODULE: ./src/core/traffic/aws-alb.ts

const RULE = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener-rule\/app\//;
class AlbProvider {
    settings;
    name = 'aws-alb';
    api;
    constructor(settings, api) {
        this.settings = settings;
        this.api = api;
    }
    get what() {
        const kind = RULE.test(this.settings.listener) ? 'listener rule' : 'listener';
        return `ALB ${kind} ${this.settings.listener.replace(/^.*:listener(?:-rule)?\//, '')}`;
    }
    describe() {
        const short = (arn) => arn.split('/').at(-2) ?? arn;
        return `${this.what} (${short(this.settings.stableTargetGroup)} / ${short(this.settings.canaryTargetGroup)})`;
    }
    async check() {
        this.forward(await (await this.connect()).read());
    }
    async setWeight(weight) {
        const api = await this.connect();
        const actions = await api.read();
        const { action, stable, canary } = this.forward(actions);
        // ALB weights are integers 0–999: whole percents as they are, fractions in tenths.
        const scale = Number.isInteger(weight) ? 1 : 10;
        const canaryWeight = Math.round(weight * scale);
        if (stable.Weight === 100 * scale - canaryWeight && canary.Weight === canaryWeight)
            return;
        stable.Weight = 100 * scale - canaryWeight;
        canary.Weight = canaryWeight;
        // With a ForwardConfig of several groups the action's own TargetGroupArn must be absent.
        delete action.TargetGroupArn;
        const written = this.forward(await api.write(actions));
        // The ELB API has no conditional write: what it answers must be what was asked.
        if (written.stable.Weight !== stable.Weight || written.canary.Weight !== canary.Weight)
            throw new errors/* UserError */.yo(`${this.what} answered weights ${written.stable.Weight}/${written.canary.Weight} after Glidepath wrote ${stable.Weight}/${canary.Weight}: another writer changed it; check it`);
    }
    /** The forward action holding both target groups, or an error naming the input that is wrong. */
    forward(actions) {
        const forwards = actions.filter((a) => a.Type === 'forward');
        const groups = forwards.flatMap((a) => a.ForwardConfig?.TargetGroups?.length
            ? a.ForwardConfig.TargetGroups.map((t) => t.TargetGroupArn ?? '')
            : [a.TargetGroupArn ?? '']);
        const find = (input, arn) => {
            if (!groups.includes(arn))
                throw new errors/* UserError */.yo(`Input '${input}' is '${arn}', but the forward action of ${this.what} has no such target group: it forwards to ${groups.join(', ') || 'nothing'}`);
        };
        find('stable-server', this.settings.stableTargetGroup);
        find('canary-server', this.settings.canaryTargetGroup);
        // Both groups must already be in one forward config (the canary's at weight 0, say).
        const action = forwards.find((a) => {
            const arns = (a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupArn);
            return [this.settings.stableTargetGroup, this.settings.canaryTargetGroup].every((x) => arns.includes(x));
        });
        if (!action)
            throw new errors/* UserError */.yo(`Inputs 'stable-server' and 'canary-server' must be target groups of one forward action of ${this.what}, in its ForwardConfig (the canary's at weight 0): add the canary's group there first`);
        const tuples = action.ForwardConfig?.TargetGroups ?? [];
        const tuple = (arn) => tuples.find((x) => x.TargetGroupArn === arn);
        return {
            action,
            stable: tuple(this.settings.stableTargetGroup),
            canary: tuple(this.settings.canaryTargetGroup),
        };
    }
    async connect() {
        if (this.api)
            return this.api;
        const sdk = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 50586, 19));
        // Credentials and endpoint from the SDK's standard chain: AWS_* variables as
        // aws-actions/configure-aws-credentials (OIDC) leaves them, profiles, instance roles.
        const region = this.settings.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
        if (!region)
            throw new errors/* UserError */.yo("Input 'aws-region' is empty and AWS_REGION is not set: give the load balancer's region, e.g. eu-west-1, or set it with aws-actions/configure-aws-credentials");
        const client = new sdk.ElasticLoadBalancingV2Client({ region, maxAttempts: 5 });
        const arn = this.settings.listener;
        const call = async (fn) => {
            try {
                return await fn();
            }
            catch (error) {
                throw this.explain(error);
            }
        };
        this.api = RULE.test(arn)
            ? {
                read: () => call(async () => {
                    const out = await client.send(new sdk.DescribeRulesCommand({ RuleArns: [arn] }));
                    return (out.Rules?.[0]?.Actions ?? []);
                }),
                write: (actions) => call(async () => {
                    const out = await client.send(new sdk.ModifyRuleCommand({ RuleArn: arn, Actions: actions }));
                    return (out.Rules?.[0]?.Actions ?? []);
                }),
            }
            : {
                read: () => call(async () => {
                    const out = await client.send(new sdk.DescribeListenersCommand({ ListenerArns: [arn] }));
                    return (out.Listeners?.[0]?.DefaultActions ?? []);
                }),
                write: (actions) => call(async () => {
                    const out = await client.send(new sdk.ModifyListenerCommand({
                        ListenerArn: arn,
                        DefaultActions: actions,
                    }));
                    return (out.Listeners?.[0]?.DefaultActions ?? []);
                }),
            };
        return this.api;
    }
    explain(error) {
        const name = error.name;
        const message = error.message;
        if (name === 'RuleNotFoundException' || name === 'ListenerNotFoundException')
            return new errors/* UserError */.yo(`Input 'alb-listener' is '${this.settings.listener}', but the load balancer API has no such ${RULE.test(this.settings.listener) ? 'listener rule' : 'listener'} in ${this.settings.region ?? process.env.AWS_REGION}: ${message}`);
        if (name === 'TargetGroupNotFoundException')
            return new errors/* UserError */.yo(`A target group in stable-server or canary-server does not exist: ${message}`);
        if (name === 'CredentialsProviderError')
            return new errors/* UserError */.yo(`No AWS credentials for provider aws-alb: run aws-actions/configure-aws-credentials (OIDC) first (${message})`);
        if (name === 'AccessDenied' || name === 'AccessDeniedException')
            return new errors/* UserError */.yo(`AWS refused ${this.what}: the role needs elasticloadbalancing:DescribeRules, DescribeListeners, ModifyRule and ModifyListener (${message})`);
        return new errors/* UserError */.yo(`Could not change ${this.what}: ${name}: ${message}`);
    }
}

// EXTERNAL MODULE: ./src/core/traffic/errors.ts
var traffic_errors = __webpack_require__(76274);
;// CONCATENATED MODULE: ./src/core/traffic/aws-lambda.ts


/** The alias for a weight: all on one version at 0 and 100, else the canary's share on the side. */
function aliasFor(weight, stable, canary) {
    if (weight <= 0)
        return { FunctionVersion: stable, RoutingConfig: { AdditionalVersionWeights: {} } };
    if (weight >= 100)
        return { FunctionVersion: canary, RoutingConfig: { AdditionalVersionWeights: {} } };
    return {
        FunctionVersion: stable,
        RoutingConfig: { AdditionalVersionWeights: { [canary]: Math.round(weight * 1000) / 100_000 } },
    };
}
class LambdaProvider {
    settings;
    name = 'aws-lambda';
    api;
    constructor(settings, api) {
        this.settings = settings;
        this.api = api;
    }
    get what() {
        return `Lambda alias ${this.settings.function}:${this.settings.alias}`;
    }
    describe() {
        return `${this.what} (versions ${this.settings.stableVersion} / ${this.settings.canaryVersion})`;
    }
    async check() {
        const api = await this.connect();
        const alias = await api.getAlias();
        const s = this.settings;
        for (const [input, version] of [
            ['stable-server', s.stableVersion],
            ['canary-server', s.canaryVersion],
        ]) {
            if (version !== alias.FunctionVersion && !(await api.hasVersion(version)))
                throw new errors/* UserError */.yo(`Input '${input}' is '${version}', but ${s.function} has no published version ${version}: publish it first (aws lambda publish-version) and give its number`);
        }
    }
    async setWeight(weight) {
        const api = await this.connect();
        const wanted = aliasFor(weight, this.settings.stableVersion, this.settings.canaryVersion);
        const conflict = (error) => error.name === 'PreconditionFailedException';
        await (0,traffic_errors/* untilNoConflict */.aF)(this.what, '412 PreconditionFailed', conflict, async () => {
            const alias = await api.getAlias();
            if (alias.FunctionVersion === wanted.FunctionVersion &&
                JSON.stringify(alias.RoutingConfig?.AdditionalVersionWeights ?? {}) ===
                    JSON.stringify(wanted.RoutingConfig.AdditionalVersionWeights))
                return;
            // RevisionId: Lambda refuses the update (412) if the alias changed since it was read.
            await api.updateAlias({ ...wanted, RevisionId: alias.RevisionId });
        });
    }
    async connect() {
        if (this.api)
            return this.api;
        const sdk = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 71696, 19));
        const region = this.settings.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
        if (!region)
            throw new errors/* UserError */.yo("Input 'aws-region' is empty and AWS_REGION is not set: give the function's region, e.g. eu-west-1, or set it with aws-actions/configure-aws-credentials");
        // Credentials from the SDK's standard chain (aws-actions/configure-aws-credentials with OIDC).
        const client = new sdk.LambdaClient({ region, maxAttempts: 5 });
        const at = { FunctionName: this.settings.function, Name: this.settings.alias };
        const call = async (fn) => {
            try {
                return await fn();
            }
            catch (error) {
                if (error.name === 'PreconditionFailedException')
                    throw error;
                throw this.explain(error);
            }
        };
        this.api = {
            getAlias: () => call(() => client.send(new sdk.GetAliasCommand(at))),
            updateAlias: (alias) => call(() => client.send(new sdk.UpdateAliasCommand({ ...at, ...alias }))),
            hasVersion: async (version) => {
                try {
                    await client.send(new sdk.GetFunctionConfigurationCommand({
                        FunctionName: at.FunctionName,
                        Qualifier: version,
                    }));
                    return true;
                }
                catch (error) {
                    if (error.name === 'ResourceNotFoundException')
                        return false;
                    throw this.explain(error);
                }
            },
        };
        return this.api;
    }
    explain(error) {
        const { name, message } = error;
        if (name === 'ResourceNotFoundException')
            return new errors/* UserError */.yo(`Input 'lambda-alias' or 'lambda-function' is wrong: Lambda has no alias '${this.settings.alias}' of function '${this.settings.function}' (${message})`);
        if (name === 'CredentialsProviderError')
            return new errors/* UserError */.yo(`No AWS credentials for provider aws-lambda: run aws-actions/configure-aws-credentials (OIDC) first (${message})`);
        if (name === 'AccessDeniedException')
            return new errors/* UserError */.yo(`AWS refused ${this.what}: the role needs lambda:GetAlias, lambda:UpdateAlias and lambda:GetFunctionConfiguration (${message})`);
        return new errors/* UserError */.yo(`Could not change ${this.what}: ${name}: ${message}`);
    }
}

// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
;// CONCATENATED MODULE: ./src/core/traffic/cloud-run.ts


const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
/** The traffic list for a weight: both revisions by name, every tag kept at 0 %. */
function trafficFor(current, weight, stable, canary) {
    const percent = Math.round(weight);
    const tagged = current
        .filter((t) => t.tag && t.revision !== stable && t.revision !== canary)
        .map((t) => ({ ...t, percent: 0 }));
    const tagOf = (revision) => current.find((t) => t.revision === revision)?.tag;
    const entry = (revision, p) => ({
        type: REVISION,
        revision,
        percent: p,
        ...(tagOf(revision) ? { tag: tagOf(revision) } : {}),
    });
    return [entry(stable, 100 - percent), entry(canary, percent), ...tagged];
}
class CloudRunProvider {
    settings;
    pollMs;
    name = 'cloud-run';
    request;
    constructor(settings, request, pollMs = 500) {
        this.settings = settings;
        this.pollMs = pollMs;
        this.request = request;
    }
    get what() {
        return `Cloud Run service ${this.settings.service}`;
    }
    describe() {
        return `${this.what} (revisions ${this.settings.stableRevision} / ${this.settings.canaryRevision})`;
    }
    async check() {
        await this.call('GET', this.settings.service, undefined, 'read').catch((error) => {
            if (statusOf(error) !== 404)
                throw error;
            throw new errors/* UserError */.yo(`Input 'cloud-run-service' is '${this.settings.service}', but Cloud Run has no such service: give it as projects/<project>/locations/<region>/services/<name>, as gcloud run services describe shows it`);
        });
        for (const [input, revision] of [
            ['stable-server', this.settings.stableRevision],
            ['canary-server', this.settings.canaryRevision],
        ]) {
            try {
                await this.call('GET', `${this.settings.service}/revisions/${revision}`, undefined, 'read');
            }
            catch (error) {
                if (statusOf(error) === 404)
                    throw new errors/* UserError */.yo(`Input '${input}' is '${revision}', but ${this.what} has no such revision: give a revision name as gcloud run revisions list shows it`);
                throw error;
            }
        }
    }
    async setWeight(weight) {
        const s = this.settings;
        let operation;
        await (0,traffic_errors/* untilNoConflict */.aF)(this.what, '409 ABORTED', (e) => statusOf(e) === 409, async () => {
            const service = await this.call('GET', s.service, undefined, 'read');
            const traffic = trafficFor(service.traffic ?? [], weight, s.stableRevision, s.canaryRevision);
            if (JSON.stringify(service.traffic ?? []) === JSON.stringify(traffic))
                return;
            // The etag just read: Cloud Run refuses the update (409 ABORTED) if the service changed since.
            operation = await this.call('PATCH', s.service, { ...service, traffic }, 'update');
        });
        // The update's operation is waited for outside the loop: its failures are never conflicts.
        if (operation)
            await this.waitDone(operation);
    }
    /** Waits for the update's long-running operation: the split is live once it is done. */
    async waitDone(first) {
        const timeoutMs = this.settings.operationTimeoutMs ?? 120_000;
        const deadline = Date.now() + timeoutMs;
        let operation = first;
        while (!operation.done) {
            if (Date.now() >= deadline)
                throw new traffic_errors/* WrittenNotConfirmed */.wW(`${this.what}: the traffic update (${operation.name}) was not done within ${timeoutMs / 1000} s`);
            await (0,time/* sleep */.y)(this.pollMs);
            operation = await this.call('GET', operation.name, undefined, 'read');
        }
        if (operation.error)
            throw new traffic_errors/* WrittenNotConfirmed */.wW(`${this.what}: the traffic update failed (${operation.error.code ?? '?'}: ${operation.error.message ?? ''})`);
    }
    /** One API call; 429 and 5xx are retried with backoff, other failures named for people. */
    async call(method, path, body, what) {
        const request = this.request ?? (this.request = await connect(this.settings));
        for (let attempt = 1;; attempt++) {
            try {
                return await request(method, path, body);
            }
            catch (error) {
                const status = statusOf(error);
                if (status === 409 || status === 404)
                    throw error;
                const retry = status === 429 || (status !== undefined && status >= 500);
                if (retry && attempt < 5) {
                    await (0,time/* sleep */.y)(100 * 2 ** (attempt - 1));
                    continue;
                }
                if (status === 401 || status === 403)
                    throw new errors/* UserError */.yo(`Google Cloud refused to ${what} ${this.what} (${status}): the identity needs run.services.get and run.services.update (roles/run.developer), and iam.serviceAccounts.actAs on the service's runtime account`);
                throw new errors/* UserError */.yo(`Could not ${what} ${this.what}: ${status ? `the API answered ${status}` : error.message}`);
            }
        }
    }
}
function statusOf(error) {
    const e = error;
    const status = e.response?.status ?? e.status;
    return typeof status === 'number' ? status : undefined;
}
/** google-auth-library's client from Application Default Credentials (google-github-actions/auth). */
async function connect(settings) {
    const { GoogleAuth } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 23));
    const projectId = settings.service.split('/')[1];
    const auth = new GoogleAuth({
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
        projectId,
    });
    let client;
    try {
        client = await auth.getClient();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`No Google Cloud credentials for provider cloud-run: run google-github-actions/auth (workload identity federation) first (${error.message})`);
    }
    const base = settings.endpoint.replace(/\/$/, '');
    return async (method, path, body) => {
        const answer = await client.request({
            url: `${base}/v2/${path}`,
            method,
            data: body,
            retry: false,
        });
        return answer.data;
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/core/traffic/gateway-match.ts
// Header routing on an HTTPRoute (A/B): one rule of Glidepath's own, beside the rule that splits
// traffic, sending requests with the header to the canary alone. The Gateway API ranks a match
// with more header matches above the plain one, whatever the rule order.
/** The name of Glidepath's rule (HTTPRoute rule names, GEP-995), so any later run can remove it. */
const MATCH_RULE = 'glidepath-canary-match';
/**
 * Puts Glidepath's header rule right after `target` (header `name=value`), or removes it (null).
 * Returns whether the rules changed.
 */
function applyMatchRule(rules, target, canary, header) {
    const at = rules.findIndex((r) => r.name === MATCH_RULE);
    if (header === null) {
        if (at < 0)
            return false;
        rules.splice(at, 1);
        return true;
    }
    const cut = header.indexOf('=');
    const name = header.slice(0, cut);
    const value = header.slice(cut + 1);
    const base = target.matches?.length
        ? target.matches
        : [{ path: { type: 'PathPrefix', value: '/' } }];
    const wanted = {
        name: MATCH_RULE,
        matches: base.map((m) => ({
            ...m,
            headers: [
                ...(m.headers ?? []).filter((h) => h.name.toLowerCase() !== name.toLowerCase()),
                { type: 'Exact', name, value },
            ],
        })),
        ...(target.filters ? { filters: target.filters } : {}),
        backendRefs: [{ ...canary, weight: 1 }],
    };
    if (at >= 0) {
        if (JSON.stringify(rules[at]) === JSON.stringify(wanted))
            return false;
        rules[at] = wanted;
        return true;
    }
    rules.splice(rules.indexOf(target) + 1, 0, wanted);
    return true;
}

;// CONCATENATED MODULE: ./src/core/traffic/gateway-api.ts






const GROUP = 'gateway.networking.k8s.io';
const VERSION = 'v1';
const PLURAL = 'httproutes';
/** Calls retried after a 429, 5xx or reset (backoff 0.1, 0.2, 0.4, 0.8 s); writes re-read after a 409 (errors.ts). */
const ATTEMPTS = 5;
/** Weights as Gateway API backendRef weights: whole percents, or basis points for fractions. */
function backendWeights(weight) {
    const scale = Number.isInteger(weight) ? 1 : 100;
    const canary = Math.round(weight * scale);
    return { stable: 100 * scale - canary, canary };
}
class GatewayApiProvider {
    settings;
    pollMs;
    backoffMs;
    name = 'gateway-api';
    api;
    /** Requests with this header (name=value) go to the canary while its weight is above 0. */
    matchHeader = null;
    constructor(settings, api, pollMs = 250, backoffMs = 100) {
        this.settings = settings;
        this.pollMs = pollMs;
        this.backoffMs = backoffMs;
        this.api = api;
    }
    get where() {
        return `HTTPRoute ${this.settings.namespace}/${this.settings.route}`;
    }
    describe() {
        const s = this.settings;
        return `${this.where} rule ${s.rule} (${s.stableBackend} / ${s.canaryBackend})`;
    }
    /** Reads the route and finds the rule and both backends, changing nothing: a wrong name fails here. */
    async check() {
        const route = await this.call('read', (api) => api.get());
        this.backends(route);
    }
    /** Taken into the next weight change (one write for both). */
    async setMatchHeader(header) {
        this.matchHeader = header;
    }
    async setWeight(weight) {
        const wanted = backendWeights(weight);
        // At 0 all traffic is stable's: the header rule goes too (so a restore by a fresh post step removes it).
        const header = weight > 0 ? this.matchHeader : null;
        await this.readThenWrite(async (route) => {
            const { rule, stable, canary } = this.backends(route);
            const same = stable.weight === wanted.stable && canary.weight === wanted.canary;
            stable.weight = wanted.stable;
            canary.weight = wanted.canary;
            const headerChanged = applyMatchRule(route.spec?.rules ?? [], rule, canary, header);
            if (same && !headerChanged) {
                await this.waitAccepted(route.metadata.generation ?? 0);
                return;
            }
            // PUT with the resourceVersion just read: a change made since is a 409, never overwritten.
            const written = await this.call('update', (api) => api.replace(route), true);
            if (header && !written.spec?.rules?.some((r) => r.name === MATCH_RULE))
                await this.undoNamelessRule((route.spec?.rules ?? []).indexOf(rule) + 1);
            await this.waitAccepted(written.metadata.generation ?? 0);
        });
    }
    /**
     * The API server pruned the header rule's name (CRDs without named rules, GEP-995): the rule
     * written right after the split rule is taken out again, then the step fails (traffic may have
     * moved, so canary-step restores stable).
     */
    async undoNamelessRule(at) {
        // Read again and written against that version (the controller may have updated the route's
        // status since the write, which changes its version). The server keeps the order of rules (not
        // of keys): the header rule is right after the split rule.
        await this.readThenWrite(async (route) => {
            const rules = route.spec?.rules ?? [];
            if (at > 0 && rules[at] && rules[at].name === undefined) {
                rules.splice(at, 1);
                await this.call('update', (api) => api.replace(route), true);
            }
        });
        throw new traffic_errors/* WrittenNotConfirmed */.wW(`${this.where}: the cluster's HTTPRoute drops rule names, so match-header cannot keep its rule apart (taken out again): install a Gateway API release with named rules (GEP-995), or leave match-header out`);
    }
    /**
     * Reads the route and runs `work` on that version; a write in it that meets a change made since
     * (409, the resourceVersion no longer current) reads again and retries, never overwriting.
     */
    async readThenWrite(work) {
        await (0,traffic_errors/* untilNoConflict */.aF)(this.where, '409 Conflict', (e) => gateway_api_statusOf(e) === 409, async () => work(await this.call('read', (api) => api.get())));
    }
    /** The rule's two backendRefs, or an error naming the input that is wrong. */
    backends(route) {
        const s = this.settings;
        const rules = route.spec?.rules ?? [];
        const own = rules.filter((r) => r.name !== MATCH_RULE);
        const rule = /^\d+$/.test(s.rule) ? own[Number(s.rule)] : own.find((r) => r.name === s.rule);
        if (!rule) {
            const names = own.map((r, i) => r.name ?? String(i)).join(', ');
            throw new errors/* UserError */.yo(`Input 'route-rule' is '${s.rule}', but ${this.where} has no such rule: give an index (0–${own.length - 1}) or a rule name (${names || 'none'})`);
        }
        const refs = (rule.backendRefs ?? []).filter((ref) => (ref.kind ?? 'Service') === 'Service' && !ref.group);
        const find = (input, name) => {
            const ref = refs.find((r) => r.name === name);
            if (!ref)
                throw new errors/* UserError */.yo(`Input '${input}' is '${name}', but rule ${s.rule} of ${this.where} has no Service backendRef of that name: use one of ${refs.map((r) => r.name).join(', ') || '(none)'}`);
            return ref;
        };
        const stable = find('stable-server', s.stableBackend);
        const canary = find('canary-server', s.canaryBackend);
        if (stable === canary)
            throw new errors/* UserError */.yo(`Inputs 'stable-server' and 'canary-server' name the same backendRef`);
        return { rule, stable, canary };
    }
    /**
     * Waits until every parent Gateway reports Accepted and ResolvedRefs True for this generation
     * (observedGeneration ≥ it); a False condition for it fails at once with the controller's reason.
     */
    async waitAccepted(generation) {
        const timeoutMs = this.settings.acceptTimeoutMs ?? 60_000;
        const deadline = Date.now() + timeoutMs;
        let last = 'no parent Gateway reported any status';
        for (;;) {
            const route = await this.call('read', (api) => api.get());
            const parents = route.status?.parents ?? [];
            const verdicts = parents.map((parent) => {
                const current = (parent.conditions ?? []).filter((c) => (c.observedGeneration ?? 0) >= generation);
                const of = (type) => current.find((c) => c.type === type);
                const bad = ['Accepted', 'ResolvedRefs']
                    .map(of)
                    .find((c) => c !== undefined && c.status === 'False');
                if (bad)
                    throw new traffic_errors/* WrittenNotConfirmed */.wW(`${this.where}: Gateway ${parent.parentRef?.name ?? '?'} refused generation ${generation} (${bad.type}=False, ${bad.reason ?? ''}: ${bad.message ?? ''})`);
                return of('Accepted')?.status === 'True' && of('ResolvedRefs')?.status === 'True';
            });
            if (parents.length && verdicts.every(Boolean))
                return;
            if (parents.length)
                last = `${verdicts.filter((v) => !v).length} of ${parents.length} parent Gateways have not accepted generation ${generation} yet`;
            if (Date.now() >= deadline)
                throw new traffic_errors/* WrittenNotConfirmed */.wW(`${this.where}: the change (generation ${generation}) was not accepted within ${timeoutMs / 1000} s: ${last}. Check the Gateway's controller (kubectl describe httproute ${this.settings.route} -n ${this.settings.namespace})`);
            await (0,time/* sleep */.y)(this.pollMs);
        }
    }
    /** One API call; 429 and 5xx are retried with backoff, other failures named for people. */
    async call(what, fn, conflictRaw = false) {
        const api = this.api ?? (this.api = await gateway_api_connect(this.settings));
        for (let attempt = 1;; attempt++) {
            try {
                return await fn(api);
            }
            catch (error) {
                const status = gateway_api_statusOf(error);
                if (status === 409 && conflictRaw)
                    throw error;
                const retry = status === 429 || (status !== undefined && status >= 500) || isNetwork(error);
                if (retry && attempt < ATTEMPTS) {
                    await (0,time/* sleep */.y)(Math.min(this.backoffMs * 2 ** (attempt - 1), 2000));
                    continue;
                }
                throw this.explain(what, error, status);
            }
        }
    }
    explain(what, error, status) {
        if (status === 404)
            return new errors/* UserError */.yo(`Input 'route' is '${this.settings.route}', but the cluster has no HTTPRoute of that name in namespace '${this.settings.namespace}' (route-namespace): check both, and that the Gateway API CRDs are installed`);
        if (status === 401 || status === 403)
            return new errors/* UserError */.yo(`The Kubernetes API refused to ${what} ${this.where} (${status}): the kubeconfig's user needs get, update on httproutes.${GROUP} in namespace ${this.settings.namespace}`);
        const detail = status ? `answered ${status}` : error.message;
        return new errors/* UserError */.yo(`Could not ${what} ${this.where}: the Kubernetes API ${detail}${status ? '' : ' (is the cluster reachable from this runner?)'}`);
    }
}
function gateway_api_statusOf(error) {
    const code = error.code;
    return typeof code === 'number' ? code : undefined;
}
function isNetwork(error) {
    const text = String(error.message ?? error);
    return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up/.test(text);
}
/** client-node from the job's kubeconfig: KUBECONFIG, ~/.kube/config, or the pod's service account. */
async function gateway_api_connect(settings) {
    const file = process.env.KUBECONFIG || external_node_path_default().join(external_node_os_default().homedir(), '.kube', 'config');
    const inCluster = Boolean(process.env.KUBERNETES_SERVICE_HOST);
    if (!inCluster && !process.env.KUBECONFIG && !(0,external_node_fs_.existsSync)(file))
        throw new errors/* UserError */.yo(`No kubeconfig for provider gateway-api: set the cluster up first (azure/k8s-set-context, aws eks update-kubeconfig, google-github-actions/get-gke-credentials) or set KUBECONFIG`);
    const k8s = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(7171), __webpack_require__.e(3357), __webpack_require__.e(6959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
    const kc = new k8s.KubeConfig();
    try {
        kc.loadFromDefault();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not read the kubeconfig ${file}: ${error.message}`);
    }
    const api = kc.makeApiClient(k8s.CustomObjectsApi);
    const at = {
        group: GROUP,
        version: VERSION,
        plural: PLURAL,
        namespace: settings.namespace,
        name: settings.route,
    };
    return {
        get: () => api.getNamespacedCustomObject(at),
        replace: (route) => api.replaceNamespacedCustomObject({ ...at, body: route }),
    };
}

// EXTERNAL MODULE: ./src/core/traffic/haproxy.ts
var haproxy = __webpack_require__(38136);
// EXTERNAL MODULE: ./src/core/traffic/nginx.ts
var nginx = __webpack_require__(8809);
// EXTERNAL MODULE: ./src/core/traffic/split.ts
var split = __webpack_require__(93189);
;// CONCATENATED MODULE: ./src/core/traffic/nginx-split.ts


// The nginx provider of an experiment's sticky split: apart from split.ts (the inputs' side), so
// that reading canary-step's inputs loads neither nginx's reload nor the command runner.
/** The nginx variable holding the sticky key: the cookie or header, else the client address. */
function nginxKey(sticky) {
    if (sticky.kind === 'cookie')
        return `$cookie_${sticky.name.replace(/[-.]/g, '_')}`;
    if (sticky.kind === 'header')
        return `$http_${sticky.name.toLowerCase().replace(/[-.]/g, '_')}`;
    return '$remote_addr';
}
/**
 * nginx: an http-level include with `split_clients` on the sticky key (the address when the key
 * is missing), setting `$glidepath_upstream` to one server or the other; the server block does
 * `proxy_pass http://$glidepath_upstream;`. Written atomically, validated and reloaded.
 */
class NginxSplit {
    at;
    sticky;
    name = 'nginx';
    constructor(at, sticky) {
        this.at = at;
        this.sticky = sticky;
    }
    describe() {
        return `nginx split_clients include ${this.at.conf} (${this.at.stable} / ${this.at.canary}, by ${(0,split/* stickyText */.RC)(this.sticky)})`;
    }
    async setWeight(weight) {
        const { conf, reload, stable, canary } = this.at;
        const key = nginxKey(this.sticky);
        const lines = [`# Written by Glidepath canary-step: experiment, ${weight}% to ${canary}`];
        if (key === '$remote_addr')
            lines.push('map $remote_addr $glidepath_key { default $remote_addr; }');
        else
            lines.push(`map ${key} $glidepath_key { "" $remote_addr; default ${key}; }`);
        const split = weight <= 0
            ? [`* ${stable};`]
            : weight >= 100
                ? [`* ${canary};`]
                : [`${weight.toFixed(2)}% ${canary};`, `* ${stable};`];
        lines.push(`split_clients "$glidepath_key" $glidepath_upstream {`, ...split.map((l) => `  ${l}`), '}', '');
        await (0,nginx/* replaceAndReload */.V6)(conf, lines.join('\n'), reload, {
            GLIDEPATH_WEIGHT: String(weight),
        });
    }
}

;// CONCATENATED MODULE: ./src/core/traffic/providers.ts











function createProvider(settings) {
    switch (settings.provider) {
        case 'embedded':
            return new embedded/* EmbeddedProvider */.I(new URL(settings.routerUrl), settings.sticky);
        case 'haproxy':
            return new haproxy/* HaproxyProvider */.hF(settings.socket, settings.backend, settings.stableServer, settings.canaryServer, settings.sticky !== undefined);
        case 'nginx': {
            const at = {
                conf: settings.conf,
                reload: settings.reloadCommand,
                stable: settings.stableServer,
                canary: settings.canaryServer,
            };
            return settings.sticky
                ? new NginxSplit(at, (0,split/* parseSticky */.pD)(settings.sticky))
                : new nginx/* NginxProvider */.wo(at);
        }
        case 'command':
            return new CommandProvider(settings.command, settings.stableServer ?? '', settings.canaryServer ?? '', settings.sticky);
        case 'gateway-api':
            return new GatewayApiProvider(settings);
        case 'aws-alb':
            return new AlbProvider(settings);
        case 'aws-lambda':
            return new LambdaProvider(settings);
        case 'cloud-run':
            return new CloudRunProvider(settings);
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
;
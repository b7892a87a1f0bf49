export const id = 441;
export const ids = [441];
export const modules = {

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ yaml),
/* harmony export */   y: () => (/* binding */ loadYaml)
/* harmony export */ });
let loaded;
/**
 * Loads the YAML parser. It is a dynamic import so that an action whose inputs hold no YAML never
 * loads it (sixty modules; bench/startup.ts): an entry calls this before reading its inputs
 * when one of them is YAML (`checks`, the pipeline config file), and async code calls it freely.
 */
async function loadYaml() {
    loaded ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    return loaded;
}
/** The YAML parser, once `loadYaml()` has run; a call before it is a bug in Glidepath, said as such. */
function yaml() {
    if (!loaded)
        throw new Error('Internal error: the YAML parser was used before loadYaml() loaded it');
    return loaded;
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

/***/ 6441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createProvider: () => (/* reexport safe */ _providers_js__WEBPACK_IMPORTED_MODULE_0__.Q)
/* harmony export */ });
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2073);
// The public face of core/traffic: everything outside this folder imports from here.









/***/ }),

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ NginxPool),
/* harmony export */   V6: () => (/* binding */ replaceAndReload),
/* harmony export */   wo: () => (/* binding */ NginxProvider)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3495);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5649);



// nginx, through an upstream include file it is reloaded on: weighted server lines for a canary,
// `down` on the servers a pool drains.
/**
 * nginx: writes the upstream's server lines to an include file, validates and reloads. Weight 0
 * is written as `down` (nginx refuses weight=0).
 */
class NginxProvider {
    conf;
    reload;
    stable;
    canary;
    name = 'nginx';
    constructor(conf, reload, stable, canary) {
        this.conf = conf;
        this.reload = reload;
        this.stable = stable;
        this.canary = canary;
    }
    describe() {
        return `nginx upstream include ${this.conf} (${this.stable} / ${this.canary})`;
    }
    async setWeight(weight) {
        const line = (server, w) => w <= 0 ? `server ${server} down;` : `server ${server} weight=${w};`;
        const text = `# Written by Glidepath canary-step: canary ${weight}%\n${line(this.stable, 100 - weight)}\n${line(this.canary, weight)}\n`;
        await replaceAndReload(this.conf, text, this.reload, { GLIDEPATH_WEIGHT: String(weight) });
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
        await new Promise((resolve) => setTimeout(resolve, 150));
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
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cannot read the nginx upstream include '${this.conf}' (${error.code ?? error.message}): check nginx-conf`);
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


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ stickyText),
/* harmony export */   h: () => (/* binding */ NginxSplit),
/* harmony export */   mB: () => (/* binding */ readSticky),
/* harmony export */   pD: () => (/* binding */ parseSticky)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5649);
/* harmony import */ var _nginx_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8809);


function stickyText(sticky) {
    return 'name' in sticky ? `${sticky.kind}:${sticky.name}` : sticky.kind;
}
/**
 * Reads input `sticky` for the provider: each provider splits by what it can hash. flagd splits
 * on the evaluation's targeting key (the application's user id), nothing else; the others take a
 * cookie, a header or the client address (requests without the cookie or header: by address).
 */
function readSticky(text, provider) {
    if (provider === 'flagd') {
        if (text === undefined || text === 'targeting-key')
            return { kind: 'targeting-key' };
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('sticky', `is '${text}', which provider flagd cannot split by`, "flagd's fractional split is sticky on the evaluation's targeting key: leave sticky unset or write targeting-key, and give the user id as the targeting key");
    }
    const value = text ?? 'address';
    if (value === 'address')
        return { kind: 'address' };
    const m = /^(cookie|header):([A-Za-z0-9_.-]{1,64})$/.exec(value);
    if (!m)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('sticky', `is '${value}'${value === 'targeting-key' ? `, which only provider flagd uses (provider is ${provider})` : ''}`, 'write cookie:<name>, header:<name> or address, e.g. cookie:uid');
    return { kind: m[1], name: m[2] };
}
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
    conf;
    reload;
    stable;
    canary;
    sticky;
    name = 'nginx';
    constructor(conf, reload, stable, canary, sticky) {
        this.conf = conf;
        this.reload = reload;
        this.stable = stable;
        this.canary = canary;
        this.sticky = sticky;
    }
    describe() {
        return `nginx split_clients include ${this.conf} (${this.stable} / ${this.canary}, by ${stickyText(this.sticky)})`;
    }
    async setWeight(weight) {
        const key = nginxKey(this.sticky);
        const lines = [`# Written by Glidepath canary-step: experiment, ${weight}% to ${this.canary}`];
        if (key === '$remote_addr')
            lines.push('map $remote_addr $glidepath_key { default $remote_addr; }');
        else
            lines.push(`map ${key} $glidepath_key { "" $remote_addr; default ${key}; }`);
        const split = weight <= 0
            ? [`* ${this.stable};`]
            : weight >= 100
                ? [`* ${this.canary};`]
                : [`${weight.toFixed(2)}% ${this.canary};`, `* ${this.stable};`];
        lines.push(`split_clients "$glidepath_key" $glidepath_upstream {`, ...split.map((l) => `  ${l}`), '}', '');
        await (0,_nginx_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceAndReload */ .V6)(this.conf, lines.join('\n'), this.reload, {
            GLIDEPATH_WEIGHT: String(weight),
        });
    }
}
/** Parses a sticky text written by stickyText (settings saved for the post step). */
function parseSticky(text) {
    if (text === 'address' || text === 'targeting-key')
        return { kind: text };
    const [kind, name = ''] = text.split(':');
    return { kind: kind === 'header' ? 'header' : 'cookie', name };
}


/***/ })

};

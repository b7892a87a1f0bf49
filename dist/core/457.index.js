export const id = 457;
export const ids = [457];
export const modules = {

/***/ 1450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U6: () => (/* binding */ saveHandoff),
/* harmony export */   vj: () => (/* binding */ loadHandoff)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);


/** Saves a hand-off record for the post step (GITHUB_STATE → STATE_<key>), as JSON. */
function saveHandoff(key, value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(key, JSON.stringify(value));
}
/** The record main saved under `key`, or undefined when it saved none (or it cannot be read). */
function loadHandoff(key) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(key);
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

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* reexport */ createPool),
  Qd: () => (/* reexport */ createProvider),
  $i: () => (/* reexport */ parseSteps),
  Xu: () => (/* reexport */ readPool),
  WE: () => (/* reexport */ readProvider)
});

// UNUSED EXPORTS: PROVIDER_INPUTS, haproxyCommand, setFractional, validateFlagConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@openfeature/flagd-core/index.cjs.mjs
var index_cjs = __webpack_require__(5427);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(9787);
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
        throw new runtime/* UserError */.yo(`'${file}' is not a valid flagd flag definition (${cause.split('\n')[0]}): fix it first; nothing was written`);
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
        throw new runtime/* UserError */.yo(`Input 'flagd-file' is '${file}', which cannot be read: give the flag-definition file flagd watches`);
    }
    const yaml = /\.ya?ml$/i.test(file);
    let doc;
    try {
        doc = (yaml ? dist.parse(text) : JSON.parse(text));
    }
    catch (error) {
        throw new runtime/* UserError */.yo(`'${file}' is not valid ${yaml ? 'YAML' : 'JSON'} (${error.message.split('\n')[0]}): nothing was written`);
    }
    const definition = doc?.flags?.[flag];
    if (!definition)
        throw new runtime/* UserError */.yo(`Input 'flag' is '${flag}', which '${file}' does not define: use one of ${Object.keys(doc?.flags ?? {}).join(', ') || '(none)'}`);
    for (const [input, variant] of [
        ['on-variant', onVariant],
        ['off-variant', offVariant],
    ]) {
        if (!definition.variants || !(variant in definition.variants)) {
            throw new runtime/* UserError */.yo(`Input '${input}' is '${variant}', which flag '${flag}' does not have: use one of ${Object.keys(definition.variants ?? {}).join(', ')}`);
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
        throw new runtime/* UserError */.yo(`Flag '${flag}' has targeting rules without a fractional split, which Glidepath would overwrite: add a fractional rule where the rollout belongs, e.g. {"fractional": [["${onVariant}", 0], ["${offVariant}", 100]]}`);
    }
    const out = yaml ? dist.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
    validateFlagConfig(yaml ? JSON.stringify(dist.parse(out)) : out, file);
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

;// CONCATENATED MODULE: ./src/core/traffic/inputs.ts

/** Every provider input; canary-step and rollback read them through readProvider. */
const PROVIDER_INPUTS = (/* unused pure expression or super */ null && ([
    'provider',
    'router-url',
    'haproxy-socket',
    'haproxy-backend',
    'stable-server',
    'canary-server',
    'nginx-conf',
    'nginx-reload-command',
    'command',
    'flagd-file',
    'flag',
    'on-variant',
    'off-variant',
]));
function readProviderName(inputs) {
    return inputs.enum('provider', ['embedded', 'haproxy', 'nginx', 'command', 'flagd'], 'embedded');
}
/** A getter for inputs the chosen provider cannot do without. */
function needer(inputs, provider) {
    return (name, what, shape) => {
        const value = inputs.string(name);
        if (!value)
            throw new runtime/* ConfigError */.xL(name, `is required with provider ${provider}`, what);
        // Values written into HAProxy commands or nginx configuration must not carry more commands or directives.
        if (shape && !shape.pattern.test(value))
            throw new runtime/* ConfigError */.xL(name, `is '${(0,runtime/* clip */.$Q)(value)}'`, shape.valid);
        return value;
    };
}
const HAPROXY_SHAPE = {
    pattern: /^[A-Za-z0-9_.:-]{1,128}$/,
    valid: 'use the name as written in haproxy.cfg: letters, digits, _ . : -',
};
const NGINX_SERVER_SHAPE = {
    pattern: /^(?:unix:\/[A-Za-z0-9_./-]+|\[[0-9A-Fa-f:.]+\]:\d{1,5}|[A-Za-z0-9.-]+:\d{1,5})$/,
    valid: 'give host:port (or unix:/path), e.g. 127.0.0.1:8081',
};
/** Reads the provider's inputs; shared with rollback, which restores traffic through the same provider. */
function readProvider(inputs) {
    const provider = readProviderName(inputs);
    const need = needer(inputs, provider);
    switch (provider) {
        case 'embedded':
            return { provider, routerUrl: inputs.url('router-url', { required: true }).href };
        case 'haproxy':
            return {
                provider,
                socket: need('haproxy-socket', 'give the runtime API socket: a path such as /run/haproxy/admin.sock (stats socket … level admin) or host:port'),
                backend: need('haproxy-backend', 'give the backend that holds both servers', HAPROXY_SHAPE),
                stableServer: need('stable-server', "give the stable server's name in that backend", HAPROXY_SHAPE),
                canaryServer: need('canary-server', "give the canary server's name in that backend", HAPROXY_SHAPE),
            };
        case 'nginx':
            return {
                provider,
                conf: need('nginx-conf', 'give the path of the upstream include file Glidepath writes (included inside your upstream block)'),
                reloadCommand: inputs.string('nginx-reload-command') ?? 'nginx -t && nginx -s reload',
                stableServer: need('stable-server', 'give the stable server as host:port', NGINX_SERVER_SHAPE),
                canaryServer: need('canary-server', 'give the canary server as host:port', NGINX_SERVER_SHAPE),
            };
        case 'command':
            return {
                provider,
                command: need('command', 'give a shell command that sets the split from GLIDEPATH_WEIGHT'),
                stableServer: inputs.string('stable-server'),
                canaryServer: inputs.string('canary-server'),
            };
        case 'flagd':
            return {
                provider,
                file: need('flagd-file', 'give the flag-definition file flagd reads (JSON or YAML)'),
                flag: need('flag', 'give the key of the flag whose split is rolled out'),
                onVariant: inputs.string('on-variant') ?? 'on',
                offVariant: inputs.string('off-variant') ?? 'off',
            };
    }
}
/**
 * Rolling deploys work on a pool of servers: every server of the HAProxy backend, of the nginx
 * include file, or of the embedded router's pool. Providers without servers are refused.
 */
function readPool(inputs) {
    const provider = readProviderName(inputs);
    const need = needer(inputs, provider);
    for (const name of ['stable-server', 'canary-server']) {
        if (inputs.string(name) !== undefined)
            throw new runtime/* ConfigError */.xL(name, 'is not used by strategy rolling, which rolls every server of the pool', 'remove it');
    }
    switch (provider) {
        case 'embedded':
            return { provider, routerUrl: inputs.url('router-url', { required: true }).href };
        case 'haproxy': {
            const socket = need('haproxy-socket', 'give the runtime API socket: a path such as /run/haproxy/admin.sock (stats socket … level admin) or host:port');
            const backend = need('haproxy-backend', 'give the backend whose servers are rolled', HAPROXY_SHAPE);
            return { provider, socket, backend };
        }
        case 'nginx':
            return {
                provider,
                conf: need('nginx-conf', "give the path of the upstream include file holding the pool's server lines"),
                reloadCommand: inputs.string('nginx-reload-command') ?? 'nginx -t && nginx -s reload',
            };
        default:
            throw new runtime/* ConfigError */.xL('provider', `is ${provider}, which has no pool of servers to roll`, 'use embedded, haproxy or nginx with strategy rolling');
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/core/traffic/providers.ts





function createProvider(settings) {
    switch (settings.provider) {
        case 'embedded':
            return new EmbeddedProvider(new URL(settings.routerUrl));
        case 'haproxy':
            return new HaproxyProvider(settings.socket, settings.backend, settings.stableServer, settings.canaryServer);
        case 'nginx':
            return new NginxProvider(settings.conf, settings.reloadCommand, settings.stableServer, settings.canaryServer);
        case 'command':
            return new CommandProvider(settings.command, settings.stableServer ?? '', settings.canaryServer ?? '');
        case 'flagd':
            return {
                name: 'flagd',
                describe: () => `flag '${settings.flag}' in ${settings.file} (${settings.onVariant} / ${settings.offVariant})`,
                setWeight: (weight) => setFractional(settings.file, settings.flag, settings.onVariant, settings.offVariant, weight),
            };
    }
}
/** The embedded router's admin API. */
class EmbeddedProvider {
    admin;
    name = 'embedded';
    constructor(admin) {
        this.admin = admin;
    }
    describe() {
        return `embedded router at ${this.admin.origin}`;
    }
    async setWeight(weight) {
        await routerCall(this.admin, 'PUT', 'weight', { weight });
    }
    async setMatchHeader(header) {
        await routerCall(this.admin, 'PUT', 'match-header', { matchHeader: header });
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
        throw new runtime/* UserError */.yo(`The embedded router at ${admin.origin} did not answer (${error.cause?.code ?? error.message}): check router-url`);
    }
    if (!response.ok)
        throw new runtime/* UserError */.yo(`The embedded router refused ${method} ${what}: ${await response.text()}`);
    return (await response.json());
}
/**
 * HAProxy's runtime API over its stats socket: `set server <backend>/<server> weight <n>`
 * changes the split at once, with no reload and no dropped connection.
 */
class HaproxyProvider {
    socket;
    backend;
    stable;
    canary;
    name = 'haproxy';
    constructor(socket, backend, stable, canary) {
        this.socket = socket;
        this.backend = backend;
        this.stable = stable;
        this.canary = canary;
    }
    describe() {
        return `HAProxy backend ${this.backend} (${this.stable} / ${this.canary}) via ${this.socket}`;
    }
    async setWeight(weight) {
        // Both changes go in one runtime-API request (commands separated by ';'), raising one side
        // before lowering the other so the backend never has both weights at 0.
        const commands = [
            `set server ${this.backend}/${this.canary} weight ${weight}`,
            `set server ${this.backend}/${this.stable} weight ${100 - weight}`,
        ];
        if (weight < 50)
            commands.reverse();
        const answer = await haproxyCommand(this.socket, commands.join('; '));
        if (answer.trim() !== '')
            throw new runtime/* UserError */.yo(`HAProxy refused '${commands.join('; ')}': ${answer.trim()}`);
    }
}
/** Sends one command to HAProxy's runtime API (a unix socket path, or host:port) and returns its answer. */
function haproxyCommand(socket, command) {
    return new Promise((resolve, reject) => {
        const hostPort = /^([^/:]+):(\d+)$/.exec(socket);
        const conn = hostPort ? (0,external_node_net_.connect)(Number(hostPort[2]), hostPort[1]) : (0,external_node_net_.connect)(socket);
        let answer = '';
        conn.setTimeout(5000, () => conn.destroy(new Error('timed out')));
        conn.on('connect', () => conn.end(`${command}\n`));
        conn.on('data', (d) => (answer += d.toString()));
        conn.on('error', (error) => reject(new runtime/* UserError */.yo(`HAProxy's runtime API at '${socket}' is unreachable (${error.code ?? error.message}): check haproxy-socket and that the stats socket has level admin`)));
        conn.on('close', () => resolve(answer));
    });
}
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
    const previous = await external_node_fs_.promises.readFile(conf, 'utf8').catch(() => undefined);
    const temp = external_node_path_default().join(external_node_path_default().dirname(conf), `.${external_node_path_default().basename(conf)}.${process.pid}.tmp`);
    await external_node_fs_.promises.writeFile(temp, text);
    await external_node_fs_.promises.rename(temp, conf);
    try {
        await (0,runtime/* runUserCommandOrFail */.XK)(reload, {
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
            await external_node_fs_.promises.writeFile(conf, previous);
        throw error;
    }
}
/** The user's command, given the weight and both versions in its environment. */
class CommandProvider {
    command;
    stable;
    canary;
    name = 'command';
    matchHeader = null;
    constructor(command, stable, canary) {
        this.command = command;
        this.stable = stable;
        this.canary = canary;
    }
    describe() {
        return 'your traffic command';
    }
    async setWeight(weight) {
        await (0,runtime/* runUserCommandOrFail */.XK)(this.command, {
            env: {
                GLIDEPATH_WEIGHT: String(weight),
                GLIDEPATH_STABLE: this.stable,
                GLIDEPATH_CANARY: this.canary,
                GLIDEPATH_MATCH_HEADER: this.matchHeader ?? '',
            },
            label: "The command in input 'command'",
            timeoutMs: 120_000,
        });
    }
    async setMatchHeader(header) {
        this.matchHeader = header;
    }
}
function createPool(settings) {
    switch (settings.provider) {
        case 'embedded':
            return new EmbeddedPool(new URL(settings.routerUrl));
        case 'haproxy':
            return new HaproxyPool(settings.socket, settings.backend);
        case 'nginx':
            return new NginxPool(settings.conf, settings.reloadCommand);
    }
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
            throw new runtime/* UserError */.yo(`HAProxy has no backend '${this.backend}' (${state.trim() || 'no answer'}): check haproxy-backend`);
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
            throw new runtime/* UserError */.yo(`HAProxy refused '${commands}': ${answer.trim()}`);
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
            return await external_node_fs_.promises.readFile(this.conf, 'utf8');
        }
        catch (error) {
            throw new runtime/* UserError */.yo(`Cannot read the nginx upstream include '${this.conf}' (${error.code ?? error.message}): check nginx-conf`);
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

;// CONCATENATED MODULE: ./src/core/traffic/steps.ts

/**
 * Parses `5@1m, 25@2m, 50@2m, 100`: weights strictly increasing from above 0 to 100, each but the
 * last with a bake time.
 */
function parseSteps(text, input = 'steps') {
    const parts = text
        .split(/[,\n]/)
        .map((p) => p.trim())
        .filter(Boolean);
    if (parts.length === 0)
        throw new runtime/* ConfigError */.xL(input, 'is empty', 'write weight@bake-time steps ending at 100, e.g. 5@1m,25@2m,50@2m,100');
    if (parts.length > 50)
        throw new runtime/* ConfigError */.xL(input, `has ${parts.length} steps`, 'use at most 50');
    const steps = [];
    for (const [i, part] of parts.entries()) {
        const m = /^(\d+(?:\.\d+)?)%?(?:@(.+))?$/.exec(part);
        if (!m)
            throw new runtime/* ConfigError */.xL(input, `has '${part}', not weight@duration`, 'write each step as weight@bake-time, e.g. 25@2m; the last one as 100');
        const weight = Number(m[1]);
        if (!(weight > 0 && weight <= 100))
            throw new runtime/* ConfigError */.xL(input, `has weight ${m[1]} in '${part}'`, 'use weights above 0 and at most 100');
        const previous = steps.at(-1);
        if (previous && weight <= previous.weight)
            throw new runtime/* ConfigError */.xL(input, `has ${weight} after ${previous.weight}`, 'make weights strictly increasing');
        const last = i === parts.length - 1;
        let bakeMs = 0;
        if (m[2] !== undefined) {
            const ms = (0,runtime/* parseDuration */.E9)(m[2]);
            if (ms === undefined || ms < 100 || ms > 6 * 3_600_000)
                throw new runtime/* ConfigError */.xL(input, `has the bake time '${m[2]}' in '${part}'`, 'write a duration with a unit from 100ms to 6h, e.g. 2m');
            bakeMs = ms;
        }
        else if (!last) {
            throw new runtime/* ConfigError */.xL(input, `has '${part}' without a bake time`, 'give every step but the last one a bake time, e.g. 25@2m');
        }
        // The label keeps the bake time as written (display rounding would not parse back to the same step).
        steps.push({
            weight,
            bakeMs,
            label: bakeMs ? `${weight}@${(m[2] ?? '').trim()}` : `${weight}`,
        });
    }
    if (steps.at(-1)?.weight !== 100)
        throw new runtime/* ConfigError */.xL(input, `ends at ${steps.at(-1)?.weight}`, 'end with 100 (or use weight: for a single step that pauses)');
    return steps;
}

;// CONCATENATED MODULE: ./src/core/traffic/index.ts
// The public face of core/traffic: everything outside this folder imports from here.






/***/ })

};

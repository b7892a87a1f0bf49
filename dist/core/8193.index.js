export const id = 8193;
export const ids = [8193];
export const modules = {

/***/ 75629:
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
    loaded ??= await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    return loaded;
}
/** The YAML parser, once `loadYaml()` has run; a call before it is a bug in Glidepath, said as such. */
function yaml() {
    if (!loaded)
        throw new Error('Internal error: the YAML parser was used before loadYaml() loaded it');
    return loaded;
}


/***/ }),

/***/ 66441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createProvider: () => (/* reexport safe */ _providers_js__WEBPACK_IMPORTED_MODULE_0__.Q)
/* harmony export */ });
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84817);
// The public face of core/traffic: everything outside this folder imports from here.










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
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);



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

/***/ 93189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ stickyProvider),
/* harmony export */   h: () => (/* binding */ NginxSplit),
/* harmony export */   pD: () => (/* binding */ parseSticky)
/* harmony export */ });
/* unused harmony exports stickyText, readSticky */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
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
/** Providers that can split by user: the cloud routers split each request anew. */
const STICKY_PROVIDERS = ['embedded', 'haproxy', 'nginx', 'flagd', 'command'];
/**
 * An experiment's provider: its settings with the sticky key (input `sticky`) it splits by, or
 * one error naming `provider` (a router that splits per request) or `sticky` (a key it cannot use).
 */
function stickyProvider(settings, text) {
    switch (settings.provider) {
        case 'flagd':
            return { provider: settings, sticky: readSticky(text, settings.provider) };
        case 'embedded':
        case 'haproxy':
        case 'nginx':
        case 'command': {
            const sticky = readSticky(text, settings.provider);
            return { provider: { ...settings, sticky: stickyText(sticky) }, sticky };
        }
        default:
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('provider', `is ${settings.provider}, which cannot keep a user on one version (its split is per request)`, `an experiment needs a sticky split: use one of ${STICKY_PROVIDERS.join(', ')}`);
    }
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

export const id = 15;
export const ids = [15];
export const modules = {

/***/ 64143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15260);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45649);
/* harmony import */ var _core_handoff_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71450);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58003);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24332);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44778);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84817);




/**
 * Runs always (post-if: always()). If main was killed with the canary still taking traffic,
 * put all traffic back on stable (rolling: every server main had drained back to ready) and
 * mark the deployment failure. Its own errors are warnings.
 */
async function post() {
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runPost */ .a)('canary-step', async (h) => {
        const state = (0,_core_handoff_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadHandoff */ .vj)('glidepath-traffic');
        if (!state?.active) {
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('canary-step post: main finished cleanly, nothing to restore');
            return;
        }
        let description;
        if (state.pool) {
            const drained = state.drained ?? [];
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`canary-step post: main did not finish the rolling deploy; ${drained.length ? `putting ${drained.join(', ')} back to ready` : 'no server was drained'}`);
            await (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createPool */ .b)(state.pool).set(drained, 'ready');
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(drained.length ? `${drained.join(', ')} back to ready` : 'Nothing to put back');
            description = `aborted: the job stopped mid-roll; ${drained.length ? `${drained.join(', ')} put back to ready` : 'no server was drained'} by the post step`;
        }
        else if (state.provider) {
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e('canary-step post: main did not finish; restoring all traffic to stable');
            const provider = (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_4__/* .createProvider */ .Q)(state.provider);
            try {
                await provider.setWeight(0);
                _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('Stable traffic restored');
                description =
                    'aborted: the job stopped mid-canary; traffic restored to stable by the post step';
            }
            catch (error) {
                // Loud, and the record still says failure: never a canary left serving in silence.
                _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(`canary-step post: could not restore stable traffic through ${provider.describe()}: ${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}. Put all traffic back on stable by hand`);
                description = 'aborted: the job stopped mid-canary; stable traffic could NOT be restored';
            }
        }
        else
            return;
        if (state.deploymentId) {
            const token = h.inputs.secret('token') ?? '';
            await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_6__/* .setStatus */ .Lx)((0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_7__/* .createClient */ .UU)(token), h.context(), state.deploymentId, 'failure', {
                description,
                autoInactive: false,
            });
        }
    });
}


/***/ }),

/***/ 24332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ apiPacing),
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   j2: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   lP: () => (/* binding */ BACKOFF_UNIT_MS),
/* harmony export */   q1: () => (/* binding */ API_RETRIES),
/* harmony export */   qW: () => (/* binding */ lazyClient),
/* harmony export */   zi: () => (/* binding */ explainPermission)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85254);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2379);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);





/** How long one API request may take before it is aborted and retried. */
const REQUEST_TIMEOUT_MS = 30_000;
/** The unit of every wait between API requests (GitHub asks for a second between writes). */
const BACKOFF_UNIT_MS = 1000;
/** Automatic retries of a request that failed with a server error, a reset or a timeout. */
const API_RETRIES = 3;
/** Rate-limit waits longer than this fail the step instead of stalling a deployment. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_RATE_LIMIT_RETRIES = 3;
/**
 * The defaults, or GLIDEPATH_API_TIMEOUT and GLIDEPATH_API_BACKOFF (durations) when set. Tests
 * against the local stand-in lower them so that a hang or a run of retries takes a second, not
 * minutes; against github.com the defaults are what GitHub's guidance asks for.
 */
function apiPacing(env = process.env) {
    const read = (name, fallback, min, max) => {
        const text = env[name]?.trim();
        if (!text)
            return fallback;
        const ms = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(text);
        if (ms === undefined || ms < min || ms > max) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The environment variable ${name} is '${text}': use a duration from ${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(min)} to ${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(max)}, e.g. ${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(fallback)}, or leave it unset`);
        }
        return ms;
    };
    return {
        timeoutMs: read('GLIDEPATH_API_TIMEOUT', REQUEST_TIMEOUT_MS, 100, 600_000),
        unitMs: read('GLIDEPATH_API_BACKOFF', BACKOFF_UNIT_MS, 0, 60_000),
    };
}
/**
 * Builds an Octokit client that honours GITHUB_API_URL (GHES, the local stand-in), retries
 * server errors and resets with Octokit's retry plugin, and waits out rate limits with the
 * throttling plugin: no hand-written retry loop.
 */
function createClient(token, options = {}) {
    if (!token)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Input 'token' is empty: pass ${{ github.token }} or a token with the permissions listed in the README");
    _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setSecret */ .Pq(token);
    const pacing = apiPacing();
    const timeoutMs = options.timeoutMs ?? pacing.timeoutMs;
    const timedFetch = (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return fetch(input, { ...init, signal });
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl ?? (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .context */ ._)().apiUrl,
        request: { fetch: timedFetch },
        // 409 (a conflict such as failing status checks) is an answer, not a transient fault.
        retry: {
            retries: API_RETRIES,
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
            retryAfterBaseValue: pacing.unitMs,
        },
        throttle: {
            retryAfterBaseValue: pacing.unitMs,
            // The plugin spaces writes one second apart (three for writes that notify people, such as
            // creating a release); only a lowered unit needs groups of its own.
            ...(pacing.unitMs === BACKOFF_UNIT_MS
                ? {}
                : {
                    write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({
                        id: 'glidepath-write',
                        maxConcurrent: 1,
                        minTime: pacing.unitMs,
                    }),
                    notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({
                        id: 'glidepath-notifications',
                        maxConcurrent: 1,
                        minTime: 3 * pacing.unitMs,
                    }),
                }),
            onRateLimit: onLimit('rate limit reached'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__/* .throttling */ .A);
}
/**
 * The throttling plugin's handler of a rate limit (primary or secondary): warn, and retry while
 * the retries and the wait stay short.
 */
function onLimit(kind) {
    return (retryAfter, request, _octokit, retryCount) => {
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`GitHub API ${kind} for ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    };
}
/** A rate-limit refusal (primary or secondary), as GitHub signals it: 429, or 403 with its headers or message. */
function isRateLimited(error) {
    const e = error;
    const headers = e.response?.headers ?? {};
    return (e.status === 429 ||
        (e.status === 403 &&
            (headers['x-ratelimit-remaining'] === '0' ||
                headers['retry-after'] !== undefined ||
                /rate limit/i.test(e.message ?? ''))));
}
/**
 * Turns a 403/404 from GitHub into the `permissions:` entry the workflow is missing (the one
 * GitHub names in x-accepted-github-permissions when it does). A rate limit that outlasted the
 * retries is said to be one: it is not a permission problem.
 */
function explainPermission(error, permission, what) {
    const status = error.status;
    if (isRateLimited(error)) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`GitHub's API rate limit stopped every attempt to ${what} (${status}): the repository's API budget is spent for now; re-run the job later, or space out the workflows that share it`);
    }
    if (status === 403 || status === 404) {
        const accepted = error
            .response?.headers?.['x-accepted-github-permissions'];
        // `deployments=write` or `contents=read,metadata=read; issues=write` (alternatives after ';').
        const named = (accepted?.split(';')[0] ?? '')
            .split(',')
            .map((p) => /^\s*([a-z_]+)=(read|write)\s*$/.exec(p))
            .filter((m) => m !== null);
        const entry = named.length
            ? named.map((m) => `${m[1].replace(/_/g, '-')}: ${m[2]}`).join("' and '")
            : permission;
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`GitHub refused to ${what} (${status}): the token needs '${entry}' — add it to the job's permissions: block`);
    }
    if (isTransient(error))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(what, status, transientDetail(error));
    throw error;
}
/** A failure after which GitHub may or may not have carried the request out: a 5xx, a reset, a timeout. */
function isTransient(error) {
    const e = error;
    return e.request !== undefined && (typeof e.status !== 'number' || e.status >= 500);
}
function transientDetail(error) {
    const e = error;
    const message = (e.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*/, '');
    return e.response === undefined
        ? `no answer (${message})`
        : `it answered ${e.status} (${message})`;
}
/** A client built on first use and kept: an entry that fails on its inputs never loads Octokit's retry machinery. */
function lazyClient(token) {
    let client;
    return () => (client ??= createClient(token ?? ''));
}


/***/ }),

/***/ 58003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ setStatus),
/* harmony export */   MC: () => (/* binding */ clip140),
/* harmony export */   Yy: () => (/* binding */ createDeployment)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24332);



// Writing the record: creating a deployment (safe to retry) and adding its statuses.
/**
 * Creates a deployment the safe way: auto_merge false and explicit required_contexts. A create
 * is not safe to repeat blindly: after a server error, reset or timeout GitHub may have made the
 * deployment and lost only the answer. So it is retried here, not by the client, and each retry
 * first looks for a deployment carrying this request's nonce: one promotion, one deployment.
 */
async function createDeployment(client, ctx, request) {
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const what = `create a deployment to ${request.environment}`;
    let response;
    for (let attempt = 0;; attempt++) {
        try {
            response = await client.rest.repos.createDeployment({
                owner: ctx.owner,
                repo: ctx.repo,
                ref: request.ref,
                environment: request.environment,
                task: 'deploy',
                auto_merge: false,
                required_contexts: [],
                payload: { ...request.payload, nonce },
                description: clip140(request.description),
                production_environment: request.production,
                transient_environment: false,
                request: { retries: 0 },
            });
            break;
        }
        catch (error) {
            if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error))
                return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'deployments: write', what);
            const made = await findByNonce(client, ctx, request, nonce).catch(() => undefined);
            if (made !== undefined) {
                _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`GitHub's answer to the create was lost, but deployment ${made} was made: using it`);
                return made;
            }
            if (attempt >= _client_js__WEBPACK_IMPORTED_MODULE_1__/* .API_RETRIES */ .q1)
                return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'deployments: write', what);
            await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPacing */ .Fh)().unitMs));
        }
    }
    if (response.status === 202) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`GitHub merged the default branch into '${request.ref}' instead of creating a deployment (202): deploy a commit SHA or an up-to-date ref`);
    }
    return response.data.id;
}
/** The deployment a create request with this nonce made, if GitHub made it. */
async function findByNonce(client, ctx, request, nonce) {
    const { data } = await client.rest.repos.listDeployments({
        owner: ctx.owner,
        repo: ctx.repo,
        environment: request.environment,
        ref: request.ref,
        per_page: 20,
    });
    return data.find((d) => typeof d.payload === 'object' &&
        d.payload !== null &&
        d.payload.nonce === nonce)?.id;
}
/** Adds a status; descriptions are clipped to GitHub's 140 characters. */
async function setStatus(client, ctx, deploymentId, state, options = {}) {
    try {
        await client.rest.repos.createDeploymentStatus({
            owner: ctx.owner,
            repo: ctx.repo,
            deployment_id: deploymentId,
            state,
            log_url: ctx.runUrl,
            description: clip140(options.description ?? ''),
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
            ...(options.autoInactive === false ? { auto_inactive: false } : {}),
        });
    }
    catch (error) {
        (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'deployments: write', `set deployment ${deploymentId} to ${state}`);
    }
}
function clip140(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= 140 ? flat : `${flat.slice(0, 139)}…`;
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

/***/ 82072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The runner's protocol, spoken the way @actions/core speaks it: workflow commands on stdout
 * (`::error::…`, `::add-mask::…`) and file commands (GITHUB_OUTPUT, GITHUB_STATE, the step
 * summary). It is this small module and not @actions/core itself because @actions/core loads an
 * HTTP client (undici, for OIDC tokens Glidepath never asks for) at import: 80 ms on these
 * machines, more than Node's own start. A bundle that only reads inputs and fails would take
 * 2.5× a bare `node -e 0` (bench/startup.ts measures it). test/core/runtime/commands.test.ts
 * runs this module and @actions/core on the same calls and requires the same bytes out.
 */
/** Escapes a command's message (as @actions/core's escapeData). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property (as @actions/core's escapeProperty). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** What @actions/core's toCommandValue does: strings as they are, nothing as '', the rest as JSON. */
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string' || value instanceof String)
        return String(value);
    return JSON.stringify(value);
}
function issue(command, message = '', properties = {}) {
    // As @actions/core: a space whenever properties were given, then the non-empty ones.
    const keys = Object.keys(properties);
    const props = keys
        .filter((key) => properties[key])
        .map((key) => `${key}=${escapeProperty(properties[key])}`)
        .join(',');
    const head = keys.length ? `::${command} ${props}` : `::${command}`;
    process.stdout.write(`${head}::${escapeData(message)}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`);
}
/** Appends `name<<delimiter` … `delimiter` to the file a file command names (GITHUB_OUTPUT, …). */
function issueFile(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // globalThis.crypto (Web Crypto) loads node:crypto only when a file command is written.
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    const text = toCommandValue(value);
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (text.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    const message = `${name}<<${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${text}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${delimiter}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${message}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`, { encoding: 'utf8' });
}
function text(message) {
    return message instanceof Error ? message.toString() : message;
}
/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function info(message) {
    process.stdout.write(message + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL));
}
function debug(message) {
    issue('debug', message);
}
function warning(message) {
    issue('warning', text(message));
}
function error(message) {
    issue('error', text(message));
}
/** Marks the step failed: one `::error::` line and exit code 1 (never process.exit). */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Masks a value in every later log line. */
function setSecret(secret) {
    issue('add-mask', secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFile('OUTPUT', name, value);
    process.stdout.write((node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL));
    issue('set-output', toCommandValue(value), { name });
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFile('STATE', name, value);
    issue('save-state', toCommandValue(value), { name });
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** A collapsible group in the log around `body`. */
async function group(name, body) {
    issue('group', name);
    try {
        return await body();
    }
    finally {
        issue('endgroup');
    }
}
/** Appends Markdown to the job summary file (GITHUB_STEP_SUMMARY), as core.summary.addRaw(…, true).write(). */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL), { encoding: 'utf8' });
}


/***/ }),

/***/ 2379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ context)
/* harmony export */ });
/* unused harmony export readContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);


function readContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/name: run this action inside a GitHub Actions job');
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = Number(env.GITHUB_RUN_ID || 0);
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        actor: env.GITHUB_ACTOR ?? '',
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT || 1),
        runNumber: Number(env.GITHUB_RUN_NUMBER || 0),
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    };
}
let cached;
/** The run's context, built on first use so that importing a module never reads the environment. */
function context() {
    cached ??= readContext();
    return cached;
}


/***/ }),

/***/ 85254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations are written with a unit (`500ms`, `30s`, `5m`, `1h`, or a sum such as `1m30s`).
 * A bare number is rejected rather than guessed as seconds or milliseconds.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
/** Parses a duration to milliseconds; returns undefined when the text is not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    let total = 0;
    PART.lastIndex = 0;
    let consumed = 0;
    while (consumed < value.length) {
        PART.lastIndex = consumed;
        const match = PART.exec(value);
        if (!match)
            return undefined;
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return Math.round(total);
}
/** Formats milliseconds the way inputs are written, for messages and summaries. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(1)}s`;
    if (ms < 3_600_000) {
        const m = Math.floor(ms / 60_000);
        const s = Math.round((ms % 60_000) / 1000);
        return s ? `${m}m${s}s` : `${m}m`;
    }
    const h = Math.floor(ms / 3_600_000);
    const m = Math.round((ms % 3_600_000) / 60_000);
    return m ? `${h}h${m}m` : `${h}h`;
}


/***/ }),

/***/ 45649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export oneLine */
/**
 * Errors the user can fix (bad input, a refused promotion, a missing permission) are kept apart
 * from internal failures so that the message can carry the fix instead of a stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input value: names the input and what would have been valid. */
class ConfigError extends UserError {
    input;
    problem;
    valid;
    name = 'ConfigError';
    constructor(input, problem, valid) {
        super(`Input '${input}' ${shorten(problem)}${valid ? `: ${valid}` : ''}`);
        this.input = input;
        this.problem = problem;
        this.valid = valid;
    }
}
/** A problem quoting a huge value keeps its start and its end: the message stays one readable line. */
function shorten(problem, max = 240) {
    const flat = problem.replace(/\s+/g, ' ');
    return flat.length <= max ? flat : `${flat.slice(0, max - 81)}…${flat.slice(-80)}`;
}
/**
 * GitHub's API kept failing (server errors, resets, timeouts) through every retry: not the
 * user's mistake, but the message says what was being done and what GitHub answered.
 */
class ApiError extends Error {
    status;
    name = 'ApiError';
    constructor(what, status, detail) {
        super(`GitHub's API could not ${what}, even after retrying: ${detail}`);
        this.status = status;
    }
}
/** Renders any thrown value as one line, for `::error::`. */
function describeError(error) {
    if (error instanceof UserError || error instanceof ApiError)
        return oneLine(error.message);
    if (error instanceof Error) {
        const status = error.status;
        const prefix = typeof status === 'number' ? `GitHub API answered ${status}: ` : '';
        return oneLine(prefix + error.message);
    }
    return oneLine(String(error));
}
function oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ').trim();
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

/***/ 15260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runMain),
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2379);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27863);




/** A main step: any failure becomes one `::error::` line and exit code 1 (process.exitCode). */
async function runMain(name, body) {
    await withHarness(name, body, (error) => {
        _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error));
        if (process.env.GLIDEPATH_DEBUG_STACK === 'true' && error instanceof Error && error.stack)
            _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
    });
}
/** A post step cleans up after main; its own problems are warnings, never a second failure. */
async function runPost(name, body) {
    await withHarness(name, body, (error) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${name} cleanup: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`));
}
async function withHarness(name, body, onError) {
    const stop = new AbortController();
    let describe;
    const onSignal = (signal) => {
        if (stop.signal.aborted)
            return;
        if (describe)
            _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(describe(signal));
        stop.abort(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const harness = {
        name,
        inputs: new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0(),
        signal: stop.signal,
        context: _context_js__WEBPACK_IMPORTED_MODULE_3__/* .context */ ._,
        onCancel: (fn) => {
            describe = fn;
        },
    };
    try {
        await body(harness);
    }
    catch (error) {
        onError(error);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 27863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   G0: () => (/* binding */ Inputs)
/* harmony export */ });
/* unused harmony exports MAX_INPUT_LENGTH, runnerInputs, splitList */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82072);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45649);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85254);




/** Inputs longer than this are refused: no legitimate value comes close, and a huge one is a mistake or an attack. */
const MAX_INPUT_LENGTH = 65_536;
/** Reads inputs the way the runner passes them (INPUT_<NAME>), trimmed. */
const runnerInputs = (name) => _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name);
/**
 * Typed input getters. Each throws a ConfigError that names the input and what would be valid,
 * so every action reports bad input the same way before it touches GitHub or traffic.
 */
class Inputs {
    read;
    scope;
    constructor(read = runnerInputs, scope) {
        this.read = read;
        this.scope = scope;
    }
    /**
     * Values read from inside another input (one entry of a YAML list): `read` gives each key's
     * value, and every error names `input` and the key's path, e.g.
     * `Inputs.within('checks', 'checks[2].', read).number('rate', …)` throws
     * "Input 'checks' checks[2].rate is '0': …".
     */
    static within(input, prefix, read) {
        return new Inputs(read, { input, prefix });
    }
    /** The same inputs with every value passed through `transform` first (rolling mode fills in `{address}` and `{name}` per server). */
    withValues(transform) {
        return new Inputs((name) => transform(this.read(name), name), this.scope);
    }
    /** The name as messages show it: `rate`, or `checks[2].rate` inside a scope. */
    path(name) {
        return this.scope ? `${this.scope.prefix}${name}` : name;
    }
    /** The error for a bad value of `name`, naming the input that holds it. */
    error(name, problem, valid) {
        return this.scope
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(this.scope.input, `${this.path(name)} ${problem}`, valid)
            : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, problem, valid);
    }
    /** The raw trimmed value, or undefined when empty. */
    string(name, options = {}) {
        const value = this.read(name).trim();
        const max = options.maxLength ?? MAX_INPUT_LENGTH;
        if (value.length > max) {
            throw this.error(name, `is ${value.length} characters long`, `at most ${max} are accepted`);
        }
        if (value === '') {
            if (options.required)
                throw this.error(name, 'is required', "set it in the step's `with:` block");
            return undefined;
        }
        return value;
    }
    required(name, options = {}) {
        return this.string(name, { ...options, required: true });
    }
    /** A secret: masked in the log before anything else can print it. */
    secret(name, options = {}) {
        const value = this.string(name, options);
        if (value !== undefined)
            _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value);
        return value;
    }
    /** YAML 1.2 booleans only: `true` or `false`. `yes`, `1` or `on` are errors, never silently false. */
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (value === 'true' || value === 'True' || value === 'TRUE')
            return true;
        if (value === 'false' || value === 'False' || value === 'FALSE')
            return false;
        throw this.error(name, `is '${clip(value)}'`, 'use true or false');
    }
    integer(name, bounds) {
        const valid = `use a whole number from ${bounds.min} to ${bounds.max}`;
        return this.bounded(name, bounds.fallback, (value) => (/^[+-]?\d+$/.test(value) ? Number(value) : undefined), (n) => n >= bounds.min && n <= bounds.max, (value, parsed) => [parsed ? `is ${value}` : `is '${clip(value)}'`, valid]);
    }
    number(name, bounds) {
        const valid = bounds.exclusiveMin
            ? `use a number greater than ${bounds.min} up to ${bounds.max}`
            : `use a number from ${bounds.min} to ${bounds.max}`;
        return this.bounded(name, bounds.fallback, (value) => /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : undefined, (n) => Number.isFinite(n) &&
            (bounds.exclusiveMin ? n > bounds.min : n >= bounds.min) &&
            n <= bounds.max, (value) => [`is '${clip(value)}'`, valid]);
    }
    /** A duration with a unit (`500ms`, `30s`, `5m`, `1h`), in milliseconds. */
    duration(name, bounds) {
        const range = `from ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(bounds.min)} to ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(bounds.max)}`;
        return this.bounded(name, bounds.fallback, _duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E, (ms) => ms >= bounds.min && ms <= bounds.max, (value, parsed) => parsed
            ? [`is ${value}`, `use a duration ${range}`]
            : [
                `is '${clip(value)}', not a duration`,
                `write a number with a unit (ms, s, m, h), e.g. 30s or 5m, ${range}`,
            ]);
    }
    /**
     * The value of `name` as `parse` reads it (undefined: not a value of that kind), if `inRange`;
     * otherwise the error `refusal` words (`parsed`: it was one, out of range).
     */
    bounded(name, fallback, parse, inRange, refusal) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const n = parse(value);
        if (n !== undefined && inRange(n))
            return n;
        throw this.error(name, ...refusal(value, n !== undefined));
    }
    enum(name, values, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (!values.includes(value)) {
            throw this.error(name, `is '${clip(value)}'`, `use one of ${values.join(', ')}`);
        }
        return value;
    }
    /** Comma- or newline-separated, blanks dropped. */
    list(name) {
        const value = this.string(name);
        return value === undefined ? [] : splitList(value);
    }
    /** A semantic version (a leading `v` is accepted and dropped). */
    semver(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(value.replace(/^v(?=\d)/, ''));
        if (!parsed)
            throw this.error(name, `is '${clip(value)}', not a semantic version`, 'use MAJOR.MINOR.PATCH, e.g. 1.4.2 or 2.0.0-rc.1');
        // Build metadata stays: build-artifact's auto versions carry the commit (1.4.2+abc1234) and name the release v1.4.2+abc1234.
        return parsed.build.length ? `${parsed.version}+${parsed.build.join('.')}` : parsed.version;
    }
    /** An absolute http(s) URL. */
    url(name, options = {}) {
        const value = this.string(name, options);
        if (value === undefined)
            return undefined;
        let url;
        try {
            url = new URL(value);
        }
        catch {
            url = undefined;
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
            throw this.error(name, `is '${clip(value)}', not an http(s) URL`, 'write it with its scheme, e.g. https://app.example.com/healthz');
        }
        return url;
    }
}
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** Keeps quoted values in messages short and on one line. */
function clip(value, max = 80) {
    const flat = value.replace(/\s+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}


/***/ }),

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

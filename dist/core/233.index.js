export const id = 233;
export const ids = [233];
export const modules = {

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   l9: () => (/* binding */ readPipeline),
/* harmony export */   nb: () => (/* binding */ versionRefusal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3439);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9683);





const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/;
/** The pipeline from the `pipeline` input, else from the config file (`.github/glidepath.yml`). */
function readPipeline(pipelineInput, configPath, workspace) {
    if (pipelineInput.length) {
        const list = pipelineInput.map((name) => ({ name }));
        checkNames(list, 'pipeline');
        return list;
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, configPath);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('pipeline', `is empty and the config file '${configPath}' does not exist`, 'set pipeline: dev,staging,production, or add the config file with an environments: list');
    }
    // Warnings (an unknown tag or directive, an ambiguous alias) are refused like errors: a config
    // file that does not mean exactly what it says is not deployed from.
    const invalid = (why) => new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('config', `points at '${configPath}', which is not valid YAML (${why.split('\n')[0]})`, 'fix the file: environments: [{name: dev}, {name: staging}, …]');
    const doc = yaml__WEBPACK_IMPORTED_MODULE_3__.parseDocument((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), { logLevel: 'silent' });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem)
        throw invalid(problem.message);
    let parsed;
    try {
        parsed = doc.toJS();
    }
    catch (error) {
        throw invalid(error.message);
    }
    const environments = parsed?.environments;
    if (!Array.isArray(environments) || environments.length === 0) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('config', `points at '${configPath}', which has no environments: list`, 'write environments: as a list of {name, url, versions, require-reviewers} in promotion order');
    }
    const list = environments.map((entry, i) => {
        const e = (typeof entry === 'string' ? { name: entry } : entry);
        if (!e || typeof e !== 'object' || typeof e.name !== 'string') {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('config', `has environments[${i}] without a name`, 'give every environment a name');
        }
        for (const key of Object.keys(e)) {
            if (!['name', 'url', 'versions', 'require-reviewers'].includes(key))
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('config', `has an unknown key '${key}' in environments[${i}]`, 'use name, url, versions, require-reviewers');
        }
        if (e.versions !== undefined &&
            (typeof e.versions !== 'string' || semver__WEBPACK_IMPORTED_MODULE_2___default().validRange(e.versions) === null)) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('config', `has versions '${String(e.versions)}' for ${e.name}, not a semver range`, "write a range such as '>=1.0.0' or '^2'");
        }
        if (e['require-reviewers'] !== undefined && typeof e['require-reviewers'] !== 'boolean') {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('config', `has require-reviewers '${String(e['require-reviewers'])}' for ${e.name}`, 'use true or false');
        }
        if (e.url !== undefined && (typeof e.url !== 'string' || !/^https?:\/\//.test(e.url))) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('config', `has url '${String(e.url)}' for ${e.name}`, 'write an http(s) URL');
        }
        return {
            name: e.name,
            url: e.url,
            versions: e.versions,
            requireReviewers: e['require-reviewers'],
        };
    });
    checkNames(list, 'config');
    return list;
}
function checkNames(list, input) {
    const seen = new Set();
    for (const e of list) {
        if (!ENVIRONMENT_NAME.test(e.name))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(input, `has '${e.name}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
        if (seen.has(e.name.toLowerCase()))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(input, `lists '${e.name}' twice`, 'name each environment once, in promotion order');
        seen.add(e.name.toLowerCase());
    }
}
/**
 * The version policy of one environment: a version outside its `versions` range (prereleases
 * only when the range names one, as semver ranges work) or lower than the one live there
 * (unless allowed) is refused. Returns why, or undefined when the version may go there.
 */
function versionRefusal(version, environment, live, allowDowngrade) {
    const range = environment.versions;
    if (range && !semver__WEBPACK_IMPORTED_MODULE_2___default().satisfies(version, range)) {
        return `Refusing to promote ${version} to ${environment.name}: its versions must satisfy '${range}' (prereleases only if the range names one)`;
    }
    if (live && semver__WEBPACK_IMPORTED_MODULE_2___default().valid(live) && semver__WEBPACK_IMPORTED_MODULE_2___default().lt(version, live) && !allowDowngrade) {
        return `Refusing to downgrade ${environment.name} from ${live} to ${version}: use the rollback action, or set allow-downgrade: true`;
    }
    return undefined;
}


/***/ }),

/***/ 4374:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
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

/***/ 7697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ context)
/* harmony export */ });
/* unused harmony export readContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9683);


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

/***/ 80:
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

/***/ 9683:
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

/***/ 9950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runMain),
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4374);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9683);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8373);




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

/***/ 8373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   G0: () => (/* binding */ Inputs)
/* harmony export */ });
/* unused harmony exports MAX_INPUT_LENGTH, runnerInputs, splitList */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4374);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9683);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80);




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
    constructor(read = runnerInputs) {
        this.read = read;
    }
    /** The same inputs with every value passed through `transform` first (rolling mode fills in `{address}` and `{name}` per server). */
    withValues(transform) {
        return new Inputs((name) => transform(this.read(name), name));
    }
    /** The raw trimmed value, or undefined when empty. */
    string(name, options = {}) {
        const value = this.read(name).trim();
        const max = options.maxLength ?? MAX_INPUT_LENGTH;
        if (value.length > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is ${value.length} characters long`, `at most ${max} are accepted`);
        }
        if (value === '') {
            if (options.required)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, 'is required', "set it in the step's `with:` block");
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is '${clip(value)}'`, 'use true or false');
    }
    integer(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        if (!/^[+-]?\d+$/.test(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is '${clip(value)}'`, `use a whole number from ${bounds.min} to ${bounds.max}`);
        }
        const n = Number(value);
        if (n < bounds.min || n > bounds.max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is ${value}`, `use a whole number from ${bounds.min} to ${bounds.max}`);
        }
        return n;
    }
    number(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        const n = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : NaN;
        const low = bounds.exclusiveMin ? n <= bounds.min : n < bounds.min;
        if (!Number.isFinite(n) || low || n > bounds.max) {
            const from = bounds.exclusiveMin ? `greater than ${bounds.min}` : `from ${bounds.min}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is '${clip(value)}'`, `use a number ${from} up to ${bounds.max}`);
        }
        return n;
    }
    /** A duration with a unit (`500ms`, `30s`, `5m`, `1h`), in milliseconds. */
    duration(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(value);
        const range = `from ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(bounds.min)} to ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(bounds.max)}`;
        if (ms === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is '${clip(value)}', not a duration`, `write a number with a unit (ms, s, m, h), e.g. 30s or 5m, ${range}`);
        }
        if (ms < bounds.min || ms > bounds.max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is ${value}`, `use a duration ${range}`);
        }
        return ms;
    }
    enum(name, values, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (!values.includes(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is '${clip(value)}'`, `use one of ${values.join(', ')}`);
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
        const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(value.replace(/^v(?=\d)/, ''));
        if (!parsed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is '${clip(value)}', not a semantic version`, 'use MAJOR.MINOR.PATCH, e.g. 1.4.2 or 2.0.0-rc.1');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, `is '${clip(value)}', not an http(s) URL`, 'write it with its scheme, e.g. https://app.example.com/healthz');
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


/***/ })

};

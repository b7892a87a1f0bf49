export const id = 158;
export const ids = [158];
export const modules = {

/***/ 8158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/core/gate/index.ts + 8 modules
var gate = __webpack_require__(5590);
;// CONCATENATED MODULE: ./src/actions/health-gate/inputs.ts

/** health-gate's settings: the shared gate inputs (GATE_INPUTS), all validated before the first probe. */
function readSettings(inputs) {
    return (0,gate/* readGateSettings */.fG)(inputs);
}

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(8592);
;// CONCATENATED MODULE: ./src/actions/health-gate/main.ts



/**
 * Runs the gate, sets the outputs and the summary, and fails the step on `fail` (and on
 * `inconclusive` unless on-inconclusive is pass) when fail-on-unhealthy is true.
 */
async function healthGate(settings, signal) {
    const names = settings.checks.map((c) => `${c.name} (${c.kind})`).join(', ');
    core/* info */.pq(`Checking ${names} for at most ${Math.round(settings.durationMs / 1000)}s`);
    let lastLog = 0;
    const report = await (0,gate/* runGate */.Rg)(settings, {
        signal,
        onTick: (elapsed, verdicts) => {
            if (elapsed - lastLog < 10_000)
                return;
            lastLog = elapsed;
            core/* info */.pq(`${Math.round(elapsed / 1000)}s: ${verdicts.map((v) => v.state).join(', ')}`);
        },
    });
    const reportPath = await (0,gate/* writeReport */.u5)(report, 'health-gate');
    core/* setOutput */.uH('result', report.result);
    core/* setOutput */.uH('samples', String(report.samples));
    core/* setOutput */.uH('error-rate', report.errorRate === null ? '' : report.errorRate.toFixed(6));
    core/* setOutput */.uH('p95-ms', report.p95Ms === null ? '' : report.p95Ms.toFixed(1));
    core/* setOutput */.uH('decided-after', report.decidedAfterS.toFixed(1));
    core/* setOutput */.uH('report', reportPath);
    await (0,runtime/* writeSummary */.Sy)((0,gate/* renderGateSummary */.oU)(report, 'Glidepath health-gate'));
    core/* info */.pq(`Result: ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`);
    const unhealthy = report.result === 'fail' ||
        (report.result === 'inconclusive' && settings.onInconclusive === 'fail');
    if (unhealthy && settings.failOnUnhealthy) {
        throw new runtime/* UserError */.yo(`health-gate: ${report.result}: ${report.reason}`);
    }
    if (unhealthy)
        core/* warning */.$e(`health-gate: ${report.result} (fail-on-unhealthy is false, so the step succeeds): ${report.reason}`);
    return report;
}

;// CONCATENATED MODULE: ./src/actions/health-gate/index.ts



/** Entry point: validate every input, then probe; a cancel ends the gate early with what it saw. */
async function run() {
    await (0,runtime/* runMain */.VN)('health-gate', async (h) => {
        const settings = readSettings(h.inputs);
        h.onCancel((signal) => `${signal}: ending the gate early with what it saw`);
        await healthGate(settings, h.signal);
    });
}


/***/ }),

/***/ 5877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hD: () => (/* reexport */ ApiError),
  xL: () => (/* reexport */ ConfigError),
  G0: () => (/* reexport */ Inputs),
  yo: () => (/* reexport */ UserError),
  $Q: () => (/* reexport */ clip),
  _O: () => (/* reexport */ context),
  Uc: () => (/* reexport */ describeError),
  a3: () => (/* reexport */ formatDuration),
  i0: () => (/* reexport */ killGroup),
  a4: () => (/* reexport */ mermaid),
  E9: () => (/* reexport */ parseDuration),
  VN: () => (/* reexport */ runMain),
  a2: () => (/* reexport */ runPost),
  XK: () => (/* reexport */ runUserCommandOrFail),
  X5: () => (/* reexport */ runnerTemp),
  yy: () => (/* reexport */ sleep),
  tp: () => (/* reexport */ table),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: MAX_INPUT_LENGTH, cell, oneLine, readContext, runUserCommand, runnerInputs, splitList

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/runtime/errors.ts
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

;// CONCATENATED MODULE: ./src/core/runtime/context.ts


function readContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new UserError('GITHUB_REPOSITORY is not set to owner/name: run this action inside a GitHub Actions job');
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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

;// CONCATENATED MODULE: ./src/core/runtime/duration.ts
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/runtime/exec.ts



async function runUserCommand(command, options) {
    // The step's inputs (INPUT_TOKEN among them) are the action's, not the command's: it gets GLIDEPATH_* values.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')));
    const env = { ...inherited, ...options.env };
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
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
            reject(new UserError(`${options.label} could not start: ${error.message}`));
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
        throw new UserError(`${options.label} did not finish within ${formatDuration(options.timeoutMs ?? 0)} and was stopped`);
    if (result.exitCode !== 0) {
        throw new UserError(`${options.label} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}`);
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

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(8592);
// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __webpack_require__(3880);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/runtime/inputs.ts




/** Inputs longer than this are refused: no legitimate value comes close, and a huge one is a mistake or an attack. */
const MAX_INPUT_LENGTH = 65_536;
/** Reads inputs the way the runner passes them (INPUT_<NAME>), trimmed. */
const runnerInputs = (name) => core/* getInput */.V4(name);
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
            throw new ConfigError(name, `is ${value.length} characters long`, `at most ${max} are accepted`);
        }
        if (value === '') {
            if (options.required)
                throw new ConfigError(name, 'is required', "set it in the step's `with:` block");
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
            core/* setSecret */.Pq(value);
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
        throw new ConfigError(name, `is '${clip(value)}'`, 'use true or false');
    }
    integer(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        if (!/^[+-]?\d+$/.test(value)) {
            throw new ConfigError(name, `is '${clip(value)}'`, `use a whole number from ${bounds.min} to ${bounds.max}`);
        }
        const n = Number(value);
        if (n < bounds.min || n > bounds.max) {
            throw new ConfigError(name, `is ${value}`, `use a whole number from ${bounds.min} to ${bounds.max}`);
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
            throw new ConfigError(name, `is '${clip(value)}'`, `use a number ${from} up to ${bounds.max}`);
        }
        return n;
    }
    /** A duration with a unit (`500ms`, `30s`, `5m`, `1h`), in milliseconds. */
    duration(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        const ms = parseDuration(value);
        const range = `from ${formatDuration(bounds.min)} to ${formatDuration(bounds.max)}`;
        if (ms === undefined) {
            throw new ConfigError(name, `is '${clip(value)}', not a duration`, `write a number with a unit (ms, s, m, h), e.g. 30s or 5m, ${range}`);
        }
        if (ms < bounds.min || ms > bounds.max) {
            throw new ConfigError(name, `is ${value}`, `use a duration ${range}`);
        }
        return ms;
    }
    enum(name, values, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (!values.includes(value)) {
            throw new ConfigError(name, `is '${clip(value)}'`, `use one of ${values.join(', ')}`);
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
        const parsed = semver_default().parse(value.replace(/^v(?=\d)/, ''));
        if (!parsed)
            throw new ConfigError(name, `is '${clip(value)}', not a semantic version`, 'use MAJOR.MINOR.PATCH, e.g. 1.4.2 or 2.0.0-rc.1');
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
            throw new ConfigError(name, `is '${clip(value)}', not an http(s) URL`, 'write it with its scheme, e.g. https://app.example.com/healthz');
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

;// CONCATENATED MODULE: ./src/core/runtime/harness.ts




/** A main step: any failure becomes one `::error::` line and exit code 1 (process.exitCode). */
async function runMain(name, body) {
    await withHarness(name, body, (error) => {
        core/* setFailed */.C1(describeError(error));
        if (process.env.GLIDEPATH_DEBUG_STACK === 'true' && error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
    });
}
/** A post step cleans up after main; its own problems are warnings, never a second failure. */
async function runPost(name, body) {
    await withHarness(name, body, (error) => core/* warning */.$e(`${name} cleanup: ${describeError(error)}`));
}
async function withHarness(name, body, onError) {
    const stop = new AbortController();
    let describe;
    const onSignal = (signal) => {
        if (stop.signal.aborted)
            return;
        if (describe)
            core/* warning */.$e(describe(signal));
        stop.abort(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const harness = {
        name,
        inputs: new Inputs(),
        signal: stop.signal,
        context: context,
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

;// CONCATENATED MODULE: ./src/core/runtime/summary.ts

/** Escapes a value for a Markdown table cell. */
function cell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
/** A Markdown table: GitHub renders it in the job summary, and it stays readable as text. */
function table(header, rows) {
    const lines = [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
    ];
    for (const row of rows)
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
}
/** A Mermaid block, which GitHub renders as a chart. */
function mermaid(source) {
    return `\n\`\`\`mermaid\n${source.trim()}\n\`\`\`\n`;
}
/** Appends Markdown to the job summary; a runner without GITHUB_STEP_SUMMARY just skips it. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(markdown, true).write();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/runtime/time.ts


/** Waits `ms` or until `signal` aborts; the abort listener goes when the wait ends, so a gate of hours does not pile them up. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** A folder under the runner's temporary directory (RUNNER_TEMP, emptied after each job). */
function runnerTemp(...parts) {
    return external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), ...parts);
}

;// CONCATENATED MODULE: ./src/core/runtime/index.ts
// The public face of core/runtime: everything outside this folder imports from here.










/***/ })

};

"use strict";
exports.id = 7582;
exports.ids = [7582];
exports.modules = {

/***/ 97582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ environmentRules),
/* harmony export */   l9: () => (/* binding */ readPipeline),
/* harmony export */   nb: () => (/* binding */ versionRefusal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68011);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3872);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64737);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45649);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75629);
/* harmony import */ var _windows_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72659);
/* harmony import */ var _waves_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81932);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(25862);










const ENVIRONMENT_KEYS = [
    'name',
    'url',
    'versions',
    'require-reviewers',
    'time-zone',
    'windows',
    'freezes',
    'allow-skip',
];
/** The pipeline from the `pipeline` input, else from the config file (`.github/glidepath.yml`). */
function readPipeline(pipelineInput, configPath, workspace) {
    if (pipelineInput.length) {
        const list = pipelineInput.map((name) => ({ name }));
        checkNames(list, 'pipeline');
        return list;
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, configPath);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('pipeline', `is empty and the config file '${configPath}' does not exist`, 'set pipeline: dev,staging,production, or add the config file with an environments: list');
    }
    // Warnings (an unknown tag or directive, an ambiguous alias) are refused like errors: a config
    // file that does not mean exactly what it says is not deployed from.
    const invalid = (why) => new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `points at '${configPath}', which is not valid YAML (${why.split('\n')[0]})`, 'fix the file: environments: [{name: dev}, {name: staging}, …]');
    const doc = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .yaml */ .o)().parseDocument((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), { logLevel: 'silent' });
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
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `points at '${configPath}', which has no environments: list`, 'write environments: as a list of {name, url, versions, require-reviewers} in promotion order');
    }
    const list = environments.flatMap((entry, i) => (0,_waves_js__WEBPACK_IMPORTED_MODULE_8__/* .isStage */ .zD)(entry)
        ? (0,_waves_js__WEBPACK_IMPORTED_MODULE_8__/* .readStage */ .NW)(entry, `environments[${i}]`, readEntry)
        : [readEntry(entry, `environments[${i}]`)]);
    checkNames(list, 'config');
    return list;
}
/** One environment of the config file, at `where` (`environments[2]`, `environments[2].waves[1][0]`). */
function readEntry(entry, where) {
    const e = (typeof entry === 'string' ? { name: entry } : entry);
    if (!e || typeof e !== 'object' || typeof e.name !== 'string') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `has ${where} without a name`, 'give every environment a name');
    }
    for (const key of Object.keys(e)) {
        if (!ENVIRONMENT_KEYS.includes(key))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `has an unknown key '${key}' in ${where}`, `use ${ENVIRONMENT_KEYS.join(', ')}`);
    }
    const skip = e['allow-skip'];
    if (skip !== undefined && (typeof skip !== 'string' || skip.trim().length < 8))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `has ${where}.allow-skip '${String(skip)}', not a reason`, 'say why later waves may go on without this environment (at least 8 characters); it is recorded in their deployments');
    if (e.versions !== undefined &&
        (typeof e.versions !== 'string' || semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_5___default()(e.versions) === null)) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `has versions '${String(e.versions)}' for ${e.name}, not a semver range`, "write a range such as '>=1.0.0' or '^2'");
    }
    if (e['require-reviewers'] !== undefined && typeof e['require-reviewers'] !== 'boolean') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `has require-reviewers '${String(e['require-reviewers'])}' for ${e.name}`, 'use true or false');
    }
    if (e.url !== undefined && (typeof e.url !== 'string' || !/^https?:\/\//.test(e.url))) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('config', `has url '${String(e.url)}' for ${e.name}`, 'write an http(s) URL');
    }
    return {
        name: e.name,
        url: e.url,
        versions: e.versions,
        requireReviewers: e['require-reviewers'],
        ...(e.windows !== undefined || e.freezes !== undefined || e['time-zone'] !== undefined
            ? { rules: (0,_windows_js__WEBPACK_IMPORTED_MODULE_9__/* .readReleaseRules */ .Nk)(e, where) }
            : {}),
        ...(typeof skip === 'string' ? { skipReason: skip.trim() } : {}),
    };
}
/**
 * The release windows and freezes of one environment from the config file, whichever way the
 * pipeline was given: a freeze is not lifted by passing `pipeline` as an input. No file, or an
 * environment the file does not name: no rules.
 */
function environmentRules(configPath, workspace, environment) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, configPath)))
        return undefined;
    return readPipeline([], configPath, workspace).find((e) => e.name.toLowerCase() === environment.toLowerCase())?.rules;
}
function checkNames(list, input) {
    const seen = new Set();
    for (const e of list) {
        if (!_names_js__WEBPACK_IMPORTED_MODULE_10__/* .ENVIRONMENT_NAME */ .Y.test(e.name))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(input, `has '${e.name}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
        if (seen.has(e.name.toLowerCase()))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(input, `lists '${e.name}' twice`, 'name each environment once, in promotion order');
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
    if (range && !semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2___default()(version, range)) {
        return `Refusing to promote ${version} to ${environment.name}: its versions must satisfy '${range}' (prereleases only if the range names one)`;
    }
    if (live && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_4___default()(live) && semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_3___default()(version, live) && !allowDowngrade) {
        return `Refusing to downgrade ${environment.name} from ${live} to ${version}: use the rollback action, or set allow-downgrade: true`;
    }
    return undefined;
}


/***/ }),

/***/ 81932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ waveAround),
/* harmony export */   NW: () => (/* binding */ readStage),
/* harmony export */   zD: () => (/* binding */ isStage)
/* harmony export */ });
/* unused harmony export wavesOf */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);

// Waves: a stage of the pipeline made of several environments (regions), promoted wave by wave.
// In the config file:
//   - name: production
//     waves:
//       - prod-us-east                     # the canary region, alone
//       - [prod-eu-west, prod-ap-south]    # then the rest, in parallel
// or, the common case, `regions: [prod-us-east, prod-eu-west, prod-ap-south]`: the first region
// alone as the canary region, then all the others as one wave.
// Each member is a name or a full environment entry. Order is by digest, as between any two
// environments: a member of a wave needs every member of the wave before it to hold the artifact.
/** True for a stage entry: a map with `waves` or `regions`. */
function isStage(entry) {
    return Boolean(entry && typeof entry === 'object' && ('waves' in entry || 'regions' in entry));
}
/** The environments of a stage, flattened in order, each knowing its stage and wave. */
function readStage(entry, where, readEntry) {
    const valid = 'write waves: as a list of waves, each an environment or a list of environments, e.g. [prod-us-east, [prod-eu-west, prod-ap-south]], or regions: [prod-us-east, prod-eu-west, prod-ap-south] (the first alone, then the rest)';
    for (const key of Object.keys(entry))
        if (key !== 'name' && key !== 'waves' && key !== 'regions')
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('config', `has an unknown key '${key}' in ${where}`, `a stage takes name and waves (or regions); ${valid}`);
    if ('waves' in entry && 'regions' in entry)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('config', `has ${where} with both waves and regions`, `use one; ${valid}`);
    if (typeof entry.name !== 'string' || !entry.name.trim())
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('config', `has ${where} without a name`, 'name the stage, e.g. name: production');
    const stage = entry.name;
    const key = 'regions' in entry ? 'regions' : 'waves';
    const list = entry[key];
    if (!Array.isArray(list) || list.length === 0)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('config', `has ${where}.${key} empty or not a list`, valid);
    if (key === 'regions' && list.some(Array.isArray))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('config', `has ${where}.regions holding a list`, valid);
    // regions: the first alone (the canary region), then the rest as one wave.
    const waves = key === 'regions' && list.length > 1 ? [list[0], list.slice(1)] : list;
    return waves.flatMap((wave, w) => {
        const members = Array.isArray(wave) ? wave : [wave];
        if (members.length === 0)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('config', `has ${where}.waves[${w}] empty`, `give each wave at least one environment; ${valid}`);
        return members.map((member, m) => ({
            ...readEntry(member, Array.isArray(wave) ? `${where}.waves[${w}][${m}]` : `${where}.waves[${w}]`),
            stage,
            wave: w,
        }));
    });
}
/** The pipeline as waves in order: a plain environment is a wave of its own. */
function wavesOf(pipeline) {
    const waves = [];
    let key = '';
    pipeline.forEach((e, i) => {
        const k = e.stage === undefined ? `#${i}` : `${e.stage}\u0000${e.wave}`;
        if (k !== key || !waves.length)
            waves.push([]);
        key = k;
        waves.at(-1)?.push(e);
    });
    return waves;
}
/** The wave holding `environment`, and the wave before it (empty for the first). */
function waveAround(pipeline, environment) {
    const waves = wavesOf(pipeline);
    const at = waves.findIndex((w) => w.some((e) => e.name.toLowerCase() === environment.toLowerCase()));
    return {
        wave: waves[at] ?? [],
        previous: at > 0 ? (waves[at - 1] ?? []) : [],
        last: at === waves.length - 1,
    };
}


/***/ }),

/***/ 72659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ readReleaseRules),
/* harmony export */   l0: () => (/* binding */ describeInstant),
/* harmony export */   lF: () => (/* binding */ checkOverrideWindow),
/* harmony export */   tp: () => (/* binding */ clockNow),
/* harmony export */   u3: () => (/* binding */ windowGate),
/* harmony export */   uz: () => (/* binding */ windowVerdict)
/* harmony export */ });
/* unused harmony exports knownTimeZone, localTime, instantOf, inWindow, nextOpening */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const HOURS = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const formatters = new Map();
function formatter(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            weekday: 'short',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
/** True when the runtime's Intl knows the IANA zone. */
function knownTimeZone(timeZone) {
    try {
        formatter(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
/** The wall clock in `timeZone` at instant `t`. */
function localTime(t, timeZone) {
    const parts = {};
    for (const p of formatter(timeZone).formatToParts(new Date(t)))
        parts[p.type] = p.value;
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour),
        minute: Number(parts.minute),
        second: Number(parts.second),
        weekday: DAYS.indexOf((parts.weekday ?? '').toLowerCase().slice(0, 3)),
    };
}
/**
 * The instant a local wall-clock time names in `timeZone`: the zone's offset is read at a first
 * guess and read again where that lands, so a time next to a daylight-saving change gets the
 * offset in force then. A time skipped by a spring change lands just after it.
 */
function instantOf(fields, timeZone) {
    const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
    const offsetAt = (t) => {
        const l = localTime(t, timeZone);
        return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - t;
    };
    const first = wall - offsetAt(wall);
    const second = wall - offsetAt(first);
    return second === first ? first : Math.max(first, second);
}
/** True when instant `t` falls inside the window. */
function inWindow(t, w) {
    const l = localTime(t, w.timeZone);
    const minute = l.hour * 60 + l.minute;
    if (w.start < w.end)
        return w.days.includes(l.weekday) && minute >= w.start && minute < w.end;
    // Past midnight: open from start on a listed day until end on the day after.
    return ((w.days.includes(l.weekday) && minute >= w.start) ||
        (w.days.includes((l.weekday + 6) % 7) && minute < w.end));
}
/** Whether a deployment may start at `now` under these rules, and if not why and until when. */
function windowVerdict(rules, now) {
    const freeze = rules.freezes.find((f) => now >= f.from && now < f.to);
    if (freeze)
        return { open: false, rule: `the freeze ${freeze.text}`, next: nextOpening(rules, now) };
    if (!rules.windows.length || rules.windows.some((w) => inWindow(now, w)))
        return { open: true };
    const list = rules.windows.map((w) => w.text).join('; ');
    return {
        open: false,
        rule: `outside its release window${rules.windows.length > 1 ? 's' : ''} (${list})`,
        next: nextOpening(rules, now),
    };
}
/**
 * The first minute from `now` on when a deployment may start: freezes are jumped over whole,
 * windows are looked for minute by minute (every zone's offset is whole minutes, so a window's
 * opening is always on a minute), up to a year ahead.
 */
function nextOpening(rules, now) {
    const limit = now + 366 * 86_400_000;
    let t = Math.ceil(now / 60_000) * 60_000;
    while (t < limit) {
        const freeze = rules.freezes.find((f) => t >= f.from && t < f.to);
        if (freeze) {
            t = Math.ceil(freeze.to / 60_000) * 60_000;
            continue;
        }
        if (!rules.windows.length || rules.windows.some((w) => inWindow(t, w)))
            return t;
        t += 60_000;
    }
    return undefined;
}
/** An instant as people read it in a zone: `Mon 2026-03-30 09:00 Europe/Berlin (07:00 UTC)`. */
function describeInstant(t, timeZone) {
    const l = localTime(t, timeZone);
    const two = (n) => String(n).padStart(2, '0');
    const day = (DAYS[l.weekday] ?? '').replace(/^./, (c) => c.toUpperCase());
    const local = `${day} ${l.year}-${two(l.month)}-${two(l.day)} ${two(l.hour)}:${two(l.minute)}`;
    return timeZone === 'UTC'
        ? `${local} UTC`
        : `${local} ${timeZone} (${new Date(t).toISOString().slice(0, 16)}Z)`;
}
/**
 * Reads `time-zone`, `windows` and `freezes` of one environment entry of the config file. Every
 * fault names its key (`environments[2].windows[0].hours`) and what would be valid.
 */
function readReleaseRules(e, where) {
    const fail = (key, problem, valid) => new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('config', `has ${where}.${key} ${problem}`, valid);
    const zone = (value, key) => {
        if (value === undefined)
            return 'UTC';
        if (typeof value !== 'string' || !knownTimeZone(value))
            throw fail(key, `'${String(value)}', not a time zone this runtime knows`, 'use an IANA time zone name such as Europe/Berlin, America/New_York or UTC');
        return value;
    };
    const baseZone = zone(e['time-zone'], 'time-zone');
    const windows = listOf(e.windows, 'windows', fail).map((entry, i) => {
        const key = `windows[${i}]`;
        const w = record(entry, key, ['days', 'hours', 'time-zone'], fail);
        const timeZone = w['time-zone'] === undefined ? baseZone : zone(w['time-zone'], `${key}.time-zone`);
        const days = readDays(w.days, `${key}.days`, fail);
        const m = typeof w.hours === 'string' ? HOURS.exec(w.hours.replace(/\s+/g, '')) : null;
        const hoursValid = "write hours as 'HH:MM-HH:MM' in 24-hour time, e.g. '09:00-17:00' (24:00 ends at midnight; an end before the start runs past midnight)";
        if (!m)
            throw fail(`${key}.hours`, `'${String(w.hours)}'`, hoursValid);
        const [sh, sm, eh, em] = m.slice(1).map(Number);
        if (sh > 23 || sm > 59 || eh > 24 || em > 59 || (eh === 24 && em > 0))
            throw fail(`${key}.hours`, `'${w.hours}', not a time of day`, hoursValid);
        const start = sh * 60 + sm;
        const end = eh * 60 + em;
        if (start === end || (start === 0 && end === 0))
            throw fail(`${key}.hours`, `'${w.hours}', an empty window`, hoursValid);
        const dayText = days.map((d) => DAYS[d]).join(',');
        return {
            days,
            start,
            end,
            timeZone,
            text: `${dayText} ${w.hours} ${timeZone}`,
        };
    });
    const freezes = listOf(e.freezes, 'freezes', fail).map((entry, i) => {
        const key = `freezes[${i}]`;
        const f = record(entry, key, ['from', 'to', 'reason', 'time-zone'], fail);
        const timeZone = f['time-zone'] === undefined ? baseZone : zone(f['time-zone'], `${key}.time-zone`);
        const from = readInstant(f.from, `${key}.from`, timeZone, fail);
        const to = readInstant(f.to, `${key}.to`, timeZone, fail);
        if (to <= from)
            throw fail(`${key}.to`, `'${String(f.to)}', not after from '${String(f.from)}'`, 'end a freeze after it starts');
        if (typeof f.reason !== 'string' || !f.reason.trim())
            throw fail(`${key}.reason`, 'missing', 'say why the environment is frozen, e.g. reason: year-end freeze');
        return {
            from,
            to,
            reason: f.reason.trim(),
            text: `'${f.reason.trim()}' (${String(f.from)} to ${String(f.to)} ${timeZone})`,
        };
    });
    return { windows, freezes, timeZone: baseZone };
}
function listOf(value, key, fail) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.length === 0)
        throw fail(key, 'is not a list of entries', `write ${key}: as a list, or leave it out`);
    return value;
}
function record(entry, key, keys, fail) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
        throw fail(key, 'is not a map', `write ${keys.join(', ')}`);
    for (const k of Object.keys(entry))
        if (!keys.includes(k))
            throw fail(`${key}.${k}`, 'is an unknown key', `use ${keys.join(', ')}`);
    return entry;
}
function readDays(value, key, fail) {
    const valid = "list days as mon, tue, wed, thu, fri, sat, sun or ranges such as mon-fri (e.g. 'mon-thu' or [mon, wed])";
    const items = Array.isArray(value)
        ? value
        : typeof value === 'string'
            ? value.split(',')
            : undefined;
    if (!items || items.length === 0)
        throw fail(key, `'${String(value)}'`, valid);
    const days = new Set();
    for (const item of items) {
        const text = String(item).trim().toLowerCase();
        if (text === 'daily' || text === 'every day') {
            for (let d = 0; d < 7; d++)
                days.add(d);
            continue;
        }
        const [a, b] = text.split('-').map((s) => DAYS.indexOf(s.trim().slice(0, 3)));
        const whole = text.split('-').every((s) => /^[a-z]{3,9}$/.test(s.trim()));
        if (!whole || a === undefined || a < 0 || (b !== undefined && b < 0))
            throw fail(key, `'${String(value)}' ('${text}' is not a day)`, valid);
        if (b === undefined)
            days.add(a);
        else
            for (let d = a;; d = (d + 1) % 7) {
                days.add(d);
                if (d === b)
                    break;
            }
    }
    return [...days].sort();
}
/** A freeze's bound: local `YYYY-MM-DD[ HH:MM]` in its zone, or with Z or an offset such as +01:00. */
function readInstant(value, key, timeZone, fail) {
    const valid = `write a local time in ${timeZone} as 'YYYY-MM-DD HH:MM' (a date alone is 00:00), or an instant with an offset such as 2026-12-21T09:00+01:00`;
    const m = typeof value === 'string' ? INSTANT.exec(value.trim()) : null;
    if (!m)
        throw fail(key, `'${String(value)}'`, valid);
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map((s) => Number(s ?? 0));
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day ||
        hour > 23 ||
        minute > 59 ||
        second > 59)
        throw fail(key, `'${String(value)}', not a real date and time`, valid);
    const offset = m[7];
    if (offset === undefined)
        return instantOf({ year, month, day, hour, minute }, timeZone);
    const sign = offset.startsWith('-') ? -1 : 1;
    const minutes = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    return Date.UTC(year, month - 1, day, hour, minute, second) - minutes * 60_000;
}
let anchor;
/**
 * Now, for windows and freezes. For tests only: GLIDEPATH_NOW (an ISO instant) is the clock's
 * reading at its first use, and GLIDEPATH_CLOCK_RATE (a number, default 1) how many clock seconds
 * pass per real second after that, so a test can watch a window close during a canary.
 */
function clockNow(env = process.env) {
    const start = env.GLIDEPATH_NOW;
    if (!start)
        return Date.now();
    if (!anchor) {
        const clock = Date.parse(start);
        if (!Number.isFinite(clock))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('GLIDEPATH_NOW', `is '${start}', not an instant`, 'write an ISO instant such as 2026-03-29T00:30:00Z, or unset it');
        anchor = { real: Date.now(), clock };
    }
    const rate = Number(env.GLIDEPATH_CLOCK_RATE ?? '1');
    return anchor.clock + (Date.now() - anchor.real) * (Number.isFinite(rate) && rate > 0 ? rate : 1);
}
/** The `override-window` input's value: a reason, or undefined. A bare yes or true is not a reason. */
function checkOverrideWindow(value) {
    if (value === undefined)
        return undefined;
    if (value.length < 8 || /^(true|false|yes|no|on|off|1|0|y|n)$/i.test(value))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('override-window', `is '${value}', not a reason`, 'say why this deployment must go out past the window or freeze (at least 8 characters, e.g. "hotfix for incident 4711"); it is recorded with your name');
    return value;
}
/**
 * Checks the environment's windows and freezes at the start of a promotion or a canary. Closed:
 * without `override` it refuses (before any request), naming the rule and when the next window
 * opens; with it, it lets the work through and returns the override to record.
 */
function windowGate(environment, rules, override, actor, now = clockNow()) {
    if (!rules)
        return undefined;
    const verdict = windowVerdict(rules, now);
    if (verdict.open)
        return undefined;
    if (override !== undefined)
        return { by: actor, reason: override, rule: verdict.rule };
    const next = verdict.next === undefined
        ? 'no window opens within a year'
        : `the next window opens ${describeInstant(verdict.next, rules.timeZone)}`;
    throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Refusing to start on ${environment} at ${describeInstant(now, rules.timeZone)}: ${verdict.rule}; ${next}. Wait for it, or set override-window: <reason> (recorded with your name; keep it behind an environment with required reviewers). Rollbacks are always allowed`);
}


/***/ })

};
;
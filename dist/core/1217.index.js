export const id = 1217;
export const ids = [1217];
export const modules = {

/***/ 97582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ environmentRules),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
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
        if (!ENVIRONMENT_NAME.test(e.name))
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


/***/ })

};

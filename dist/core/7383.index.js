"use strict";
exports.id = 7383;
exports.ids = [7383];
exports.modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCanary: () => (/* binding */ runCanary)
});

// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(82072);
// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
// EXTERNAL MODULE: ./src/core/runtime/duration.ts
var duration = __webpack_require__(85254);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/gate/run.ts + 10 modules
var run = __webpack_require__(16388);
// EXTERNAL MODULE: ./src/core/gate/config.ts
var config = __webpack_require__(83525);
;// CONCATENATED MODULE: ./src/core/gate/family.ts

/**
 * A rollout that runs one gate per step (canary-step's steps, blue-green's two looks) fails a
 * healthy canary if ANY of those gates raises a false alarm: with α per gate, k analysed steps
 * would risk up to k × α. Each step's gate therefore gets α / k for its fail tests (a union
 * bound: the k chances add up to α for the whole rollout). The pass side keeps α: a false pass
 * at one step only moves to the next step, where the canary is judged again.
 */
function splitFailAlpha(gate, steps) {
    if (steps <= 1)
        return gate;
    return {
        ...gate,
        failSteps: steps,
        checks: gate.checks.map((c) => (0,config/* withJudge */.k)(c, (j) => ({ ...j, failShare: 1 / steps }))),
    };
}

// EXTERNAL MODULE: ./src/core/gate/report.ts
var gate_report = __webpack_require__(45841);
// EXTERNAL MODULE: ./src/core/traffic/errors.ts
var traffic_errors = __webpack_require__(76274);
// EXTERNAL MODULE: ./src/core/pipeline/windows.ts
var windows = __webpack_require__(72659);
// EXTERNAL MODULE: ./src/actions/canary-step/shared.ts
var shared = __webpack_require__(70336);
;// CONCATENATED MODULE: ./src/actions/canary-step/main.ts





const MARKER = /\[gp step=(\d+) w=(\d+(?:\.\d+)?)\]/;
/**
 * Walks the steps: set the weight, analyse the step with the gate (which may pass early),
 * and on a fail, a cancel or any error put all traffic back on stable before anything else.
 */
async function runCanary(settings, deps) {
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const { provider, record } = await (0,shared/* beforeAnyWrite */.tN)(settings, deps);
    const result = {
        decision: 'promoted',
        finalWeight: 0,
        failedStep: '',
        reason: '',
        steps: [],
        timeline: [],
        deploymentId: record?.id,
        provider: provider.describe(),
        seconds: 0,
    };
    const status = (0,shared/* recordStatus */.Ms)(record, deps);
    const persist = (0,shared/* trafficHandoff */.Uh)(settings, record, () => ({ provider: settings.provider }));
    let current = 0;
    // A provider that failed after writing (the change made but never confirmed) may have moved
    // traffic: the catch then restores stable even though no weight was confirmed.
    let moved = false;
    const shift = async (weight) => {
        try {
            await provider.setWeight(weight);
        }
        catch (error) {
            if (error instanceof traffic_errors/* WrittenNotConfirmed */.wW)
                moved = true;
            throw error;
        }
        current = weight;
        result.timeline.push({ t: elapsed(), weight, errorRate: null });
        commands/* info */.pq(`Traffic: ${weight}% to the new version (${provider.describe()})`);
    };
    const restoreStable = async (why) => {
        try {
            await shift(0);
        }
        catch (error) {
            commands/* error */.z3(`Could not restore stable traffic after ${why}: ${error.message}. Put all traffic back on stable by hand`);
            throw error;
        }
    };
    const plan = settings.weight !== undefined
        ? [{ weight: settings.weight, bakeMs: settings.gate.durationMs, label: `${settings.weight}` }]
        : settings.strategy === 'blue-green'
            ? [
                { weight: 0, bakeMs: settings.gate.durationMs, label: 'pre-switch (0%)' },
                { weight: 100, bakeMs: settings.gate.durationMs, label: 'switched (100%)' },
            ]
            : settings.steps;
    // The steps that run a gate: one false alarm among them aborts the rollout, so they share α's
    // fail side (family.ts). The final 100% step of a canary and steps without bake time run none.
    const analysed = plan.filter((step, i) => step.bakeMs > 0 &&
        !(i === plan.length - 1 && settings.weight === undefined && settings.strategy === 'canary')).length;
    // Holds the weight where it is and ends the run `paused`: the marker first in the description
    // (GitHub keeps 140 characters) says which step a later run of canary-step resumes at.
    const pause = async (next, why, awaited) => {
        result.decision = 'paused';
        result.finalWeight = current;
        result.reason = `${why}; ${awaited}`;
        await status('in_progress', `[gp step=${next} w=${current}] paused at ${current}%: ${awaited}`);
        persist(false);
        commands/* info */.pq(`canary-step paused at ${current}%: ${why}; ${awaited}`);
        return finish(result, started);
    };
    if (settings.windowOverride) {
        const w = settings.windowOverride;
        commands/* warning */.$e(`override-window: ${w.by} started past ${w.rule}: “${w.reason}”`);
    }
    persist(true);
    try {
        if (settings.matchHeader && provider.setMatchHeader)
            await provider.setMatchHeader(settings.matchHeader);
        const resumable = settings.weight === undefined && settings.strategy === 'canary';
        const resumeAt = resumable ? resumeIndex(record?.latestDescription, plan.length) : 0;
        if (resumeAt > 0)
            commands/* info */.pq(`Resuming at step ${resumeAt + 1} of ${plan.length}, where an earlier attempt stopped`);
        for (let i = resumeAt; i < plan.length; i++) {
            const step = plan[i];
            if (deps.signal.aborted)
                throw new shared/* Cancelled */.cJ();
            // A window that closed during the last step: finish it (done), hold there, resume later.
            if (i > resumeAt && settings.rules && !settings.windowOverride && resumable) {
                const verdict = (0,windows/* windowVerdict */.uz)(settings.rules, (0,windows/* clockNow */.tp)());
                if (!verdict.open) {
                    const opens = verdict.next === undefined
                        ? 'no window opens within a year'
                        : `the next window opens ${(0,windows/* describeInstant */.l0)(verdict.next, settings.rules.timeZone)}`;
                    return await pause(i, `the release window closed (${verdict.rule}) after step ${i}/${plan.length}; ${opens}`, `window closed; run canary-step again in the next window to resume at step ${i + 1}/${plan.length}`);
                }
            }
            const stepStart = elapsed();
            await shift(step.weight);
            await status('in_progress', `canary ${step.weight}% (step ${i + 1}/${plan.length}) [gp step=${i} w=${step.weight}]`);
            const last = i === plan.length - 1 && settings.weight === undefined && settings.strategy === 'canary';
            if (last || step.bakeMs === 0) {
                result.steps.push({
                    label: step.label,
                    weight: step.weight,
                    startedS: stepStart,
                    endedS: elapsed(),
                    result: 'skipped',
                    reason: last ? 'final step: full traffic' : 'no bake time',
                });
                continue;
            }
            let report;
            if (settings.gate.checks.length) {
                report = await commands/* group */.Os(`Step ${i + 1}/${plan.length}: ${step.label}: analysis`, () => (0,run/* runGate */.Rg)(splitFailAlpha({ ...settings.gate, durationMs: step.bakeMs }, analysed), {
                    signal: deps.signal,
                }));
                const latest = result.timeline.at(-1);
                if (latest)
                    latest.errorRate = report.errorRate;
                result.timeline.push({ t: elapsed(), weight: step.weight, errorRate: report.errorRate });
            }
            else {
                await (0,time/* sleep */.y)(step.bakeMs, deps.signal);
            }
            if (deps.signal.aborted)
                throw new shared/* Cancelled */.cJ();
            const unhealthy = report && (0,gate_report/* isUnhealthy */.ZT)(report.result, settings.gate.onInconclusive);
            result.steps.push({
                label: step.label,
                weight: step.weight,
                startedS: stepStart,
                endedS: elapsed(),
                result: report ? report.result : 'skipped',
                reason: report ? report.reason : `baked ${(0,duration/* formatDuration */.a)(step.bakeMs)} without analysis`,
                ...(report ? { gate: (0,shared/* glance */.vD)(report) } : {}),
            });
            if (report?.result === 'inconclusive' && settings.pauseOnInconclusive) {
                const next = settings.weight === undefined ? i + 1 : 0;
                return await pause(next, `step ${i + 1}/${plan.length} (${step.label}) ended inconclusive: ${report.reason}`, `step ${i + 1}/${plan.length} inconclusive, awaiting a person: approve to resume, reject to roll back`);
            }
            if (unhealthy && report) {
                await restoreStable('a failed analysis');
                result.decision = 'aborted';
                result.failedStep = step.label;
                result.reason = report.reason;
                await status('failure', `aborted at ${step.weight}%: ${report.reason}`);
                persist(false);
                return finish(result, started);
            }
        }
        result.finalWeight = current;
        if (settings.weight !== undefined && settings.weight < 100) {
            result.decision = 'paused';
            result.reason = `holding at ${settings.weight}% until the next job`;
            await status('in_progress', `canary paused at ${settings.weight}% [gp step=0 w=${settings.weight}]`);
        }
        else {
            result.decision = 'promoted';
            // Say plainly when a step went on without a pass: on-inconclusive: pass means "no fail
            // was shown in the bake time", which is not the same as a healthy verdict.
            const unproven = result.steps.filter((s) => s.result === 'inconclusive').map((s) => s.label);
            result.reason =
                settings.strategy === 'blue-green'
                    ? 'switched to the new version'
                    : unproven.length
                        ? `no step failed; ${unproven.join(', ')} ended inconclusive (no decision within its bake time) and went on because on-inconclusive is pass`
                        : 'every step passed';
            await status('success', `promoted: ${current}% on the new version`);
        }
        persist(false);
        return finish(result, started);
    }
    catch (error) {
        // Whatever went wrong, traffic goes back to stable first; the record follows.
        let restored = true;
        if (current !== 0 || moved || settings.strategy === 'blue-green')
            restored = await restoreStable(error instanceof shared/* Cancelled */.cJ ? 'the cancel' : 'an error').then(() => true, () => false);
        result.decision = 'aborted';
        result.failedStep =
            plan.find((step) => !result.steps.some((done) => done.label === step.label))?.label ?? '';
        const message = error instanceof shared/* Cancelled */.cJ
            ? `cancelled: ${restored ? 'traffic restored to stable' : 'stable traffic could NOT be restored'}`
            : `error: ${error.message}`;
        await status('failure', `aborted: ${message}`).catch(() => undefined);
        // Restoring failed: the post step must not say there is nothing to do.
        persist(!restored);
        if (!restored)
            throw new errors/* UserError */.yo(`canary-step stopped (${(0,errors/* describeError */.Uc)(error)}) and could not put traffic back on stable through ${provider.describe()}: do it by hand; the deployment is marked failure`);
        throw error instanceof shared/* Cancelled */.cJ
            ? new errors/* UserError */.yo('canary-step was cancelled: all traffic is back on stable and the deployment is marked failure')
            : error;
    }
}
function finish(result, started) {
    result.seconds = (Date.now() - started) / 1000;
    result.finalWeight = result.timeline.at(-1)?.weight ?? result.finalWeight;
    return result;
}
function resumeIndex(description, steps) {
    const m = MARKER.exec(description ?? '');
    if (!m)
        return 0;
    const index = Number(m[1]);
    return index > 0 && index < steps ? index : 0;
}


/***/ }),

/***/ 70336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ recordStatus),
/* harmony export */   Tq: () => (/* binding */ findRecord),
/* harmony export */   Uh: () => (/* binding */ trafficHandoff),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   tN: () => (/* binding */ beforeAnyWrite),
/* harmony export */   vD: () => (/* binding */ glance)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82072);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22327);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58003);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16388);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45841);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12354);
/* harmony import */ var _core_handoff_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71450);





/** Thrown where a cancel (SIGINT/SIGTERM) is noticed; the catch puts everything back. */
class Cancelled extends Error {
}
/**
 * What a strategy does before its first write (a deployment status, a weight): the provider checks
 * its names (a route, its backends) and each metric check asks its queries once, so a wrong name,
 * a refused key or a malformed query fails naming its input with nothing changed; then the
 * deployment record is found.
 */
async function beforeAnyWrite(settings, deps) {
    const provider = (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(settings.provider);
    await provider.check?.();
    if (settings.gate.checks.length)
        await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .preflightGate */ .Rf)(settings.gate, deps.signal);
    return { provider, record: await findRecord(settings, deps) };
}
async function findRecord(settings, deps) {
    if (!settings.environment)
        return undefined;
    const history = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(deps.client(), deps.ctx, [settings.environment]);
    // Records GitHub makes for jobs with `environment:` carry no Glidepath payload: never record on those.
    const list = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ofArtifact */ .Sd)((history.deployments[settings.environment] ?? []).filter(_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlidepath */ .tO), settings.environment, settings.artifactName, deps.ctx.runId);
    const chosen = settings.deploymentId ? list.find((d) => d.id === settings.deploymentId) : list[0];
    if (!chosen) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(settings.deploymentId
            ? `Deployment ${settings.deploymentId} is not among the recent deployments of ${settings.environment}: pass promote-environment's deployment-id output`
            : `${settings.environment} has no deployment to record the canary on: run promote-environment first (its deployment-id output goes in deployment-id)`);
    }
    return {
        id: chosen.id,
        latestDescription: chosen.latestState === 'in_progress' ? chosen.latestDescription : '',
        view: chosen,
        list,
    };
}
function recordStatus(record, deps) {
    return async (state, description) => {
        if (record)
            await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setStatus */ .Lx)(deps.client(), deps.ctx, record.id, state, {
                description,
                autoInactive: false,
            });
    };
}
/**
 * Saves the hand-off for post.ts: `active` while traffic (or a drained server) may need putting
 * back. `where` is read at each save, so a rolling deploy saves its drained servers of the moment.
 */
function trafficHandoff(settings, record, where) {
    return (active) => (0,_core_handoff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .saveHandoff */ .U6)('glidepath-traffic', {
        active,
        ...where(),
        deploymentId: record?.id,
        environment: settings.environment,
    });
}
function glance(report) {
    return {
        result: report.result,
        decidedAfterS: report.decidedAfterS,
        samples: report.samples,
        errorRate: report.errorRate,
        p95Ms: report.p95Ms,
    };
}
/** The JSON report and the outputs, the same for every strategy. */
async function setOutputs(result) {
    const file = await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReport */ .u5)({ kind: 'canary-step', ...result }, 'canary-step');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('decision', result.decision);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('final-weight', String(result.finalWeight));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('failed-step', result.failedStep);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('report', file);
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


/***/ })

};
;
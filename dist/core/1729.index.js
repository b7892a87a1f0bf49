export const id = 1729;
export const ids = [1729];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/gate/run.ts + 9 modules
var run = __webpack_require__(25513);
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


/***/ })

};

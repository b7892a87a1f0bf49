export const id = 934;
export const ids = [934];
export const modules = {

/***/ 6934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(9787);
// EXTERNAL MODULE: ./src/core/github/index.ts + 4 modules
var github = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/core/recovery/index.ts + 1 modules
var recovery = __webpack_require__(585);
// EXTERNAL MODULE: ./src/actions/rollback/inputs.ts
var inputs = __webpack_require__(3843);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/core/traffic/index.ts + 4 modules
var traffic = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/core/artifact/index.ts + 4 modules
var artifact = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/actions/rollback/main.ts





/**
 * Returns an environment to a version that was good there: finds it in ONE history query,
 * refuses a stale rollback, fetches and verifies the exact artifact, puts traffic back on
 * stable, redeploys through the same deploy-command contract, and records it all.
 */
async function rollback(settings, deps) {
    const started = Date.now();
    const { ctx } = deps;
    const client = deps.client();
    const env = settings.environment;
    const restoreTraffic = async () => {
        if (!settings.provider || settings.dryRun)
            return;
        // Fastest relief first, before any GitHub write: all traffic back on the stable version.
        await (0,traffic/* createProvider */.Qd)(settings.provider).setWeight(0);
        core/* info */.pq('Traffic restored: 0% to the canary');
    };
    let history;
    try {
        history = await (0,github/* readHistory */.Lu)(client, ctx, [env]);
    }
    catch (error) {
        // GitHub down must not keep users on a bad canary: traffic needs nothing from GitHub.
        if (error instanceof runtime/* ApiError */.hD && settings.provider && !settings.dryRun) {
            await restoreTraffic();
            core/* warning */.$e('GitHub could not be read, so nothing was redeployed or recorded; traffic is back on stable. Re-run the rollback once GitHub answers');
        }
        throw error;
    }
    const list = (history.deployments[env] ?? []).filter(github/* isGlidepath */.tO);
    const newest = list[0];
    // What is being rolled back: this run's own latest deployment when it made one (a step
    // with if: failure()), otherwise the environment's newest deployment (a manual rollback).
    const ours = list.find((d) => d.payload?.run_id === ctx.runId);
    let from = ours ?? newest;
    const unfinished = from?.payload?.rollback_of !== undefined && !from.states.includes('success') ? from : undefined;
    if (unfinished) {
        // An earlier rollback that never finished (cancelled, killed, failed): finish it, from what
        // it was rolling back. Its target is not what is live, and what it undid is not good.
        const undone = list.find((d) => d.id === unfinished.payload?.rollback_of);
        if (undone)
            from = undone;
        core/* info */.pq(`Finishing rollback deployment ${unfinished.id}, which did not complete: rolling back deployment ${undone?.id ?? '(not among the recent ones)'}`);
    }
    if (ours && newest && newest.id !== ours.id && !settings.force) {
        throw new runtime/* UserError */.yo(`Refusing a stale rollback: deployment ${newest.id} (${newest.payload?.version}, ${newest.payload?.run_url ?? 'another run'}) started after this run's deployment ${ours.id} to ${env}, so rolling back would undo it. Set force: true if that is what you want`);
    }
    const sameTarget = settings.to === 'previous' || (0,artifact/* isVersion */.lF)(ours?.payload?.version, settings.to);
    if (ours?.payload?.rollback_of !== undefined && (0,github/* isGood */.Kg)(ours) && sameTarget && !settings.dryRun) {
        // A re-run of a rollback that already finished (same target): the work is done.
        const undone = list.find((d) => d.id === ours.payload?.rollback_of);
        await restoreTraffic();
        core/* info */.pq(`This run already rolled ${env} back to ${ours.payload.version} (deployment ${ours.id}): nothing left to do`);
        const version = (d) => ({
            id: d.id,
            version: d.payload?.version ?? '',
            digest: d.payload?.digest ?? '',
        });
        return {
            from: undone ? version(undone) : null,
            to: {
                version: ours.payload.version ?? '',
                digest: ours.payload.digest ?? '',
                unproven: false,
            },
            deploymentId: ours.id,
            dryRun: false,
            trafficRestored: Boolean(settings.provider),
            seconds: (Date.now() - started) / 1000,
        };
    }
    let target;
    if (settings.to === 'previous') {
        const good = list.find((d) => (!from || d.id < from.id) && (0,github/* isGood */.Kg)(d) && d.payload?.digest !== from?.payload?.digest);
        if (!good) {
            throw new runtime/* UserError */.yo(`Nothing to roll back to in ${env}: no earlier deployment reached success with a different artifact${from ? ` than ${from.payload?.version}` : ''}. Give to: <version> with allow-unproven: true to deploy a version that never ran here`);
        }
        target = { payload: good.payload, id: good.id, unproven: false };
    }
    else {
        const wanted = settings.to;
        const proven = list.find((d) => (0,github/* isGood */.Kg)(d) && (0,artifact/* isVersion */.lF)(d.payload?.version, wanted));
        if (proven)
            target = { payload: proven.payload, id: proven.id, unproven: false };
        else if (settings.allowUnproven)
            target = { payload: await (0,github/* payloadFromRelease */.s8)(client, ctx, wanted), unproven: true };
        else
            throw new runtime/* UserError */.yo(`${wanted} never reached success in ${env}: pick a version that ran there, or set allow-unproven: true to deploy it anyway (its release must exist)`);
    }
    if (from && target.payload.digest === from.payload?.digest) {
        throw new runtime/* UserError */.yo(`${env} already runs ${target.payload.version} (${target.payload.digest.slice(0, 19)}…): nothing to roll back`);
    }
    await restoreTraffic();
    const archive = (0,runtime/* runnerTemp */.X5)('glidepath-rollback', (0,github/* safeSegment */.LX)(`${target.payload.version}`.slice(0, 64)), (0,github/* fetchedArchiveName */.JL)(target.payload.artifact));
    const archivePath = await (0,github/* fetchArtifact */.t2)(target.payload.artifact, target.payload.digest, archive, deps.client);
    core/* info */.pq(`Target ${target.payload.version} (${target.payload.digest}) fetched and verified`);
    const result = {
        from: from
            ? { id: from.id, version: from.payload?.version ?? '', digest: from.payload?.digest ?? '' }
            : null,
        to: {
            version: target.payload.version,
            digest: target.payload.digest,
            deploymentId: target.id,
            unproven: target.unproven,
        },
        deploymentId: null,
        dryRun: settings.dryRun,
        trafficRestored: Boolean(settings.provider) && !settings.dryRun,
        backup: target.payload.backup,
        seconds: 0,
    };
    if (settings.dryRun) {
        core/* info */.pq(`Dry run: would roll ${env} back from ${result.from?.version ?? 'nothing'} to ${target.payload.version}; nothing changed`);
        return { ...result, seconds: (Date.now() - started) / 1000 };
    }
    const payload = {
        ...target.payload,
        source_environment: null,
        ...(0,github/* runFields */.Fz)(ctx),
        approvers: [],
        previous_version: result.from?.version ?? null,
        ...(from ? { rollback_of: from.id } : {}),
        reason: settings.reason,
    };
    const id = await (0,github/* createDeployment */.Yy)(client, ctx, {
        ref: target.payload.commit || ctx.sha,
        environment: env,
        payload,
        description: `Rollback to ${target.payload.version}: ${settings.reason}`,
        production: from ? isProduction(from, env) : env === 'production',
    });
    result.deploymentId = id;
    try {
        await (0,github/* setStatus */.Lx)(client, ctx, id, 'in_progress', {
            description: `Rolling back to ${target.payload.version}`,
            autoInactive: false,
        });
        if (settings.deployCommand) {
            await core/* group */.Os('Deploy command', () => (0,runtime/* runUserCommandOrFail */.XK)(settings.deployCommand, {
                env: {
                    GLIDEPATH_VERSION: target.payload.version,
                    GLIDEPATH_DIGEST: target.payload.digest,
                    GLIDEPATH_ARTIFACT_PATH: archivePath,
                    GLIDEPATH_ENVIRONMENT: env,
                    GLIDEPATH_PREVIOUS_VERSION: result.from?.version ?? '',
                    ...(target.payload.backup ? { GLIDEPATH_BACKUP: target.payload.backup } : {}),
                },
                timeoutMs: settings.deployTimeoutMs,
                label: "The command in input 'deploy-command'",
                cwd: ctx.workspace,
                onSpawn: deps.onCommand,
            }).finally(() => deps.onCommand?.(undefined)));
        }
        await (0,github/* setStatus */.Lx)(client, ctx, id, 'success', {
            description: `Rolled back to ${target.payload.version}: ${settings.reason}`,
        });
    }
    catch (error) {
        await (0,github/* setStatus */.Lx)(client, ctx, id, 'failure', {
            description: `Rollback failed: ${error.message}`,
        }).catch(() => undefined);
        throw error;
    }
    if (from)
        await (0,github/* setStatus */.Lx)(client, ctx, from.id, 'failure', {
            description: `Rolled back to ${target.payload.version} by ${ctx.actor}: ${settings.reason}`,
            autoInactive: false,
        });
    return { ...result, seconds: (Date.now() - started) / 1000 };
}
function isProduction(d, env) {
    return env === 'production' || d.environment === 'production';
}
/** Outputs and the job summary: from → to, who, why, how long. */
async function report(settings, result) {
    core/* setOutput */.uH('rolled-back-to', result.to.version);
    core/* setOutput */.uH('rolled-back-from', result.from?.version ?? '');
    core/* setOutput */.uH('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
    const rows = [
        ['Environment', settings.environment],
        ['From', result.from ? `\`${result.from.version}\` (deployment ${result.from.id})` : '—'],
        [
            'To',
            `\`${result.to.version}\` \`${result.to.digest}\`${result.to.unproven ? ' ⚠️ never ran here (allow-unproven)' : ''}`,
        ],
        ['Who', process.env.GITHUB_ACTOR ?? ''],
        ['Why', settings.reason],
        [
            'Traffic',
            result.trafficRestored
                ? 'restored to stable'
                : settings.provider
                    ? 'not changed'
                    : 'no provider configured',
        ],
        ['Data backup of the target', result.backup ?? '—'],
        ['Deployment', result.deploymentId === null ? 'none (dry run)' : String(result.deploymentId)],
        ['Took', (0,runtime/* formatDuration */.a3)(result.seconds * 1000)],
    ];
    const title = result.dryRun
        ? `🔍 Glidepath rollback plan (dry run): ${settings.environment}`
        : `⏪ Glidepath rollback: ${settings.environment} ${result.from?.version ?? ''} → ${result.to.version}`;
    await (0,runtime/* writeSummary */.Sy)(`### ${title}\n\n${(0,runtime/* table */.tp)(['', ''], rows)}`);
}

;// CONCATENATED MODULE: ./src/actions/rollback/index.ts





/**
 * Entry point: validate every input, then roll back with a lazily built GitHub client. If the
 * runner cancels or kills it mid-way, the post step finishes the urgent part (traffic back on
 * stable) and closes the records; after an ordinary error it only checks the records.
 */
async function run() {
    await (0,runtime/* runMain */.VN)('rollback', (h) => (0,recovery/* withOpenWork */.iK)(() => ({ ctx: h.context(), settings: (0,inputs/* readSettings */.s)(h.inputs) }), ({ settings }) => settings.dryRun
        ? 'dry run'
        : { environment: settings.environment, provider: settings.provider }, async ({ ctx, settings }, onCommand) => {
        const result = await rollback(settings, {
            ctx,
            client: (0,github/* lazyClient */.qW)(settings.token),
            onCommand,
        });
        await report(settings, result);
    }));
}


/***/ }),

/***/ 3843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readTraffic),
/* harmony export */   s: () => (/* binding */ readSettings)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9787);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9545);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9142);



/** Reads and checks every input before anything is read from or written to GitHub. */
function readSettings(inputs) {
    const environment = inputs.required('environment');
    if (!_core_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ENVIRONMENT_NAME */ .YR.test(environment))
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('environment', `is '${environment}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
    const toText = inputs.string('to') ?? 'previous';
    const to = toText === 'previous' ? 'previous' : inputs.semver('to');
    return {
        environment,
        to,
        reason: inputs.string('reason', { maxLength: 1000 }) ?? 'no reason given',
        deployCommand: inputs.string('deploy-command'),
        deployTimeoutMs: inputs.duration('deploy-timeout', {
            min: 1000,
            max: 6 * 3_600_000,
            fallback: 30 * 60_000,
        }),
        provider: readTraffic(inputs),
        force: inputs.boolean('force', false),
        allowUnproven: inputs.boolean('allow-unproven', false),
        dryRun: inputs.boolean('dry-run', false),
        token: inputs.secret('token', { required: true }),
    };
}
/** The traffic provider to restore, if one is configured (the embedded router's default needs its URL). */
function readTraffic(inputs) {
    const wanted = inputs.string('provider') !== undefined &&
        (inputs.string('provider') !== 'embedded' || inputs.string('router-url') !== undefined);
    return wanted ? (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readProvider */ .WE)(inputs) : undefined;
}


/***/ }),

/***/ 585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ni: () => (/* reexport */ finishOpenWork),
  iK: () => (/* reexport */ withOpenWork)
});

// UNUSED EXPORTS: closeUnfinished, closeWork, failWork, openWork, updateWork

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(9787);
// EXTERNAL MODULE: ./src/core/handoff/index.ts
var handoff = __webpack_require__(1450);
// EXTERNAL MODULE: ./src/core/github/index.ts + 4 modules
var github = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/core/traffic/index.ts + 4 modules
var traffic = __webpack_require__(9142);
;// CONCATENATED MODULE: ./src/core/recovery/open-work.ts





const KEY = 'glidepath-open-work';
let current = { active: false };
/** Records that work on `environment` has started (saved at once: a kill can come any moment). */
function openWork(work) {
    current = { ...work, active: true };
    (0,handoff/* saveHandoff */.U6)(KEY, current);
}
function updateWork(patch) {
    if (!current.active)
        return;
    current = { ...current, ...patch };
    (0,handoff/* saveHandoff */.U6)(KEY, current);
}
/** Main finished and closed its own records: nothing for the post step to do. */
function closeWork() {
    current = { active: false };
    (0,handoff/* saveHandoff */.U6)(KEY, current);
}
/**
 * Main ended with an error: nothing of it runs any more and traffic is where main left it on
 * purpose, but if its own failure record did not land (GitHub down), the post step tries again.
 */
function failWork() {
    updateWork({ commandPid: undefined, provider: undefined, failed: true });
}
/**
 * Runs a main step that writes deployments with its post step kept informed: bad input (a throw
 * from `read`) and a dry run leave nothing open; until `body` succeeds, the post step knows what
 * to stop and close; an error tells it main failed rather than was killed.
 */
async function withOpenWork(read, what, body) {
    let settings;
    try {
        settings = read();
    }
    catch (error) {
        closeWork();
        throw error;
    }
    const work = what(settings);
    if (work === 'dry run')
        closeWork();
    else
        openWork(work);
    try {
        await body(settings, (pid) => updateWork({ commandPid: pid }));
        closeWork();
    }
    catch (error) {
        failWork();
        throw error;
    }
}
/**
 * Marks failure every deployment this run attempt made to `environment` that has no final
 * status yet (in_progress, queued, pending, or none at all when the kill came mid-create).
 */
async function closeUnfinished(client, ctx, environment, description) {
    const history = await (0,github/* readHistory */.Lu)(client, ctx, [environment]);
    const ours = (history.deployments[environment] ?? []).filter((d) => (0,github/* isGlidepath */.tO)(d) && d.payload.run_id === ctx.runId && d.payload.run_attempt === ctx.runAttempt);
    const open = ours.filter((d) => d.latestState === null || (0,github/* running */.yk)([d]).length > 0);
    for (const d of open)
        await (0,github/* setStatus */.Lx)(client, ctx, d.id, 'failure', { description, autoInactive: false });
    return open.map((d) => d.id);
}
/**
 * The post step of promote-environment and rollback. `trafficFromInputs` is for a main stopped
 * before it saved anything (killed while starting): a rollback still owes its traffic restore.
 */
async function finishOpenWork(action, trafficFromInputs) {
    await (0,runtime/* runPost */.a2)(action, async (h) => {
        const work = (0,handoff/* loadHandoff */.vj)(KEY);
        if (!work) {
            const provider = trafficFromInputs?.();
            if (!provider)
                return core/* info */.pq(`${action} post: main did not start its work, nothing to do`);
            core/* warning */.$e(`${action} post: main was stopped before it started; restoring all traffic to stable`);
            await (0,traffic/* createProvider */.Qd)(provider).setWeight(0);
            return core/* info */.pq('Stable traffic restored');
        }
        if (!work.active) {
            core/* info */.pq(`${action} post: main finished, nothing left open`);
            return;
        }
        if (work.failed)
            core/* info */.pq(`${action} post: main failed; checking that it left no deployment open`);
        else
            core/* warning */.$e(`${action} post: main did not finish; stopping what it left running and closing its records`);
        if (work.commandPid)
            (0,runtime/* killGroup */.i0)(work.commandPid, 'SIGTERM');
        if (work.provider) {
            await (0,traffic/* createProvider */.Qd)(work.provider).setWeight(0);
            core/* info */.pq('Stable traffic restored');
        }
        if (!work.environment)
            return;
        const token = h.inputs.secret('token') ?? '';
        const closed = await closeUnfinished((0,github/* createClient */.UU)(token), h.context(), work.environment, `failure: the job stopped before ${action} finished; closed by its post step`);
        core/* info */.pq(closed.length
            ? `Deployment ${closed.join(', ')} marked failure`
            : 'No deployment of this run attempt was left open');
    });
}

;// CONCATENATED MODULE: ./src/core/recovery/index.ts
// The public face of core/recovery: everything outside this folder imports from here.



/***/ })

};

export const id = 5351;
export const ids = [5351];
export const modules = {

/***/ 33031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41691);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73495);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(85254);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(28428);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22327);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9773);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60954);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58003);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12354);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59370);




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
        await (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(settings.provider).setWeight(0);
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('Traffic restored: 0% to the canary');
    };
    let history;
    try {
        history = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(client, ctx, [env]);
    }
    catch (error) {
        // GitHub down must not keep users on a bad canary: traffic needs nothing from GitHub.
        if (error instanceof _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD && settings.provider && !settings.dryRun) {
            await restoreTraffic();
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e('GitHub could not be read, so nothing was redeployed or recorded; traffic is back on stable. Re-run the rollback once GitHub answers');
        }
        throw error;
    }
    // Only the service being rolled back: another service's newer deployment to a shared
    // environment is neither what is rolled back nor a reason to call this rollback stale.
    const list = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ofArtifact */ .Sd)((history.deployments[env] ?? []).filter(_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlidepath */ .tO), env, settings.artifactName, ctx.runId);
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
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Finishing rollback deployment ${unfinished.id}, which did not complete: rolling back deployment ${undone?.id ?? '(not among the recent ones)'}`);
    }
    if (settings.ifDigest && from?.payload?.digest !== settings.ifDigest) {
        // A region of a wave that never took the bad artifact (or was already rolled back): left alone.
        const skipped = `${env} is not on ${settings.ifDigest.slice(0, 19)}… (its newest deployment is ${from?.payload?.version ?? 'none'}): nothing to roll back`;
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(skipped);
        return {
            from: null,
            to: { version: '', digest: '', unproven: false },
            deploymentId: null,
            dryRun: settings.dryRun,
            trafficRestored: false,
            skipped,
            seconds: (Date.now() - started) / 1000,
        };
    }
    if (ours && newest && newest.id !== ours.id && !settings.force) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Refusing a stale rollback: deployment ${newest.id} (${newest.payload?.version}, ${newest.payload?.run_url ?? 'another run'}) started after this run's deployment ${ours.id} to ${env}, so rolling back would undo it. Set force: true if that is what you want`);
    }
    const sameTarget = settings.to === 'previous' || (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isVersion */ .lF)(ours?.payload?.version, settings.to);
    if (ours?.payload?.rollback_of !== undefined && (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGood */ .Kg)(ours) && sameTarget && !settings.dryRun) {
        // A re-run of a rollback that already finished (same target): the work is done.
        const undone = list.find((d) => d.id === ours.payload?.rollback_of);
        await restoreTraffic();
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`This run already rolled ${env} back to ${ours.payload.version} (deployment ${ours.id}): nothing left to do`);
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
        const good = list.find((d) => (!from || d.id < from.id) && (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGood */ .Kg)(d) && d.payload?.digest !== from?.payload?.digest);
        if (!good) {
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Nothing to roll back to in ${env}: no earlier deployment reached success with a different artifact${from ? ` than ${from.payload?.version}` : ''}. Give to: <version> with allow-unproven: true to deploy a version that never ran here`);
        }
        target = { payload: good.payload, id: good.id, unproven: false };
    }
    else {
        const wanted = settings.to;
        const proven = list.find((d) => (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGood */ .Kg)(d) && (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isVersion */ .lF)(d.payload?.version, wanted));
        if (proven)
            target = { payload: proven.payload, id: proven.id, unproven: false };
        else if (settings.allowUnproven)
            target = { payload: await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_5__/* .payloadFromRelease */ .s8)(client, ctx, wanted), unproven: true };
        else
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${wanted} never reached success in ${env}: pick a version that ran there, or set allow-unproven: true to deploy it anyway (its release must exist)`);
    }
    if (from && target.payload.digest === from.payload?.digest) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${env} already runs ${target.payload.version} (${target.payload.digest.slice(0, 19)}…): nothing to roll back`);
    }
    // The version returned to must have been built by this repository's workflow: checked before
    // anything is written or redeployed. A refusal still puts traffic back on stable (what users
    // ran before the canary, no new bytes), as when GitHub cannot be read: never left on a canary.
    let attestation;
    if (settings.requireAttestation) {
        const { checkAttestation } = await Promise.all(/* import() */[__webpack_require__.e(9245), __webpack_require__.e(5869)]).then(__webpack_require__.bind(__webpack_require__, 65869));
        try {
            attestation = await checkAttestation(client, ctx, target.payload, settings.attestationSigners);
        }
        catch (error) {
            if (settings.provider && !settings.dryRun) {
                await restoreTraffic();
                _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Traffic is back on stable; ${target.payload.version} was not redeployed and nothing was recorded`);
            }
            throw error;
        }
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Attestation verified: ${target.payload.digest} was built by ${attestation.signer_workflow} at ${attestation.commit}`);
    }
    await restoreTraffic();
    const archive = (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .runnerTemp */ .X)('glidepath-rollback', (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_7__/* .safeSegment */ .LX)(`${target.payload.version}`.slice(0, 64)), (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchedArchiveName */ .JL)(target.payload.artifact));
    const archivePath = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchArtifact */ .t2)(target.payload.artifact, target.payload.digest, archive, deps.client);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Target ${target.payload.version} (${target.payload.digest}) fetched and verified`);
    const result = {
        from: from
            ? { id: from.id, version: from.payload?.version ?? '', digest: from.payload?.digest ?? '' }
            : null,
        to: {
            version: target.payload.version,
            digest: target.payload.digest,
            deploymentId: target.id,
            unproven: target.unproven,
            stored: (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_7__/* .describeStore */ .Fk)(target.payload.artifact),
            attestation,
        },
        deploymentId: null,
        dryRun: settings.dryRun,
        trafficRestored: Boolean(settings.provider) && !settings.dryRun,
        backup: target.payload.backup,
        seconds: 0,
    };
    if (settings.dryRun) {
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Dry run: would roll ${env} back from ${result.from?.version ?? 'nothing'} to ${target.payload.version}; nothing changed`);
        return { ...result, seconds: (Date.now() - started) / 1000 };
    }
    const payload = {
        ...target.payload,
        source_environment: null,
        ...(0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_5__/* .runFields */ .Fz)(ctx),
        approvers: [],
        previous_version: result.from?.version ?? null,
        ...(from ? { rollback_of: from.id } : {}),
        reason: settings.reason,
        // Only what this run verified: an older record is not carried over as if checked now.
        attestation,
    };
    const id = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_8__/* .createDeployment */ .Yy)(client, ctx, {
        ref: target.payload.commit || ctx.sha,
        environment: env,
        payload,
        description: `Rollback to ${target.payload.version}: ${settings.reason}`,
        production: from ? isProduction(from, env) : env === 'production',
    });
    result.deploymentId = id;
    try {
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_8__/* .setStatus */ .Lx)(client, ctx, id, 'in_progress', {
            description: `Rolling back to ${target.payload.version}`,
            autoInactive: false,
        });
        if (settings.deployCommand) {
            await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os('Deploy command', () => (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .runUserCommandOrFail */ .XK)(settings.deployCommand, {
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
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_8__/* .setStatus */ .Lx)(client, ctx, id, 'success', {
            description: `Rolled back to ${target.payload.version}: ${settings.reason}`,
        });
    }
    catch (error) {
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_8__/* .setStatus */ .Lx)(client, ctx, id, 'failure', {
            description: `Rollback failed: ${error.message}`,
        }).catch(() => undefined);
        throw error;
    }
    if (from)
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_8__/* .setStatus */ .Lx)(client, ctx, from.id, 'failure', {
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
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('rolled-back-to', result.to.version);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('rolled-back-from', result.from?.version ?? '');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
    const rows = [
        ['Environment', settings.environment],
        ['From', result.from ? `\`${result.from.version}\` (deployment ${result.from.id})` : '—'],
        [
            'To',
            `\`${result.to.version}\` \`${result.to.digest}\`${result.to.unproven ? ' ⚠️ never ran here (allow-unproven)' : ''}`,
        ],
        ['Stored', result.to.stored ?? '—'],
        ['Attestation', (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_5__/* .attestationText */ .an)(result.to.attestation)],
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
        ['Took', (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(result.seconds * 1000)],
    ];
    if (result.skipped) {
        await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_11__/* .writeSummary */ .Sy)(`### ⏭️ Glidepath rollback: ${settings.environment} left alone\n\n${result.skipped}\n`);
        return;
    }
    const title = result.dryRun
        ? `🔍 Glidepath rollback plan (dry run): ${settings.environment}`
        : `⏪ Glidepath rollback: ${settings.environment} ${result.from?.version ?? ''} → ${result.to.version}`;
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_11__/* .writeSummary */ .Sy)(`### ${title}\n\n${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_11__/* .table */ .tp)(['', ''], rows)}`);
}


/***/ }),

/***/ 7678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);


/** Runs git with an argument vector (never through a shell) and returns its trimmed stdout. */
async function git(args, cwd, options = {}) {
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', args, { cwd, silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0) {
        if (options.allowFailure)
            return '';
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git ${args[0]} failed in '${cwd}': ${result.stderr.trim().split('\n')[0] ?? 'no message'}`);
    }
    return result.stdout.trim();
}


/***/ }),

/***/ 59370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   uV: () => (/* binding */ autoVersion)
/* harmony export */ });
/* unused harmony exports bumpFor, latestReleaseTag, computeAutoVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45649);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7678);



/**
 * The bump a set of Conventional Commits asks for: `feat` → minor, `fix` (and anything else) →
 * patch, `!` after the type or a `BREAKING CHANGE:` footer → major.
 */
function bumpFor(messages) {
    let bump = 'patch';
    for (const message of messages) {
        const header = message.split('\n', 1)[0] ?? '';
        const match = /^(\w+)(?:\([^)]*\))?(!)?:\s/.exec(header);
        if (match?.[2] || /^BREAKING[ -]CHANGE:/m.test(message))
            return 'major';
        if (match?.[1]?.toLowerCase() === 'feat')
            bump = 'minor';
    }
    return bump;
}
/** Picks the latest `vX.Y.Z` release tag (prereleases are not a base to bump from). */
function latestReleaseTag(tags) {
    let best;
    for (const tag of tags) {
        if (!/^v\d/.test(tag))
            continue;
        const version = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag.slice(1));
        if (!version || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version))
            continue;
        if (!best || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(version, best.version))
            best = { tag, version };
    }
    return best;
}
/** `auto`: the latest release tag plus the bump its commits ask for; `-rc.N` off the default branch; `+sha`. */
function computeAutoVersion(input) {
    const headVersion = input.headTag ? semver__WEBPACK_IMPORTED_MODULE_0___default().valid(input.headTag.replace(/^v/, '')) : null;
    if (headVersion)
        return `${headVersion}+${input.shortSha}`;
    const base = latestReleaseTag(input.tags)?.version ?? '0.0.0';
    const next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(base, bumpFor(input.messages));
    const pre = input.onDefaultBranch ? '' : `-rc.${input.runNumber}`;
    return `${next}${pre}+${input.shortSha}`;
}
/** Reads tags and commits with git and computes the `auto` version for HEAD. */
async function autoVersion(cwd, info) {
    if ((await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['rev-parse', '--is-inside-work-tree'], cwd, { allowFailure: true })) !== 'true') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('version', "is 'auto', but the working directory is not a git checkout", 'run actions/checkout first, or give an explicit semantic version');
    }
    if ((await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['rev-parse', '--is-shallow-repository'], cwd)) === 'true') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('version', "is 'auto', but the checkout is shallow, so tags and history are missing", 'set `fetch-depth: 0` on actions/checkout, or give an explicit semantic version');
    }
    const tags = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['tag', '--merged', 'HEAD', '--list', 'v*'], cwd))
        .split('\n')
        .filter(Boolean);
    const headTags = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['tag', '--points-at', 'HEAD', '--list', 'v*'], cwd))
        .split('\n')
        .filter(Boolean);
    const latest = latestReleaseTag(tags);
    const range = latest ? [`${latest.tag}..HEAD`] : ['HEAD'];
    const log = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['log', '--format=%B%x1e', ...range], cwd);
    const messages = log
        .split('\x1e')
        .map((m) => m.trim())
        .filter(Boolean);
    const shortSha = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['rev-parse', '--short=7', 'HEAD'], cwd);
    const branch = info.ref.startsWith('refs/heads/')
        ? info.ref.slice('refs/heads/'.length)
        : undefined;
    const tagRef = info.ref.startsWith('refs/tags/')
        ? info.ref.slice('refs/tags/'.length)
        : undefined;
    const headTag = latestReleaseTag(headTags)?.tag ??
        (tagRef && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tagRef.replace(/^v/, '')) ? tagRef : undefined);
    const onDefaultBranch = branch !== undefined && branch === (info.defaultBranch ?? branch);
    if (!/^[0-9a-f]{7,}$/.test(shortSha))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('git could not name the HEAD commit');
    return computeAutoVersion({
        tags,
        messages,
        headTag,
        onDefaultBranch,
        runNumber: info.runNumber,
        shortSha,
    });
}
/**
 * True when `recorded` is the version a user named: the same, or the same plus build metadata
 * (a build recorded as 1.2.0+abc123 is what "1.2.0" names; semver ignores build metadata too).
 */
function isVersion(recorded, wanted) {
    return recorded !== undefined && (recorded === wanted || recorded.split('+')[0] === wanted);
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

/***/ 22327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ isGood),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   RJ: () => (/* binding */ readApprovals),
/* harmony export */   Sd: () => (/* binding */ ofArtifact),
/* harmony export */   bz: () => (/* binding */ teamPartial),
/* harmony export */   mC: () => (/* binding */ lastGood),
/* harmony export */   rD: () => (/* binding */ HISTORY_DEPTH),
/* harmony export */   tO: () => (/* binding */ isGlidepath),
/* harmony export */   yk: () => (/* binding */ running)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24332);


/** How many recent deployments per environment one history query reads. */
const HISTORY_DEPTH = 30;
/**
 * One aliased `deployments` connection per environment (so a busy environment cannot crowd out
 * another's history), each with its statuses, plus one environment's protection rules.
 */
function historyQuery(count) {
    const vars = Array.from({ length: count }, (_, i) => `$env${i}: String!`).join(', ');
    const fields = Array.from({ length: count }, (_, i) => `    e${i}: deployments(environments: [$env${i}], first: $first, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { ...GlidepathDeployment } }`).join('\n');
    return `query GlidepathHistory($owner: String!, $repo: String!, ${vars}, $first: Int!, $protected: String!, $withProtection: Boolean!) {
  repository(owner: $owner, name: $repo) {
${fields}
    environment(name: $protected) @include(if: $withProtection) {
      name
      protectionRules(first: 10) {
        nodes {
          type
          timeout
          reviewers(first: 10) { nodes { __typename ... on User { login } ... on Team { slug } } }
        }
      }
    }
  }
}
fragment GlidepathDeployment on Deployment {
  databaseId
  environment
  createdAt
  commitOid
  payload
  latestStatus { state description }
  statuses(first: 100) { nodes { state } }
}`;
}
/**
 * Reads the recent deployments of the given environments, each with its statuses, and the
 * protection rules of one environment, in ONE GraphQL request: the REST way costs a list call
 * plus a statuses call per deployment, and the repository's budget is 1,000 requests an hour.
 */
async function readHistory(client, ctx, environments, protectedEnvironment) {
    let data;
    try {
        data = await client.graphql(historyQuery(environments.length), {
            owner: ctx.owner,
            repo: ctx.repo,
            ...Object.fromEntries(environments.map((e, i) => [`env${i}`, e])),
            first: HISTORY_DEPTH,
            protected: protectedEnvironment ?? '',
            withProtection: protectedEnvironment !== undefined,
        });
    }
    catch (error) {
        const partial = teamPartial(error);
        if (!partial)
            return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .explainPermission */ .zi)(error, 'deployments: read', 'read the deployment history');
        data = partial;
    }
    if (!data.repository)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Repository ${ctx.owner}/${ctx.repo} was not found with this token`);
    const deployments = Object.fromEntries(environments.map((e) => [e, []]));
    const nodes = environments.flatMap((_, i) => data.repository[`e${i}`]?.nodes ?? []);
    for (const node of nodes) {
        const view = {
            id: node.databaseId,
            environment: node.environment,
            createdAt: node.createdAt,
            commit: node.commitOid,
            payload: parsePayload(node.payload),
            latestState: node.latestStatus
                ? node.latestStatus.state.toLowerCase()
                : null,
            latestDescription: node.latestStatus?.description ?? '',
            states: node.statuses.nodes.map((s) => s.state.toLowerCase()),
        };
        (deployments[node.environment] ??= []).push(view);
    }
    let protection;
    if (protectedEnvironment !== undefined) {
        const env = data.repository.environment;
        const rules = env?.protectionRules.nodes ?? [];
        protection = {
            exists: Boolean(env),
            requiredReviewers: rules
                .filter((r) => r.type === 'REQUIRED_REVIEWERS')
                .flatMap((r) => r.reviewers.nodes.map((n) => 
            // null: a team the token may not read (its slug is unknown, the rule is real).
            n === null ? 'team:(unreadable)' : (n.login ?? `team:${n.slug ?? '(unreadable)'}`))),
            waitTimerMinutes: rules.find((r) => r.type === 'WAIT_TIMER')?.timeout ?? 0,
        };
    }
    return { deployments, protection };
}
/**
 * GITHUB_TOKEN cannot read an organization's teams: GitHub answers the history with a FORBIDDEN
 * error on each Team reviewer node (null in the data) and Octokit's graphql() throws on any
 * `errors`. When every error is that one, the answer is a partial result to use (the rule exists;
 * the team's slug is unknown), never an outage. Anything else: undefined (the caller's error path).
 */
function teamPartial(error) {
    if (!(error instanceof Error) || error.name !== 'GraphqlResponseError')
        return undefined;
    const { errors, data } = error;
    if (!data || !Array.isArray(errors) || errors.length === 0)
        return undefined;
    const onReviewer = (e) => e.type === 'FORBIDDEN' &&
        Array.isArray(e.path) &&
        e.path.includes('reviewers') &&
        typeof e.path.at(-1) === 'number';
    return errors.every(onReviewer) ? data : undefined;
}
function parsePayload(text) {
    if (!text)
        return null;
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : null;
    }
    catch {
        return null;
    }
}
/**
 * A deployment is good when it reached success and was not later marked failed (a rollback
 * marks the version it undoes as failure). Its latest status is usually inactive: GitHub
 * deactivates older deployments, so "latest status is success" is the wrong test.
 */
function isGood(d) {
    return d.states.includes('success') && d.latestState !== 'failure' && d.latestState !== 'error';
}
/**
 * True for deployments Glidepath made (their payload says `glidepath: 1`): the records GitHub
 * makes for jobs with `environment:` carry no payload and are never read as Glidepath's.
 */
function isGlidepath(d) {
    return d.payload?.glidepath === 1;
}
/**
 * One service's deployments among an environment's Glidepath deployments (newest first), where
 * several services (artifact names) deploy to one environment. The service is `wanted` (the
 * artifact-name input), else the one this run deployed there; with neither, a history that holds
 * more than one artifact name is refused, so a rollback or a canary never acts on another
 * service's deployment.
 */
function ofArtifact(list, environment, wanted, runId) {
    const names = [...new Set(list.map((d) => d.payload?.name).filter((n) => n !== undefined))];
    const name = wanted ?? list.find((d) => d.payload?.run_id === runId)?.payload?.name;
    if (name === undefined) {
        if (names.length > 1)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('artifact-name', `is not set, and the recent deployments of ${environment} are of ${names.length} artifacts (${names.join(', ')})`, 'set it to the one to act on (its build-artifact name)');
        return list;
    }
    const own = list.filter((d) => d.payload?.name === name);
    if (wanted !== undefined && own.length === 0 && list.length > 0)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('artifact-name', `is '${wanted}', but no recent deployment of ${environment} is of it`, `use one of ${names.join(', ')}`);
    return own;
}
/** The newest good deployment of a list (newest first) made by Glidepath (of `artifact`, when given). */
function lastGood(list, artifact) {
    return list?.find((d) => isGood(d) &&
        isGlidepath(d) &&
        typeof d.payload.digest === 'string' &&
        (artifact === undefined || d.payload.name === artifact));
}
/** Deployments still running (another promotion in progress). */
function running(list) {
    return (list ?? []).filter((d) => d.latestState === 'in_progress' || d.latestState === 'queued' || d.latestState === 'pending');
}
/** Reads who approved this run's deployment to `environment`, with their comments. */
async function readApprovals(client, ctx, environment) {
    try {
        const { data } = await client.rest.actions.getReviewsForRun({
            owner: ctx.owner,
            repo: ctx.repo,
            run_id: ctx.runId,
        });
        return data
            .filter((a) => a.environments.some((e) => e.name?.toLowerCase() === environment.toLowerCase()))
            .map((a) => ({ user: a.user.login, state: a.state, comment: a.comment ?? '' }));
    }
    catch (error) {
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .explainPermission */ .zi)(error, 'actions: read', `read the approvals of run ${ctx.runId}`);
    }
}


/***/ }),

/***/ 9773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ runFields),
/* harmony export */   an: () => (/* binding */ attestationText),
/* harmony export */   s8: () => (/* binding */ payloadFromRelease)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24332);


/** One summary cell for a verified attestation (or 'not required'). */
function attestationText(a) {
    if (!a)
        return 'not required';
    const log = a.log_index === undefined ? '' : `, Rekor log index ${a.log_index}`;
    return `✅ signed by \`${a.signer_workflow}\` at commit \`${a.commit.slice(0, 12)}\` (${a.predicate_type}${log})`;
}
/** The fields every Glidepath payload carries about the run that wrote it. */
function runFields(ctx) {
    return { run_id: ctx.runId, run_attempt: ctx.runAttempt, run_url: ctx.runUrl, actor: ctx.actor };
}
/** A version's manifest from its GitHub Release (`v<version>`), as a payload to deploy it from: for a version no deployment records yet. */
async function payloadFromRelease(client, ctx, version) {
    let release;
    try {
        release = (await client.rest.repos.getReleaseByTag({
            owner: ctx.owner,
            repo: ctx.repo,
            tag: `v${version}`,
        })).data;
    }
    catch (error) {
        if (error.status === 404)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No release v${version} exists, so ${version} cannot be found: build it with storage: release first`);
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'contents: read', `read release v${version}`);
    }
    const manifestAsset = release.assets.find((a) => a.name.endsWith('.manifest.json'));
    if (!manifestAsset)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Release v${version} has no Glidepath manifest asset`);
    const raw = await client
        .request(`GET ${manifestAsset.url}`, { headers: { accept: 'application/octet-stream' } })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'contents: read', `download the manifest of release v${version}`));
    const manifest = JSON.parse(Buffer.from(raw.data).toString('utf8'));
    const archiveAsset = release.assets.find((a) => a.name === manifest.archive);
    if (!archiveAsset)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Release v${version} has no asset '${manifest.archive}', the archive its manifest names`);
    return {
        glidepath: 1,
        name: manifest.name,
        version: manifest.version,
        digest: manifest.digest,
        artifact: {
            storage: 'release',
            url: archiveAsset.browser_download_url,
            assetUrl: archiveAsset.url,
            tag: release.tag_name,
            releaseId: release.id,
            archive: archiveAsset.name,
            manifest: manifestAsset.name,
            immutable: release.immutable === true,
        },
        commit: manifest.commit,
        source_environment: null,
        ...runFields(ctx),
        approvers: [],
    };
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

/***/ 28428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);

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
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)(markdown);
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

/***/ 93189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ stickyProvider),
/* harmony export */   RC: () => (/* binding */ stickyText),
/* harmony export */   pD: () => (/* binding */ parseSticky)
/* harmony export */ });
/* unused harmony export readSticky */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);

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
/** Parses a sticky text written by stickyText (settings saved for the post step). */
function parseSticky(text) {
    if (text === 'address' || text === 'targeting-key')
        return { kind: text };
    const [kind, name = ''] = text.split(':');
    return { kind: kind === 'header' ? 'header' : 'cookie', name };
}


/***/ })

};

export const id = 56;
export const ids = [56,762,381];
export const modules = {

/***/ 3031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5649);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1691);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3495);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5254);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6047);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2327);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9773);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(954);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8003);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2073);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9370);




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
    const list = (history.deployments[env] ?? []).filter(_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlidepath */ .tO);
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
        const { checkAttestation } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 4153));
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
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5649);


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

/***/ 2762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gm: () => (/* binding */ archiveFileName),
/* harmony export */   V6: () => (/* binding */ manifestFileName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

// File names and paths of an artifact: kept apart from the archive writer and the manifest's
// digests so that the actions' inputs can check names without loading zlib, tar or crypto.
/**
 * `app-1.2.3_abc1234.tar.gz`: characters GitHub would rename in a release asset name (`+`
 * among them) become `_`, so the name is the same on disk, in a directory store and in a release.
 */
function archiveFileName(name, version) {
    return `${`${name}-${version}`.replace(/[^A-Za-z0-9._-]/g, '_')}.tar.gz`;
}
function manifestFileName(archive) {
    return archive.replace(/\.tar\.gz$/, '') + '.manifest.json';
}
/** True when `candidate` is `root` or lies under it. */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}


/***/ }),

/***/ 9370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   uV: () => (/* binding */ autoVersion)
/* harmony export */ });
/* unused harmony exports bumpFor, latestReleaseTag, computeAutoVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5649);
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

/***/ 8003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ setStatus),
/* harmony export */   MC: () => (/* binding */ clip140),
/* harmony export */   Yy: () => (/* binding */ createDeployment)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4332);



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

/***/ 2327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ isGood),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   RJ: () => (/* binding */ readApprovals),
/* harmony export */   bz: () => (/* binding */ teamPartial),
/* harmony export */   mC: () => (/* binding */ lastGood),
/* harmony export */   rD: () => (/* binding */ HISTORY_DEPTH),
/* harmony export */   tO: () => (/* binding */ isGlidepath),
/* harmony export */   yk: () => (/* binding */ running)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4332);


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
/** The newest good deployment of a list (newest first) made by Glidepath. */
function lastGood(list) {
    return list?.find((d) => isGood(d) && isGlidepath(d) && typeof d.payload.digest === 'string');
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
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4332);


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

/***/ 3495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XK: () => (/* binding */ runUserCommandOrFail),
/* harmony export */   i0: () => (/* binding */ killGroup)
/* harmony export */ });
/* unused harmony exports isActionOnlyVariable, runUserCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5649);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5254);



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

/***/ 6047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2072);

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

/***/ 1691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ runnerTemp),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(), ...parts);
}


/***/ }),

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ EmbeddedProvider),
/* harmony export */   N: () => (/* binding */ EmbeddedPool)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5649);

// The embedded router (tools/router), through its admin API: the canary weight and match header,
// and its pool of named targets.
/** The embedded router's admin API. */
class EmbeddedProvider {
    admin;
    sticky;
    name = 'embedded';
    stickySet = false;
    /** `sticky` (experiments): the router splits by a hash of it, set before the first weight. */
    constructor(admin, sticky) {
        this.admin = admin;
        this.sticky = sticky;
    }
    describe() {
        return `embedded router at ${this.admin.origin}${this.sticky ? ` (sticky by ${this.sticky})` : ''}`;
    }
    async setWeight(weight) {
        if (this.sticky && !this.stickySet) {
            await this.setSticky(this.sticky);
            this.stickySet = true;
        }
        await routerCall(this.admin, 'PUT', 'weight', { weight });
    }
    async setMatchHeader(header) {
        await routerCall(this.admin, 'PUT', 'match-header', { matchHeader: header });
    }
    /** Experiments: split by a hash of `cookie:<name>`, `header:<name>` or `address` (null: round-robin). */
    async setSticky(sticky) {
        await routerCall(this.admin, 'PUT', 'sticky', { sticky });
    }
}
/** One request to the embedded router's admin API; its answer, parsed. */
async function routerCall(admin, method, what, body) {
    let response;
    try {
        response = await fetch(new URL(what, admin.href.endsWith('/') ? admin : `${admin.href}/`), {
            method,
            headers: { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(5000),
        });
    }
    catch (error) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The embedded router at ${admin.origin} did not answer (${error.cause?.code ?? error.message}): check router-url`);
    }
    if (!response.ok)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The embedded router refused ${method} ${what}: ${await response.text()}`);
    return (await response.json());
}
/** The embedded router's pool of named targets (GET /pool, PUT /pool/<name>). */
class EmbeddedPool {
    admin;
    constructor(admin) {
        this.admin = admin;
    }
    describe() {
        return `embedded router pool at ${this.admin.origin}`;
    }
    async list() {
        const { servers } = await routerCall(this.admin, 'GET', 'pool');
        return servers.map((t) => ({
            name: t.name,
            address: t.address,
            state: t.state,
            sessions: t.active,
        }));
    }
    async set(names, state) {
        for (const name of names)
            await routerCall(this.admin, 'PUT', `pool/${encodeURIComponent(name)}`, { state });
    }
}


/***/ }),

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aI: () => (/* binding */ HaproxyPool),
/* harmony export */   hF: () => (/* binding */ HaproxyProvider)
/* harmony export */ });
/* unused harmony export haproxyCommand */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5649);


// HAProxy, through its runtime API: server weights for a canary, server states for a pool.
/**
 * HAProxy's runtime API over its stats socket: `set server <backend>/<server> weight <n>`
 * changes the split at once, with no reload and no dropped connection.
 */
class HaproxyProvider {
    socket;
    backend;
    stable;
    canary;
    sticky;
    name = 'haproxy';
    constructor(socket, backend, stable, canary, sticky = false) {
        this.socket = socket;
        this.backend = backend;
        this.stable = stable;
        this.canary = canary;
        this.sticky = sticky;
    }
    describe() {
        return `HAProxy backend ${this.backend} (${this.stable} / ${this.canary}) via ${this.socket}`;
    }
    async setWeight(weight) {
        // Both changes go in one runtime-API request (commands separated by ';'), raising one side
        // before lowering the other so the backend never has both weights at 0. Sticky (experiments):
        // on HAProxy's full 0–256 scale, since a consistent-hash ring gives each server 16 points per
        // unit of weight and more points split users closer to the weights.
        const scale = this.sticky ? 256 : 100;
        const canary = Math.round((weight * scale) / 100);
        const commands = [
            `set server ${this.backend}/${this.canary} weight ${canary}`,
            `set server ${this.backend}/${this.stable} weight ${scale - canary}`,
        ];
        if (weight < 50)
            commands.reverse();
        const answer = await haproxyCommand(this.socket, commands.join('; '));
        if (answer.trim() !== '')
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy refused '${commands.join('; ')}': ${answer.trim()}`);
    }
}
/** Sends one command to HAProxy's runtime API (a unix socket path, or host:port) and returns its answer. */
function haproxyCommand(socket, command) {
    return new Promise((resolve, reject) => {
        const hostPort = /^([^/:]+):(\d+)$/.exec(socket);
        const conn = hostPort ? (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)(Number(hostPort[2]), hostPort[1]) : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)(socket);
        let answer = '';
        conn.setTimeout(5000, () => conn.destroy(new Error('timed out')));
        conn.on('connect', () => conn.end(`${command}\n`));
        conn.on('data', (d) => (answer += d.toString()));
        conn.on('error', (error) => reject(new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy's runtime API at '${socket}' is unreachable (${error.code ?? error.message}): check haproxy-socket and that the stats socket has level admin`)));
        conn.on('close', () => resolve(answer));
    });
}
/** HAProxy's runtime API: `show servers state` for admin state and address, `show stat` for sessions, `set server … state`. */
class HaproxyPool {
    socket;
    backend;
    constructor(socket, backend) {
        this.socket = socket;
        this.backend = backend;
    }
    describe() {
        return `HAProxy backend ${this.backend} via ${this.socket}`;
    }
    async list() {
        const state = await haproxyCommand(this.socket, `show servers state ${this.backend}`);
        if (!state.startsWith('1\n'))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy has no backend '${this.backend}' (${state.trim() || 'no answer'}): check haproxy-backend`);
        const stat = (await haproxyCommand(this.socket, `show stat ${this.backend} 4 -1`))
            .split('\n')
            .filter(Boolean);
        const header = (stat[0] ?? '').replace(/^# /, '').split(',');
        const column = (name) => header.indexOf(name);
        const sessions = new Map(stat.slice(1).map((line) => {
            const cells = line.split(',');
            return [
                cells[column('svname')],
                Number(cells[column('scur')] || 0) + Number(cells[column('qcur')] || 0),
            ];
        }));
        return state
            .split('\n')
            .filter((line) => line && !line.startsWith('#') && line !== '1')
            .map((line) => line.split(' '))
            .filter((f) => f.length >= 19)
            .map((f) => {
            const admin = Number(f[6]);
            const name = f[3];
            // srv_admin_state bits: 0x01 forced, 0x02 inherited, 0x04 configured, 0x20 resolution maintenance; 0x08/0x10 drain.
            return {
                name,
                address: `${f[4]}:${f[18]}`,
                state: admin & 0x27 ? 'maint' : admin & 0x18 ? 'drain' : 'ready',
                sessions: sessions.get(name) ?? 0,
            };
        });
    }
    async set(names, state) {
        if (!names.length)
            return;
        const commands = names
            .map((name) => `set server ${this.backend}/${name} state ${state}`)
            .join('; ');
        const answer = await haproxyCommand(this.socket, commands);
        if (answer.trim() !== '')
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy refused '${commands}': ${answer.trim()}`);
    }
}


/***/ }),

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ NginxPool),
/* harmony export */   V6: () => (/* binding */ replaceAndReload),
/* harmony export */   wo: () => (/* binding */ NginxProvider)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3495);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5649);



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

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/core/runtime/exec.ts
var exec = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/core/traffic/embedded.ts
var embedded = __webpack_require__(1255);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@openfeature/flagd-core/index.cjs.mjs
var index_cjs = __webpack_require__(5427);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(5649);
// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var runtime_yaml = __webpack_require__(5629);
;// CONCATENATED MODULE: ./src/core/traffic/flagd.ts




const quietLogger = {
    error: () => undefined,
    warn: () => undefined,
    info: () => undefined,
    debug: () => undefined,
};
/** Parses a flag-definition file with flagd's own strict schema validation; throws a UserError naming the file. */
function validateFlagConfig(text, file) {
    try {
        new index_cjs/* MemoryStorage */.XG(quietLogger).setConfigurations(text, true);
    }
    catch (error) {
        const cause = error.message ?? String(error);
        throw new errors/* UserError */.yo(`'${file}' is not a valid flagd flag definition (${cause.split('\n')[0]}): fix it first; nothing was written`);
    }
}
/**
 * Sets the flag's `fractional` split so `weight`% of targeting keys get `onVariant`, writing the
 * file atomically (temporary file, then rename) after flagd's schema accepts the result. The
 * new variant's bucket comes first, so raising the weight only adds keys (sticky rollouts).
 * Every other flag, and the rest of this flag, is left as it was.
 */
async function setFractional(file, flag, onVariant, offVariant, weight) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`Input 'flagd-file' is '${file}', which cannot be read: give the flag-definition file flagd watches`);
    }
    const yaml = /\.ya?ml$/i.test(file);
    const YAML = yaml ? await (0,runtime_yaml/* loadYaml */.y)() : undefined;
    let doc;
    try {
        doc = (YAML ? YAML.parse(text) : JSON.parse(text));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`'${file}' is not valid ${yaml ? 'YAML' : 'JSON'} (${error.message.split('\n')[0]}): nothing was written`);
    }
    const definition = doc?.flags?.[flag];
    if (!definition)
        throw new errors/* UserError */.yo(`Input 'flag' is '${flag}', which '${file}' does not define: use one of ${Object.keys(doc?.flags ?? {}).join(', ') || '(none)'}`);
    for (const [input, variant] of [
        ['on-variant', onVariant],
        ['off-variant', offVariant],
    ]) {
        if (!definition.variants || !(variant in definition.variants)) {
            throw new errors/* UserError */.yo(`Input '${input}' is '${variant}', which flag '${flag}' does not have: use one of ${Object.keys(definition.variants ?? {}).join(', ')}`);
        }
    }
    const on = Math.round(weight * 100) / 100;
    const split = [
        [onVariant, on],
        [offVariant, Math.round((100 - on) * 100) / 100],
    ];
    const targeting = definition.targeting;
    if (!targeting || Object.keys(targeting).length === 0) {
        definition.targeting = { fractional: split };
    }
    else if (!replaceFractional(targeting, split)) {
        throw new errors/* UserError */.yo(`Flag '${flag}' has targeting rules without a fractional split, which Glidepath would overwrite: add a fractional rule where the rollout belongs, e.g. {"fractional": [["${onVariant}", 0], ["${offVariant}", 100]]}`);
    }
    const out = YAML ? YAML.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
    validateFlagConfig(YAML ? JSON.stringify(YAML.parse(out)) : out, file);
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.tmp`);
    await external_node_fs_.promises.writeFile(temp, out);
    await external_node_fs_.promises.rename(temp, file);
}
/** Replaces the variant weights of the first `fractional` rule in a targeting tree, keeping its bucketing expression. */
function replaceFractional(node, split) {
    if (Array.isArray(node))
        return node.some((child) => replaceFractional(child, split));
    if (!node || typeof node !== 'object')
        return false;
    const record = node;
    if (Array.isArray(record.fractional)) {
        const bucketBy = record.fractional.filter((item) => !Array.isArray(item));
        record.fractional = [...bucketBy, ...split];
        return true;
    }
    return Object.values(record).some((child) => replaceFractional(child, split));
}

// EXTERNAL MODULE: ./src/core/traffic/haproxy.ts
var haproxy = __webpack_require__(8136);
// EXTERNAL MODULE: ./src/core/traffic/nginx.ts
var nginx = __webpack_require__(8809);
// EXTERNAL MODULE: ./src/core/traffic/split.ts
var split = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/core/traffic/providers.ts






function createProvider(settings) {
    switch (settings.provider) {
        case 'embedded':
            return new embedded/* EmbeddedProvider */.I(new URL(settings.routerUrl), settings.sticky);
        case 'haproxy':
            return new haproxy/* HaproxyProvider */.hF(settings.socket, settings.backend, settings.stableServer, settings.canaryServer, settings.sticky !== undefined);
        case 'nginx':
            if (settings.sticky)
                return new split/* NginxSplit */.h(settings.conf, settings.reloadCommand, settings.stableServer, settings.canaryServer, (0,split/* parseSticky */.pD)(settings.sticky));
            return new nginx/* NginxProvider */.wo(settings.conf, settings.reloadCommand, settings.stableServer, settings.canaryServer);
        case 'command':
            return new CommandProvider(settings.command, settings.stableServer ?? '', settings.canaryServer ?? '', settings.sticky);
        case 'flagd':
            return {
                name: 'flagd',
                describe: () => `flag '${settings.flag}' in ${settings.file} (${settings.onVariant} / ${settings.offVariant})`,
                setWeight: (weight) => setFractional(settings.file, settings.flag, settings.onVariant, settings.offVariant, weight),
            };
    }
}
/** The user's command, given the weight and both versions in its environment. */
class CommandProvider {
    command;
    stable;
    canary;
    sticky;
    name = 'command';
    matchHeader = null;
    constructor(command, stable, canary, sticky) {
        this.command = command;
        this.stable = stable;
        this.canary = canary;
        this.sticky = sticky;
    }
    describe() {
        return 'your traffic command';
    }
    async setWeight(weight) {
        await (0,exec/* runUserCommandOrFail */.XK)(this.command, {
            env: {
                GLIDEPATH_WEIGHT: String(weight),
                GLIDEPATH_STABLE: this.stable,
                GLIDEPATH_CANARY: this.canary,
                GLIDEPATH_MATCH_HEADER: this.matchHeader ?? '',
                ...(this.sticky ? { GLIDEPATH_STICKY: this.sticky } : {}),
            },
            label: "The command in input 'command'",
            timeoutMs: 120_000,
        });
    }
    async setMatchHeader(header) {
        this.matchHeader = header;
    }
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ stickyText),
/* harmony export */   h: () => (/* binding */ NginxSplit),
/* harmony export */   mB: () => (/* binding */ readSticky),
/* harmony export */   pD: () => (/* binding */ parseSticky)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5649);
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

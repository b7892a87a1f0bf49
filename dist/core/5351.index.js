"use strict";
exports.id = 5351;
exports.ids = [5351];
exports.modules = {

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
        const { checkAttestation } = await Promise.all(/* import() */[__webpack_require__.e(9245), __webpack_require__.e(8856)]).then(__webpack_require__.bind(__webpack_require__, 68856));
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

/***/ 77752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   XU: () => (/* binding */ collectEntries),
/* harmony export */   _d: () => (/* binding */ writeArchive)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHUNK_SIZE, readArchive */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72762);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56118);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(45649);











const gzip = (0,node_util__WEBPACK_IMPORTED_MODULE_6__.promisify)((node_zlib__WEBPACK_IMPORTED_MODULE_7___default().gzip));
const DEFAULT_CHUNK_SIZE = 1 << 20;
/**
 * Turns matched paths into archive entries: inside `root` only, symlinks that stay inside
 * `root`, no special files; sorted by name (byte order) so the archive never depends on the
 * order the file system listed them in.
 */
async function collectEntries(root, matches) {
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(root);
    const byName = new Map();
    for (const match of matches) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(root, match);
        const relative = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, absolute);
        if (relative === '')
            continue;
        if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(relative)) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched '${absolute}', which is outside the working directory '${root}': only files inside it can be packaged`);
        }
        const name = relative.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
        if (byName.has(name))
            continue;
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.lstat(absolute);
        if (stat.isSymbolicLink()) {
            const linkTarget = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readlink(absolute);
            let resolved;
            try {
                resolved = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(absolute);
            }
            catch {
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched the symlink '${name}', whose target '${linkTarget}' does not exist: remove it or exclude it with a '!' pattern`);
            }
            if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .isInside */ .FK)(realRoot, resolved)) {
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched the symlink '${name}' → '${linkTarget}', which points outside the working directory: package the target itself or exclude the link with a '!' pattern`);
            }
            byName.set(name, { name, absolute, type: 'symlink', mode: 0o777, size: 0, linkTarget });
        }
        else if (stat.isDirectory()) {
            byName.set(name, { name, absolute, type: 'directory', mode: 0o755, size: 0 });
        }
        else if (stat.isFile()) {
            byName.set(name, {
                name,
                absolute,
                type: 'file',
                mode: stat.mode & 0o111 ? 0o755 : 0o644,
                size: stat.size,
            });
        }
        else {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched '${name}', which is not a regular file, directory or symlink (a socket, FIFO or device): exclude it with a '!' pattern`);
        }
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Writes a reproducible .tar.gz: entries in the given order, every mtime the same, owner 0:0
 * with no names, normalised modes. The tar stream is cut into fixed-size chunks, each
 * compressed as its own gzip member on the thread pool (concatenated members are valid gzip,
 * as pigz and bgzip use), so packaging uses every core while memory stays bounded by
 * chunkSize × concurrency. Returns the archive's SHA-256, computed as it is written.
 */
async function writeArchive(entries, outPath, options) {
    const level = options.level ?? 6;
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const concurrency = options.concurrency ?? Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_3__.availableParallelism)()) + 1;
    const mtime = new Date(options.mtime * 1000);
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_8__.pack();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(outPath);
    let size = 0;
    let files = 0;
    const produce = (async () => {
        for (const entry of entries) {
            const header = {
                name: entry.name,
                mode: entry.mode,
                mtime,
                uid: 0,
                gid: 0,
                uname: '',
                gname: '',
            };
            if (entry.type === 'directory') {
                await addEntry(pack, { ...header, name: `${entry.name}/`, type: 'directory' });
            }
            else if (entry.type === 'symlink') {
                await addEntry(pack, { ...header, type: 'symlink', linkname: entry.linkTarget ?? '' });
            }
            else {
                files += 1;
                await addFile(pack, { ...header, type: 'file', size: entry.size }, entry.absolute);
            }
        }
        pack.finalize();
    })();
    produce.catch((error) => pack.destroy(error));
    const inFlight = [];
    const flush = async () => {
        const member = await inFlight.shift();
        hash.update(member);
        size += member.length;
        if (!out.write(member))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'drain');
    };
    const compress = (chunk) => {
        // zlib's output buffer defaults to 16 KiB: each 16 KiB of output is a round trip through the
        // main thread. One buffer as large as the chunk compresses a member in one go (same bytes).
        inFlight.push(gzip(chunk, { level, chunkSize }).then(normaliseGzipHeader));
    };
    try {
        let pending = [];
        let pendingBytes = 0;
        for await (const piece of pack) {
            pending.push(piece);
            pendingBytes += piece.length;
            while (pendingBytes >= chunkSize) {
                const joined = Buffer.concat(pending, pendingBytes);
                compress(joined.subarray(0, chunkSize));
                const rest = joined.subarray(chunkSize);
                pending = rest.length ? [rest] : [];
                pendingBytes = rest.length;
                while (inFlight.length >= concurrency)
                    await flush();
            }
        }
        if (pendingBytes > 0)
            compress(Buffer.concat(pending, pendingBytes));
        while (inFlight.length)
            await flush();
        await produce;
        out.end();
        await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'finish');
    }
    catch (error) {
        out.destroy();
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(outPath, { force: true });
        throw error;
    }
    return { sha256: hash.digest('hex'), size, files, entries: entries.length };
}
/** gzip's header carries the OS it was made on: fix it to Unix so every machine writes the same bytes. */
function normaliseGzipHeader(member) {
    member[9] = 3;
    return member;
}
function addEntry(pack, header) {
    return new Promise((resolve, reject) => {
        pack.entry(header, (error) => (error ? reject(error) : resolve()));
    });
}
/** Files up to this size are read in one call: a read stream costs ~4 thread-pool round trips and a 256 KiB buffer each. */
const WHOLE_FILE_LIMIT = 1 << 20;
async function addFile(pack, header, file) {
    const changed = (why) => new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`'${header.name}' changed while it was being packaged (${why}): stop whatever writes to it, or package after the build finishes`);
    if ((header.size ?? 0) <= WHOLE_FILE_LIMIT) {
        const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file);
        if (data.length !== header.size)
            throw changed(`${header.size} bytes when listed, ${data.length} now`);
        await new Promise((resolve, reject) => {
            // Errors arrive through the callback; the listener keeps a torn-down pack from crashing the process.
            pack.entry(header, data, (error) => (error ? reject(error) : resolve())).on('error', noop);
        });
        return;
    }
    let finished;
    const entry = await new Promise((resolveEntry) => {
        finished = new Promise((resolve, reject) => {
            resolveEntry(pack.entry(header, (error) => (error ? reject(error) : resolve())));
        });
    });
    // Observed below; until then a rejection (the pack torn down mid-file) must not count as unhandled.
    finished.catch(noop);
    entry.on('error', noop);
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(file, { highWaterMark: 256 * 1024 })) {
        if (!entry.write(chunk))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(entry, 'drain');
    }
    entry.end();
    try {
        await finished;
    }
    catch (error) {
        throw changed(error.message);
    }
}
function noop() { }
/** SHA-256 of a file, streamed. */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(file), hash);
    return hash.digest('hex');
}
/**
 * Lists or extracts an archive, refusing what could write outside `dest` (tar-slip):
 * absolute names, `..` segments, links that escape, hard links, and duplicate names.
 */
async function readArchive(archive, dest) {
    const extract = tar.extract();
    const seen = new Set();
    const listed = [];
    const root = dest ? path.resolve(dest) : undefined;
    if (root)
        await fs.mkdir(root, { recursive: true });
    const consume = (async () => {
        for await (const entry of extract) {
            const h = entry.header;
            const name = h.name.replace(/\/+$/, '');
            refuseUnsafeName(name, h.type ?? 'file', h.linkname ?? undefined, seen);
            listed.push({
                name,
                type: h.type ?? 'file',
                mode: h.mode ?? 0,
                size: h.size ?? 0,
                mtime: h.mtime ? h.mtime.getTime() / 1000 : 0,
                uid: h.uid ?? 0,
                gid: h.gid ?? 0,
                ...(h.linkname ? { linkname: h.linkname } : {}),
            });
            if (root) {
                const target = path.join(root, ...name.split('/'));
                await fs.mkdir(path.dirname(target), { recursive: true });
                // A symlink extracted earlier must not carry a later entry outside dest.
                const realRoot = await fs.realpath(root);
                const realDir = await fs.realpath(path.dirname(target));
                if (!isInside(realRoot, realDir)) {
                    throw new UserError(`The archive entry '${name}' would be written through a symlink outside the destination: the archive is refused`);
                }
                if (h.type === 'directory') {
                    await fs.mkdir(target, { recursive: true, mode: h.mode });
                }
                else if (h.type === 'symlink') {
                    // Judged where it really lands: a link that stays inside on paper can point out through an earlier one.
                    if (!isInside(realRoot, path.resolve(realDir, h.linkname ?? ''))) {
                        throw new UserError(`The archive entry '${name}' is a symlink to '${h.linkname}', which leads outside the destination through an earlier link: the archive is refused`);
                    }
                    await fs.symlink(h.linkname ?? '', target);
                }
                else {
                    await pipeline(entry, createWriteStream(target, { mode: h.mode, flags: 'wx' }));
                    continue;
                }
            }
            for await (const _ of entry) {
                // drain entries that carry no file content
            }
        }
    })();
    await Promise.all([pipeline(createReadStream(archive), zlib.createGunzip(), extract), consume]);
    return listed;
}
function refuseUnsafeName(name, type, linkname, seen) {
    const refuse = (why) => {
        throw new UserError(`The archive entry '${name}' ${why}: the archive is refused`);
    };
    if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name))
        refuse('has an absolute or empty name');
    if (name.split('/').includes('..'))
        refuse("has a '..' segment");
    if (type === 'link')
        refuse('is a hard link');
    if (!['file', 'directory', 'symlink'].includes(type))
        refuse(`is of type ${type}`);
    if (type === 'symlink') {
        const target = linkname ?? '';
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(name), target));
        if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../..'))
            refuse(`is a symlink to '${target}', outside the archive`);
    }
    // `./a` and `a` are one file: compared as written they would slip past as two.
    const key = path.posix.normalize(name).replace(/\/+$/, '');
    if (seen.has(key))
        refuse('appears twice');
    seen.add(key);
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

/***/ 60954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ describeStore),
/* harmony export */   JL: () => (/* binding */ fetchedArchiveName),
/* harmony export */   LX: () => (/* binding */ safeSegment),
/* harmony export */   Zr: () => (/* binding */ locationFileName),
/* harmony export */   ed: () => (/* binding */ onApiHost),
/* harmony export */   t2: () => (/* binding */ fetchArtifact),
/* harmony export */   yA: () => (/* binding */ storeInDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24332);
/* harmony import */ var _artifact_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77752);






/** Copies archive and manifest into `<directory>/<name>/<version>/`, never overwriting a different build. */
async function storeInDirectory(request, directory) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(directory, safeSegment(request.name), safeSegment(request.version));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(folder, { recursive: true });
    const archive = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.archivePath);
    const manifest = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.manifestPath);
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, archive);
    const existing = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(target).catch(() => undefined);
    if (existing) {
        const existingDigest = `sha256:${await (0,_artifact_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(target)}`;
        if (existingDigest !== request.digest) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The directory store already holds ${request.name} ${request.version} with digest ${existingDigest}, and this build's is ${request.digest}: versions are immutable, so give this build a new version`);
        }
    }
    else {
        await copyAtomically(request.archivePath, target);
    }
    await copyAtomically(request.manifestPath, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, manifest));
    return {
        storage: 'directory',
        url: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(target).href,
        directory: folder,
        archive,
        manifest,
    };
}
async function copyAtomically(from, to) {
    const temp = `${to}.tmp-${process.pid}`;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(from, temp);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(temp, to);
}
/** A path segment safe on every file system (the version's `+` becomes `_`). */
function safeSegment(value) {
    const segment = value.replace(/[^A-Za-z0-9._-]/g, '_');
    return segment === '.' || segment === '..' ? segment.replace(/\./g, '_') : segment;
}
/**
 * The file name to fetch a recorded archive into: one safe path segment, whatever a deployment
 * payload says (a payload is data anyone with deployments: write can shape, so `../..` in it must
 * not steer where the bytes land).
 */
function fetchedArchiveName(location) {
    const name = safeSegment(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename((location.archive ?? '').replace(/\\/g, '/'))).slice(-200);
    return /^_*$/.test(name) ? 'artifact.tar.gz' : name;
}
/** Where build-artifact records the storage location, beside the manifest, for promote to find. */
function locationFileName(manifestPath) {
    return manifestPath.replace(/\.manifest\.json$/, '') + '.location.json';
}
/** Where an artifact is kept, in words: a release says whether GitHub locks it (immutable). */
function describeStore(location) {
    if (location.storage === 'release') {
        const lock = location.immutable
            ? 'immutable: GitHub locks its tag and assets'
            : 'not immutable: its assets could be replaced; the digest check guards the bytes';
        return `release ${location.tag ?? ''} (${lock})`;
    }
    if (location.storage === 'directory')
        return `directory ${location.directory ?? ''}`;
    if (location.storage === 'image')
        return `image ${location.image ?? ''}`;
    return "this runner's path only";
}
/** Same scheme, host and port as the API, under its base path. */
function onApiHost(url, apiBase) {
    let target;
    let base;
    try {
        target = new URL(url);
        base = new URL(apiBase.endsWith('/') ? apiBase : `${apiBase}/`);
    }
    catch {
        return false;
    }
    return (target.origin === base.origin &&
        target.pathname.startsWith(base.pathname) &&
        !target.username &&
        !target.password);
}
async function fetchArtifact(location, digest, dest, client) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dest), { recursive: true });
    if (location.storage === 'release') {
        if (!location.assetUrl)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The recorded release location has no asset URL: rebuild the artifact with this version of build-artifact`);
        const gh = client();
        // The token goes with the request: only ever to the GitHub API itself, whatever a payload says.
        if (!onApiHost(location.assetUrl, gh.request.endpoint.DEFAULTS.baseUrl)) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The recorded asset URL '${location.assetUrl}' is not on the GitHub API (${gh.request.endpoint.DEFAULTS.baseUrl}): the token is never sent elsewhere, so the artifact is refused`);
        }
        let response;
        try {
            response = await gh.request(`GET ${location.assetUrl}`, {
                headers: { accept: 'application/octet-stream' },
            });
        }
        catch (error) {
            return (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .explainPermission */ .zi)(error, 'contents: read', `download ${location.archive ?? 'the archive'} from its release`);
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(dest, Buffer.from(response.data));
    }
    else if (location.storage === 'directory') {
        const source = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location.directory ?? '', location.archive ?? '');
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(source, dest);
        }
        catch {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The archive is not in its directory store any more ('${source}'): restore it there or rebuild the version`);
        }
    }
    else if (location.path) {
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(location.path, dest);
        }
        catch {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The archive was stored nowhere durable (storage: none) and '${location.path}' is gone: build with storage: release or directory so later runs can find it`);
        }
    }
    else {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The artifact's location (${location.storage}) cannot be fetched`);
    }
    const actual = `sha256:${await (0,_artifact_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(dest)}`;
    if (actual !== digest) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(dest, { force: true });
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The archive fetched from ${location.storage} has digest ${actual}, but ${digest} was recorded: it was changed after the build, so it is refused`);
    }
    return dest;
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
;
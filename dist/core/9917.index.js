"use strict";
exports.id = 9917;
exports.ids = [9917];
exports.modules = {

/***/ 80966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./src/core/pipeline/waves.ts
var waves = __webpack_require__(81932);
// EXTERNAL MODULE: ./src/core/pipeline/config.ts
var config = __webpack_require__(97582);
// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(82072);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
// EXTERNAL MODULE: ./src/core/github/history.ts
var github_history = __webpack_require__(22327);
// EXTERNAL MODULE: ./src/core/github/deployments.ts
var deployments = __webpack_require__(58003);
// EXTERNAL MODULE: ./src/core/github/storage.ts
var storage = __webpack_require__(60954);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/artifact/manifest.ts
var artifact_manifest = __webpack_require__(19249);
// EXTERNAL MODULE: ./src/core/artifact/version.ts
var version = __webpack_require__(59370);
// EXTERNAL MODULE: ./src/core/artifact/archive.ts
var archive = __webpack_require__(77752);
// EXTERNAL MODULE: ./src/core/github/payload.ts
var github_payload = __webpack_require__(9773);
;// CONCATENATED MODULE: ./src/actions/promote-environment/choose.ts





/** The bytes found are not the bytes that were built. */
class DigestMismatch extends errors/* UserError */.yo {
    payload;
    commit;
    constructor(message, payload, commit) {
        super(message);
        this.payload = payload;
        this.commit = commit;
    }
}
/** The artifact to promote: the one at artifact-path, the version asked for, or what is live in the source. */
async function chooseArtifact(settings, history, source, deps) {
    if (settings.artifactPath && settings.manifestPath) {
        if (settings.manifestDigest) {
            const actual = (0,artifact_manifest/* digestOf */.ol)(await external_node_fs_.promises.readFile(settings.manifestPath));
            if (actual !== settings.manifestDigest) {
                throw new errors/* UserError */.yo(`The manifest beside artifact-path has digest ${actual}, but manifest-digest is ${settings.manifestDigest}: it was changed after the build, so it is refused`);
            }
        }
        const manifest = await (0,artifact_manifest/* readManifest */.WI)(settings.manifestPath);
        if (settings.version && !(0,version/* isVersion */.lF)(manifest.version, settings.version)) {
            throw new errors/* UserError */.yo(`Input 'version' is ${settings.version}, but the artifact at artifact-path is ${manifest.version}: pass one or the other, or the matching pair`);
        }
        const location = await recordedLocation(settings.manifestPath, settings.artifactPath);
        const actual = `sha256:${await (0,archive/* sha256File */.Q3)(settings.artifactPath)}`;
        if (actual !== manifest.digest) {
            const message = `The archive at artifact-path has digest ${actual}, but its manifest records ${manifest.digest}: it was changed after the build, so it is refused`;
            throw new DigestMismatch(message, refusedPayload(manifest.name, manifest.version, manifest.digest, manifest.commit, location, source, deps.ctx), manifest.commit);
        }
        return { ...fromManifest(manifest), archivePath: settings.artifactPath, location };
    }
    const all = Object.values(history.deployments).flat();
    let found;
    if (settings.version) {
        const wanted = settings.version;
        found = all.find((d) => (0,github_history/* isGlidepath */.tO)(d) && (0,version/* isVersion */.lF)(d.payload.version, wanted) && d.states.includes('success'));
        if (!found && !source) {
            // The first environment takes any build: find it by its GitHub Release.
            const p = await (0,github_payload/* payloadFromRelease */.s8)(deps.client(), deps.ctx, wanted);
            found = {
                id: 0,
                environment: '',
                createdAt: '',
                commit: p.commit,
                payload: p,
                latestState: null,
                latestDescription: '',
                states: [],
            };
        }
        if (!found) {
            throw new errors/* UserError */.yo(`Version ${wanted} was never deployed successfully to ${[source, settings.environment].filter(Boolean).join(' or ')}: promote it through ${source} first, or pass artifact-path (build-artifact's archive-path output)`);
        }
    }
    else {
        if (!source)
            throw new errors/* UserError */.yo(`${settings.environment} is the first environment, so there is nothing to promote from: pass artifact-path (build-artifact's archive-path output)`);
        found = (0,github_history/* lastGood */.mC)(history.deployments[source]);
        if (!found)
            throw new errors/* UserError */.yo(`${source} has no successful Glidepath deployment to promote to ${settings.environment}: deploy there first, or pass artifact-path or version`);
    }
    const p = found.payload;
    const dir = (0,time/* runnerTemp */.X)('glidepath-fetched', String(found.id));
    let archivePath;
    try {
        archivePath = await (0,storage/* fetchArtifact */.t2)(p.artifact, p.digest, external_node_path_default().join(dir, (0,storage/* fetchedArchiveName */.JL)(p.artifact)), deps.client);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && /has digest .* was recorded/.test(error.message)) {
            throw new DigestMismatch(error.message, refusedPayload(p.name, p.version, p.digest, p.commit, p.artifact, source, deps.ctx), p.commit);
        }
        throw error;
    }
    return {
        name: p.name,
        version: p.version,
        digest: p.digest,
        commit: p.commit,
        archivePath,
        location: p.artifact,
        image: p.artifact.image,
    };
}
function refusedPayload(name, version, digest, commit, location, source, ctx) {
    return {
        glidepath: 1,
        name,
        version,
        digest,
        artifact: location,
        commit,
        source_environment: source,
        ...(0,github_payload/* runFields */.Fz)(ctx),
        approvers: [],
    };
}
function fromManifest(m) {
    return { name: m.name, version: m.version, digest: m.digest, commit: m.commit, image: m.image };
}
async function recordedLocation(manifestPath, archivePath) {
    try {
        return JSON.parse(await external_node_fs_.promises.readFile((0,storage/* locationFileName */.Zr)(manifestPath), 'utf8'));
    }
    catch {
        commands/* warning */.$e("No storage location beside the manifest: the deployment records this runner's path only, so a later rollback to this version needs the same archive. Build with storage: release or directory");
        return { storage: 'none', url: '', path: archivePath, archive: external_node_path_default().basename(archivePath) };
    }
}

// EXTERNAL MODULE: ./src/core/runtime/exec.ts
var exec = __webpack_require__(73495);
;// CONCATENATED MODULE: ./src/actions/promote-environment/deploy.ts



/**
 * The deploy with its records: the pre-deploy command, the deployment (created with the backup it
 * recorded), in_progress around the deploy command, then success or failure, and the replaced
 * production deployment made inactive. Sets the result's deploymentId and backup.
 */
async function deploy(settings, deps, client, { chosen, own, current }, result) {
    const { ctx } = deps;
    const target = settings.environment;
    const { source, override, approvers, previousVersion, environmentUrl } = result;
    const env = {
        GLIDEPATH_VERSION: chosen.version,
        GLIDEPATH_DIGEST: chosen.digest,
        GLIDEPATH_ARTIFACT_PATH: chosen.archivePath,
        GLIDEPATH_ENVIRONMENT: target,
        GLIDEPATH_PREVIOUS_VERSION: previousVersion,
        ...(chosen.image ? { GLIDEPATH_IMAGE: chosen.image } : {}),
    };
    const payload = (backup) => ({
        glidepath: 1,
        name: chosen.name,
        version: chosen.version,
        digest: chosen.digest,
        artifact: chosen.location,
        commit: chosen.commit,
        source_environment: source,
        ...(override ? { order_override: { by: ctx.actor, reason: override } } : {}),
        ...(settings.windowOverride ? { window_override: settings.windowOverride } : {}),
        ...(0,github_payload/* runFields */.Fz)(ctx),
        approvers,
        ...(backup ? { backup } : {}),
        previous_version: previousVersion || null,
        ...(result.attestation ? { attestation: result.attestation } : {}),
    });
    const create = (backup) => (0,deployments/* createDeployment */.Yy)(client, ctx, {
        ref: chosen.commit || ctx.sha,
        environment: target,
        payload: payload(backup),
        description: `Glidepath: ${chosen.version} to ${target}`,
        production: settings.lastWave,
    });
    // The pre-deploy command runs first so what it records (a backup's location) is in the
    // payload, which GitHub never lets change. If it fails, the attempt is still recorded.
    let backup;
    if (settings.preDeployCommand) {
        const backupFile = (0,time/* runnerTemp */.X)(`glidepath-backup-${ctx.runId}-${Date.now()}`);
        await external_node_fs_.promises.writeFile(backupFile, '');
        try {
            await commands/* group */.Os('Pre-deploy command', () => (0,exec/* runUserCommandOrFail */.XK)(settings.preDeployCommand, {
                env: { ...env, GLIDEPATH_BACKUP_FILE: backupFile },
                timeoutMs: settings.deployTimeoutMs,
                label: "The command in input 'pre-deploy-command'",
                cwd: ctx.workspace,
                onSpawn: deps.onCommand,
            }).finally(() => deps.onCommand?.(undefined)));
        }
        catch (error) {
            const id = own?.id ?? (await create());
            await (0,deployments/* setStatus */.Lx)(client, ctx, id, 'failure', {
                description: `pre-deploy failed, nothing deployed: ${error.message}`,
            });
            throw error;
        }
        backup = (await external_node_fs_.promises.readFile(backupFile, 'utf8')).trim() || undefined;
    }
    const id = own?.id ?? (await create(backup));
    result.deploymentId = id;
    result.backup = backup;
    commands/* info */.pq(`Deployment ${id}: ${chosen.version} to ${target}`);
    let finished = false;
    const onCancel = () => {
        if (!finished)
            commands/* warning */.$e('Cancelled: the deploy command was stopped; the deployment is marked failure');
    };
    deps.signal?.addEventListener('abort', onCancel, { once: true });
    try {
        await (0,deployments/* setStatus */.Lx)(client, ctx, id, 'in_progress', {
            description: `Deploying ${chosen.version}`,
            environmentUrl,
            autoInactive: false,
        });
        if (settings.deployCommand) {
            await commands/* group */.Os('Deploy command', () => (0,exec/* runUserCommandOrFail */.XK)(settings.deployCommand, {
                env,
                timeoutMs: settings.deployTimeoutMs,
                label: "The command in input 'deploy-command'",
                cwd: ctx.workspace,
                onSpawn: deps.onCommand,
            }).finally(() => deps.onCommand?.(undefined)));
        }
        else {
            commands/* info */.pq('No deploy-command: the deployment records the promotion only');
        }
        await (0,deployments/* setStatus */.Lx)(client, ctx, id, 'success', {
            description: `${chosen.version} live in ${target}`,
            environmentUrl,
        });
        finished = true;
    }
    catch (error) {
        finished = true;
        await (0,deployments/* setStatus */.Lx)(client, ctx, id, 'failure', {
            description: `Failed: ${error.message}`,
            environmentUrl,
        }).catch((statusError) => {
            commands/* warning */.$e(`Could not mark deployment ${id} failure: ${statusError.message}`);
        });
        throw error;
    }
    finally {
        deps.signal?.removeEventListener('abort', onCancel);
    }
    // GitHub deactivates earlier deployments itself, except production ones: do it here.
    if (settings.lastWave && current && current.id !== id && current.latestState === 'success') {
        await (0,deployments/* setStatus */.Lx)(client, ctx, current.id, 'inactive', {
            description: `Replaced by ${chosen.version}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/actions/promote-environment/main.ts





/**
 * Promotes one verified artifact to the next environment: checks the pipeline order, the
 * version policy, protection and concurrency from ONE history query, then records a GitHub
 * Deployment around the user's deploy command. Whatever happens after the deployment is
 * created, it ends `success` or `failure`, never `in_progress`.
 */
async function promote(settings, deps) {
    const started = Date.now();
    const { ctx } = deps;
    const client = deps.client();
    const target = settings.environment;
    // The wave before the target's (one environment, or every region of a wave): its histories and
    // the target's come from one query, however many regions.
    const { previous } = (0,waves/* waveAround */.N)(settings.pipeline, target);
    const source = previous[0]?.name ?? null;
    const environments = [...previous.map((e) => e.name), target];
    if (settings.windowOverride) {
        const w = settings.windowOverride;
        commands/* warning */.$e(`override-window: ${w.by} deploys past ${w.rule}: “${w.reason}” (recorded)`);
    }
    let history = await (0,github_history/* readHistory */.Lu)(client, ctx, environments, target);
    // Concurrency: another run's deployment to the same environment still in progress.
    const deadline = Date.now() + settings.waitTimeoutMs;
    for (;;) {
        const others = (0,github_history/* running */.yk)(history.deployments[target]).filter((d) => d.payload?.run_id !== ctx.runId);
        if (others.length === 0)
            break;
        const other = others[0];
        const who = `deployment ${other.id} of ${other.payload?.version ?? 'an unknown version'} (${other.payload?.run_url ?? 'another run'}) is ${other.latestState}`;
        if (Date.now() >= deadline) {
            throw new errors/* UserError */.yo(`Another deployment to ${target} is in progress: ${who}. Wait for it, raise wait-timeout, or add a concurrency: group to the workflow`);
        }
        commands/* info */.pq(`Waiting: ${who}`);
        await (0,time/* sleep */.y)(deps.pollMs ?? 5000);
        history = await (0,github_history/* readHistory */.Lu)(client, ctx, environments, target);
    }
    let chosen;
    try {
        chosen = await chooseArtifact(settings, history, source, deps);
    }
    catch (error) {
        if (error instanceof DigestMismatch && !settings.dryRun) {
            // Recorded, so the attempt to ship altered bytes is visible in the environment's history.
            const id = await (0,deployments/* createDeployment */.Yy)(client, ctx, {
                ref: error.commit || ctx.sha,
                environment: target,
                payload: error.payload,
                description: `Glidepath: refused ${error.payload.version}, digest mismatch`,
                production: settings.lastWave,
            });
            await (0,deployments/* setStatus */.Lx)(client, ctx, id, 'error', { description: error.message });
        }
        throw error;
    }
    commands/* info */.pq(`Artifact ${chosen.name} ${chosen.version} (${chosen.digest}) verified`);
    // Provenance before any write: the sigstore code loads only when it is asked for.
    let attestation;
    if (settings.requireAttestation) {
        const { checkAttestation } = await Promise.all(/* import() */[__webpack_require__.e(9245), __webpack_require__.e(8856)]).then(__webpack_require__.bind(__webpack_require__, 68856));
        attestation = await checkAttestation(client, ctx, chosen, settings.attestationSigners);
        commands/* info */.pq(`Attestation verified: ${chosen.digest} was built by ${attestation.signer_workflow} at ${attestation.commit}`);
    }
    // Idempotent: a re-run of this run attempt adopts the deployment it already made.
    const own = history.deployments[target]?.find((d) => d.payload?.run_id === ctx.runId &&
        d.payload.run_attempt === ctx.runAttempt &&
        d.payload.digest === chosen.digest);
    // Pipeline order: the artifact must be what is live in the previous environment (in every
    // region of the previous wave but those with an allow-skip reason), for this service.
    let override;
    if (previous.length > 1) {
        override = waveOrder(settings, previous, history, chosen);
    }
    else if (source) {
        const live = (0,github_history/* lastGood */.mC)(history.deployments[source], chosen.name);
        if (live?.payload?.digest !== chosen.digest) {
            const what = live
                ? `${source} has ${live.payload?.version} (${main_short(live.payload?.digest)}) live`
                : `${source} has no successful Glidepath deployment`;
            const message = `${chosen.version} (${main_short(chosen.digest)}) is not live in ${source}, the environment before ${target}: ${what}`;
            if (!settings.allowSkip)
                throw new errors/* UserError */.yo(`Refusing to promote: ${message}. Promote it to ${source} first, or set allow-skip: true to override (the override is recorded)`);
            override = message;
            commands/* warning */.$e(`allow-skip: ${message}; the override is recorded in the deployment`);
        }
    }
    // Version policy of the target environment.
    const current = (0,github_history/* lastGood */.mC)(history.deployments[target], chosen.name);
    const previousVersion = current?.payload?.version ?? '';
    const refusal = (0,config/* versionRefusal */.nb)(chosen.version, settings.pipeline[settings.index] ?? { name: target }, previousVersion, settings.allowDowngrade);
    if (refusal)
        throw new errors/* UserError */.yo(refusal);
    // Environment protection.
    const protection = history.protection;
    if (settings.requireReviewers && !protection?.requiredReviewers.length) {
        throw new errors/* UserError */.yo(protection?.exists
            ? `Refusing to deploy to ${target}: it has no required-reviewers protection rule, and require-reviewers is true. Add reviewers in Settings → Environments → ${target} (in a private repository required reviewers need GitHub Enterprise; on other plans make the repository public, or set require-reviewers: false and gate production another way, e.g. a workflow_dispatch run by the people who approve)`
            : `Refusing to deploy to ${target}: no such environment in the repository settings, so nobody reviews deployments to it (require-reviewers is true). Create it with required reviewers`);
    }
    const approvers = protection?.requiredReviewers.length
        ? (await (0,github_history/* readApprovals */.RJ)(client, ctx, target)).filter((a) => a.state === 'approved')
        : [];
    const environmentUrl = settings.environmentUrl ?? '';
    const result = {
        deploymentId: own?.id ?? null,
        version: chosen.version,
        digest: chosen.digest,
        environmentUrl,
        previousVersion,
        source,
        approvers,
        reused: Boolean(own),
        dryRun: settings.dryRun,
        override,
        stored: (0,storage/* describeStore */.Fk)(chosen.location),
        ...(attestation ? { attestation } : {}),
        seconds: 0,
    };
    if (own && own.states.includes('success') && own.latestState !== 'failure') {
        commands/* info */.pq(`This run attempt already deployed ${chosen.version} to ${target} (deployment ${own.id}): nothing to do`);
        return { ...result, seconds: (Date.now() - started) / 1000 };
    }
    if (settings.dryRun) {
        commands/* info */.pq(`Dry run: would deploy ${chosen.version} to ${target}${previousVersion ? ` (replacing ${previousVersion})` : ''}; nothing changed`);
        return { ...result, seconds: (Date.now() - started) / 1000 };
    }
    await deploy(settings, deps, client, { chosen, own, current }, result);
    return { ...result, seconds: (Date.now() - started) / 1000 };
}
/**
 * Order across waves: every region of the previous wave must hold the artifact as its last good
 * deployment of this service, except regions whose config gives an allow-skip reason (recorded).
 * Returns the override to record, or throws naming every region that lacks it.
 */
function waveOrder(settings, previous, history, chosen) {
    const target = settings.environment;
    const lacking = [];
    const skipped = [];
    for (const e of previous) {
        const live = (0,github_history/* lastGood */.mC)(history.deployments[e.name], chosen.name);
        if (live?.payload?.digest === chosen.digest)
            continue;
        const what = live
            ? `${e.name} has ${live.payload?.version} (${main_short(live.payload?.digest)})`
            : `${e.name} has no successful deployment of ${chosen.name}`;
        if (e.skipReason)
            skipped.push(`${what}, skipped: ${e.skipReason}`);
        else
            lacking.push(what);
    }
    const wave = `the wave before ${target} (${previous.map((e) => e.name).join(', ')})`;
    if (lacking.length) {
        const message = `${chosen.version} (${main_short(chosen.digest)}) is not live in every region of ${wave}: ${lacking.join('; ')}`;
        if (!settings.allowSkip)
            throw new errors/* UserError */.yo(`Refusing to promote: ${message}. Promote it there first, give a region allow-skip: <reason> in the config, or set allow-skip: true to override (the override is recorded)`);
        commands/* warning */.$e(`allow-skip: ${message}; the override is recorded in the deployment`);
        return [message, ...skipped].join('; ');
    }
    if (!skipped.length)
        return undefined;
    const message = `regions of ${wave} skipped by the config: ${skipped.join('; ')}`;
    commands/* warning */.$e(`${message}; recorded in the deployment`);
    return message;
}
/** The last good deployment of one service (the artifact's name) in an environment's history. */
function main_short(digest) {
    return digest ? `${digest.slice(0, 19)}…` : 'no digest';
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

/***/ 19249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   Tz: () => (/* binding */ serialiseManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45649);



const MANIFEST_SCHEMA = 'glidepath.manifest/v1';
/** Canonical JSON (sorted keys, two-space indent, trailing newline), so equal manifests hash equal. */
function serialiseManifest(manifest) {
    const sorted = Object.fromEntries(Object.entries(manifest)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1)));
    return `${JSON.stringify(sorted, null, 2)}\n`;
}
function digestOf(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')}`;
}
async function readManifest(file) {
    let parsed;
    try {
        parsed = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8'));
    }
    catch (error) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The manifest '${file}' could not be read as JSON: ${error.message}`);
    }
    const m = (parsed !== null && typeof parsed === 'object' ? parsed : {});
    if (m.schema !== MANIFEST_SCHEMA ||
        typeof m.version !== 'string' ||
        typeof m.digest !== 'string' ||
        !/^sha256:[0-9a-f]{64}$/.test(m.digest) ||
        typeof m.archive !== 'string') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The manifest '${file}' is not a Glidepath manifest (${MANIFEST_SCHEMA} with version, digest and archive): it was not written by build-artifact`);
    }
    return m;
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

/***/ 25862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ENVIRONMENT_NAME)
/* harmony export */ });
// What an environment may be called: apart from config.ts, so that an action checking a name
// does not load the config file's reader and semver with it (start-up on bad input).
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/;


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
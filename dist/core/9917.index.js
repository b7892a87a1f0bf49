export const id = 9917;
export const ids = [9917];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
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
        await new Promise((resolve) => setTimeout(resolve, deps.pollMs ?? 5000));
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
        const { checkAttestation } = await Promise.all(/* import() */[__webpack_require__.e(9245), __webpack_require__.e(5869)]).then(__webpack_require__.bind(__webpack_require__, 65869));
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


/***/ }),

/***/ 41691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ runnerTemp),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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


/***/ })

};

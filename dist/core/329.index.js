export const id = 329;
export const ids = [329];
export const modules = {

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promote: () => (/* binding */ promote),
/* harmony export */   report: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6160);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2227);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6056);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6518);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9683);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4374);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(417);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(705);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(80);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9022);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3173);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6528);






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
    const source = settings.index > 0 ? (settings.pipeline[settings.index - 1]?.name ?? null) : null;
    const environments = source ? [source, target] : [target];
    let history = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(client, ctx, environments, target);
    // Concurrency: another run's deployment to the same environment still in progress.
    const deadline = Date.now() + settings.waitTimeoutMs;
    for (;;) {
        const others = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .running */ .yk)(history.deployments[target]).filter((d) => d.payload?.run_id !== ctx.runId);
        if (others.length === 0)
            break;
        const other = others[0];
        const who = `deployment ${other.id} of ${other.payload?.version ?? 'an unknown version'} (${other.payload?.run_url ?? 'another run'}) is ${other.latestState}`;
        if (Date.now() >= deadline) {
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Another deployment to ${target} is in progress: ${who}. Wait for it, raise wait-timeout, or add a concurrency: group to the workflow`);
        }
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Waiting: ${who}`);
        await new Promise((resolve) => setTimeout(resolve, deps.pollMs ?? 5000));
        history = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(client, ctx, environments, target);
    }
    let chosen;
    try {
        chosen = await chooseArtifact(settings, history, source, deps);
    }
    catch (error) {
        if (error instanceof DigestMismatch && !settings.dryRun) {
            // Recorded, so the attempt to ship altered bytes is visible in the environment's history.
            const id = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createDeployment */ .Yy)(client, ctx, {
                ref: error.commit || ctx.sha,
                environment: target,
                payload: error.payload,
                description: `Glidepath: refused ${error.payload.version}, digest mismatch`,
                production: settings.index === settings.pipeline.length - 1,
            });
            await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .setStatus */ .Lx)(client, ctx, id, 'error', { description: error.message });
        }
        throw error;
    }
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Artifact ${chosen.name} ${chosen.version} (${chosen.digest}) verified`);
    // Idempotent: a re-run of this run attempt adopts the deployment it already made.
    const own = history.deployments[target]?.find((d) => d.payload?.run_id === ctx.runId &&
        d.payload.run_attempt === ctx.runAttempt &&
        d.payload.digest === chosen.digest);
    // Pipeline order: the artifact must be what is live in the previous environment.
    let override;
    if (source) {
        const live = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lastGood */ .mC)(history.deployments[source]);
        if (live?.payload?.digest !== chosen.digest) {
            const what = live
                ? `${source} has ${live.payload?.version} (${short(live.payload?.digest)}) live`
                : `${source} has no successful Glidepath deployment`;
            const message = `${chosen.version} (${short(chosen.digest)}) is not live in ${source}, the environment before ${target}: ${what}`;
            if (!settings.allowSkip)
                throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Refusing to promote: ${message}. Promote it to ${source} first, or set allow-skip: true to override (the override is recorded)`);
            override = message;
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`allow-skip: ${message}; the override is recorded in the deployment`);
        }
    }
    // Version policy of the target environment.
    const current = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lastGood */ .mC)(history.deployments[target]);
    const previousVersion = current?.payload?.version ?? '';
    const refusal = (0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_5__/* .versionRefusal */ .nb)(chosen.version, settings.pipeline[settings.index] ?? { name: target }, previousVersion, settings.allowDowngrade);
    if (refusal)
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(refusal);
    // Environment protection.
    const protection = history.protection;
    if (settings.requireReviewers && !protection?.requiredReviewers.length) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(protection?.exists
            ? `Refusing to deploy to ${target}: it has no required-reviewers protection rule, and require-reviewers is true. Add reviewers in Settings → Environments → ${target}`
            : `Refusing to deploy to ${target}: no such environment in the repository settings, so nobody reviews deployments to it (require-reviewers is true). Create it with required reviewers`);
    }
    const approvers = protection?.requiredReviewers.length
        ? (await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readApprovals */ .RJ)(client, ctx, target)).filter((a) => a.state === 'approved')
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
        seconds: 0,
    };
    if (own && own.states.includes('success') && own.latestState !== 'failure') {
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`This run attempt already deployed ${chosen.version} to ${target} (deployment ${own.id}): nothing to do`);
        return { ...result, seconds: (Date.now() - started) / 1000 };
    }
    if (settings.dryRun) {
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Dry run: would deploy ${chosen.version} to ${target}${previousVersion ? ` (replacing ${previousVersion})` : ''}; nothing changed`);
        return { ...result, seconds: (Date.now() - started) / 1000 };
    }
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
        ...(0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runFields */ .Fz)(ctx),
        approvers,
        ...(backup ? { backup } : {}),
        previous_version: previousVersion || null,
    });
    const create = (backup) => (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createDeployment */ .Yy)(client, ctx, {
        ref: chosen.commit || ctx.sha,
        environment: target,
        payload: payload(backup),
        description: `Glidepath: ${chosen.version} to ${target}`,
        production: settings.index === settings.pipeline.length - 1,
    });
    // The pre-deploy command runs first so what it records (a backup's location) is in the
    // payload, which GitHub never lets change. If it fails, the attempt is still recorded.
    let backup;
    if (settings.preDeployCommand) {
        const backupFile = (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .runnerTemp */ .X)(`glidepath-backup-${ctx.runId}-${Date.now()}`);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(backupFile, '');
        try {
            await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .group */ .Os('Pre-deploy command', () => (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .runUserCommandOrFail */ .XK)(settings.preDeployCommand, {
                env: { ...env, GLIDEPATH_BACKUP_FILE: backupFile },
                timeoutMs: settings.deployTimeoutMs,
                label: "The command in input 'pre-deploy-command'",
                cwd: ctx.workspace,
                onSpawn: deps.onCommand,
            }).finally(() => deps.onCommand?.(undefined)));
        }
        catch (error) {
            const id = own?.id ?? (await create());
            await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .setStatus */ .Lx)(client, ctx, id, 'failure', {
                description: `pre-deploy failed, nothing deployed: ${error.message}`,
            });
            throw error;
        }
        backup = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(backupFile, 'utf8')).trim() || undefined;
    }
    const id = own?.id ?? (await create(backup));
    result.deploymentId = id;
    result.backup = backup;
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Deployment ${id}: ${chosen.version} to ${target}`);
    let finished = false;
    const onCancel = () => {
        if (!finished)
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e('Cancelled: the deploy command was stopped; the deployment is marked failure');
    };
    deps.signal?.addEventListener('abort', onCancel, { once: true });
    try {
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .setStatus */ .Lx)(client, ctx, id, 'in_progress', {
            description: `Deploying ${chosen.version}`,
            environmentUrl,
            autoInactive: false,
        });
        if (settings.deployCommand) {
            await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .group */ .Os('Deploy command', () => (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .runUserCommandOrFail */ .XK)(settings.deployCommand, {
                env,
                timeoutMs: settings.deployTimeoutMs,
                label: "The command in input 'deploy-command'",
                cwd: ctx.workspace,
                onSpawn: deps.onCommand,
            }).finally(() => deps.onCommand?.(undefined)));
        }
        else {
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq('No deploy-command: the deployment records the promotion only');
        }
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .setStatus */ .Lx)(client, ctx, id, 'success', {
            description: `${chosen.version} live in ${target}`,
            environmentUrl,
        });
        finished = true;
    }
    catch (error) {
        finished = true;
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .setStatus */ .Lx)(client, ctx, id, 'failure', {
            description: `Failed: ${error.message}`,
            environmentUrl,
        }).catch((statusError) => {
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`Could not mark deployment ${id} failure: ${statusError.message}`);
        });
        throw error;
    }
    finally {
        deps.signal?.removeEventListener('abort', onCancel);
    }
    // GitHub deactivates earlier deployments itself, except production ones: do it here.
    if (settings.index === settings.pipeline.length - 1 &&
        current &&
        current.id !== id &&
        current.latestState === 'success') {
        await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .setStatus */ .Lx)(client, ctx, current.id, 'inactive', {
            description: `Replaced by ${chosen.version}`,
        });
    }
    return { ...result, seconds: (Date.now() - started) / 1000 };
}
/** The bytes found are not the bytes that were built. */
class DigestMismatch extends _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    payload;
    commit;
    constructor(message, payload, commit) {
        super(message);
        this.payload = payload;
        this.commit = commit;
    }
}
async function chooseArtifact(settings, history, source, deps) {
    if (settings.artifactPath && settings.manifestPath) {
        if (settings.manifestDigest) {
            const actual = (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_8__/* .digestOf */ .ol)(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(settings.manifestPath));
            if (actual !== settings.manifestDigest) {
                throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The manifest beside artifact-path has digest ${actual}, but manifest-digest is ${settings.manifestDigest}: it was changed after the build, so it is refused`);
            }
        }
        const manifest = await (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_8__/* .readManifest */ .WI)(settings.manifestPath);
        if (settings.version && !(0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .isVersion */ .lF)(manifest.version, settings.version)) {
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input 'version' is ${settings.version}, but the artifact at artifact-path is ${manifest.version}: pass one or the other, or the matching pair`);
        }
        const location = await recordedLocation(settings.manifestPath, settings.artifactPath);
        const actual = `sha256:${await (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256File */ .Q3)(settings.artifactPath)}`;
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
        found = all.find((d) => (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlidepath */ .tO)(d) && (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .isVersion */ .lF)(d.payload.version, wanted) && d.states.includes('success'));
        if (!found && !source) {
            // The first environment takes any build: find it by its GitHub Release.
            const p = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .payloadFromRelease */ .s8)(deps.client(), deps.ctx, wanted);
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
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Version ${wanted} was never deployed successfully to ${[source, settings.environment].filter(Boolean).join(' or ')}: promote it through ${source} first, or pass artifact-path (build-artifact's archive-path output)`);
        }
    }
    else {
        if (!source)
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${settings.environment} is the first environment, so there is nothing to promote from: pass artifact-path (build-artifact's archive-path output)`);
        found = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lastGood */ .mC)(history.deployments[source]);
        if (!found)
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${source} has no successful Glidepath deployment to promote to ${settings.environment}: deploy there first, or pass artifact-path or version`);
    }
    const p = found.payload;
    const dir = (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .runnerTemp */ .X)('glidepath-fetched', String(found.id));
    let archivePath;
    try {
        archivePath = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchArtifact */ .t2)(p.artifact, p.digest, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchedArchiveName */ .JL)(p.artifact)), deps.client);
    }
    catch (error) {
        if (error instanceof _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo && /has digest .* was recorded/.test(error.message)) {
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
        ...(0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runFields */ .Fz)(ctx),
        approvers: [],
    };
}
function fromManifest(m) {
    return { name: m.name, version: m.version, digest: m.digest, commit: m.commit, image: m.image };
}
async function recordedLocation(manifestPath, archivePath) {
    try {
        return JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile((0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_11__/* .locationFileName */ .Zr)(manifestPath), 'utf8'));
    }
    catch {
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e("No storage location beside the manifest: the deployment records this runner's path only, so a later rollback to this version needs the same archive. Build with storage: release or directory");
        return { storage: 'none', url: '', path: archivePath, archive: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(archivePath) };
    }
}
function short(digest) {
    return digest ? `${digest.slice(0, 19)}…` : 'no digest';
}
/** Outputs and the job summary. */
async function report(settings, result) {
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH('version', result.version);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH('digest', result.digest);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH('environment-url', result.environmentUrl);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH('previous-version', result.previousVersion);
    const flow = settings.pipeline
        .map((e, i) => i < settings.index
        ? `${e.name} ✅`
        : i === settings.index
            ? `**${e.name}** ${result.dryRun ? '🔍' : '🚀'}`
            : `${e.name} ⏳`)
        .join(' → ');
    const rows = [
        [
            'Environment',
            `${settings.environment}${result.environmentUrl ? ` (${result.environmentUrl})` : ''}`,
        ],
        [
            'Version',
            `\`${result.version}\`${result.previousVersion ? ` (was \`${result.previousVersion}\`)` : ''}`,
        ],
        ['Digest', `\`${result.digest}\``],
        ['Promoted from', result.source ?? 'build (first environment)'],
        [
            'Approved by',
            result.approvers.length
                ? result.approvers.map((a) => `${a.user}${a.comment ? `: “${a.comment}”` : ''}`).join('; ')
                : '—',
        ],
        ['Backup', result.backup ?? '—'],
        [
            'Deployment',
            result.deploymentId === null
                ? result.dryRun
                    ? 'none (dry run)'
                    : '—'
                : `${result.deploymentId}${result.reused ? ' (re-run: adopted)' : ''}`,
        ],
        ['Took', (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_12__/* .formatDuration */ .a)(result.seconds * 1000)],
    ];
    if (result.override)
        rows.push(['⚠️ Order override', result.override]);
    const title = result.dryRun
        ? `🔍 Glidepath promote-environment (dry run): ${result.version} → ${settings.environment}`
        : `🚀 Glidepath promote-environment: ${result.version} → ${settings.environment}`;
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_13__/* .writeSummary */ .Sy)(`### ${title}\n\n${flow}\n\n${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_13__/* .table */ .tp)(['', ''], rows)}`);
}


/***/ }),

/***/ 6518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   XU: () => (/* binding */ collectEntries),
/* harmony export */   _d: () => (/* binding */ writeArchive)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHUNK_SIZE, readArchive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8006);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9683);










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
            if (!isInside(realRoot, resolved)) {
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
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(relative));
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

/***/ 3173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ runFields),
/* harmony export */   Kg: () => (/* binding */ isGood),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   Lx: () => (/* binding */ setStatus),
/* harmony export */   MC: () => (/* binding */ clip140),
/* harmony export */   RJ: () => (/* binding */ readApprovals),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   mC: () => (/* binding */ lastGood),
/* harmony export */   rD: () => (/* binding */ HISTORY_DEPTH),
/* harmony export */   s8: () => (/* binding */ payloadFromRelease),
/* harmony export */   tO: () => (/* binding */ isGlidepath),
/* harmony export */   yk: () => (/* binding */ running)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9683);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4374);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2622);



/** The fields every Glidepath payload carries about the run that wrote it. */
function runFields(ctx) {
    return { run_id: ctx.runId, run_attempt: ctx.runAttempt, run_url: ctx.runUrl, actor: ctx.actor };
}
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
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'deployments: read', 'read the deployment history');
    }
    if (!data.repository)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Repository ${ctx.owner}/${ctx.repo} was not found with this token`);
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
                .flatMap((r) => r.reviewers.nodes.map((n) => n.login ?? `team:${n.slug}`)),
            waitTimerMinutes: rules.find((r) => r.type === 'WAIT_TIMER')?.timeout ?? 0,
        };
    }
    return { deployments, protection };
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
                _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`GitHub's answer to the create was lost, but deployment ${made} was made: using it`);
                return made;
            }
            if (attempt >= _client_js__WEBPACK_IMPORTED_MODULE_1__/* .API_RETRIES */ .q1)
                return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'deployments: write', what);
            await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPacing */ .Fh)().unitMs));
        }
    }
    if (response.status === 202) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GitHub merged the default branch into '${request.ref}' instead of creating a deployment (202): deploy a commit SHA or an up-to-date ref`);
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
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'actions: read', `read the approvals of run ${ctx.runId}`);
    }
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
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No release v${version} exists, so ${version} cannot be found: build it with storage: release first`);
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'contents: read', `read release v${version}`);
    }
    const manifestAsset = release.assets.find((a) => a.name.endsWith('.manifest.json'));
    if (!manifestAsset)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Release v${version} has no Glidepath manifest asset`);
    const raw = await client
        .request(`GET ${manifestAsset.url}`, { headers: { accept: 'application/octet-stream' } })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'contents: read', `download the manifest of release v${version}`));
    const manifest = JSON.parse(Buffer.from(raw.data).toString('utf8'));
    const archiveAsset = release.assets.find((a) => a.name === manifest.archive);
    if (!archiveAsset)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Release v${version} has no asset '${manifest.archive}', the archive its manifest names`);
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
        },
        commit: manifest.commit,
        source_environment: null,
        ...runFields(ctx),
        approvers: [],
    };
}


/***/ }),

/***/ 417:
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


/***/ })

};

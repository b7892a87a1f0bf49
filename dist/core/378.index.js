export const id = 378;
export const ids = [378];
export const modules = {

/***/ 7378:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/artifact/index.ts + 4 modules
var artifact = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/actions/promote-environment/inputs.ts





/** Reads and checks every input before anything is read from or written to GitHub. */
function readSettings(inputs, ctx) {
    const environment = inputs.required('environment');
    const pipeline = (0,github/* readPipeline */.l9)(inputs.list('pipeline'), inputs.string('config') ?? '.github/glidepath.yml', ctx.workspace);
    const index = pipeline.findIndex((e) => e.name.toLowerCase() === environment.toLowerCase());
    if (index < 0) {
        throw new runtime/* ConfigError */.xL('environment', `is '${environment}', which is not in the pipeline`, `use one of ${pipeline.map((e) => e.name).join(', ')}`);
    }
    const target = pipeline[index];
    let artifactPath = inputs.string('artifact-path');
    let manifestPath;
    if (artifactPath) {
        artifactPath = external_node_path_default().resolve(ctx.workspace, artifactPath);
        if (!(0,external_node_fs_.existsSync)(artifactPath))
            throw new runtime/* ConfigError */.xL('artifact-path', `is '${artifactPath}', which does not exist`, "pass build-artifact's archive-path output, or download the artifact first");
        if (!artifactPath.endsWith('.tar.gz'))
            throw new runtime/* ConfigError */.xL('artifact-path', `is '${artifactPath}', not a .tar.gz written by build-artifact`, "pass build-artifact's archive-path output");
        manifestPath = (0,artifact/* manifestFileName */.V6)(artifactPath);
        if (!(0,external_node_fs_.existsSync)(manifestPath))
            throw new runtime/* ConfigError */.xL('artifact-path', `has no manifest beside it ('${external_node_path_default().basename(manifestPath)}')`, 'keep the manifest build-artifact wrote next to the archive (upload and download both files)');
    }
    const manifestDigest = inputs.string('manifest-digest');
    if (manifestDigest !== undefined) {
        if (!/^sha256:[0-9a-f]{64}$/.test(manifestDigest))
            throw new runtime/* ConfigError */.xL('manifest-digest', `is '${(0,runtime/* clip */.$Q)(manifestDigest)}', not a digest`, "give build-artifact's manifest-digest output, sha256: and 64 hex digits");
        if (!artifactPath)
            throw new runtime/* ConfigError */.xL('manifest-digest', 'is set without artifact-path', 'pass both, from the same build-artifact step');
    }
    const url = inputs.url('environment-url') ? inputs.string('environment-url') : target.url;
    return {
        environment: target.name,
        pipeline,
        index,
        version: inputs.semver('version'),
        artifactPath,
        manifestPath,
        manifestDigest,
        deployCommand: inputs.string('deploy-command'),
        preDeployCommand: inputs.string('pre-deploy-command'),
        deployTimeoutMs: inputs.duration('deploy-timeout', {
            min: 1000,
            max: 6 * 3_600_000,
            fallback: 30 * 60_000,
        }),
        environmentUrl: url,
        requireReviewers: inputs.boolean('require-reviewers', false) || target.requireReviewers === true,
        allowDowngrade: inputs.boolean('allow-downgrade', false),
        allowSkip: inputs.boolean('allow-skip', false),
        waitTimeoutMs: inputs.duration('wait-timeout', {
            min: 0,
            max: 6 * 3_600_000,
            fallback: 0,
        }),
        dryRun: inputs.boolean('dry-run', false),
        token: inputs.secret('token', { required: true }),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
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
    const source = settings.index > 0 ? (settings.pipeline[settings.index - 1]?.name ?? null) : null;
    const environments = source ? [source, target] : [target];
    let history = await (0,github/* readHistory */.Lu)(client, ctx, environments, target);
    // Concurrency: another run's deployment to the same environment still in progress.
    const deadline = Date.now() + settings.waitTimeoutMs;
    for (;;) {
        const others = (0,github/* running */.yk)(history.deployments[target]).filter((d) => d.payload?.run_id !== ctx.runId);
        if (others.length === 0)
            break;
        const other = others[0];
        const who = `deployment ${other.id} of ${other.payload?.version ?? 'an unknown version'} (${other.payload?.run_url ?? 'another run'}) is ${other.latestState}`;
        if (Date.now() >= deadline) {
            throw new runtime/* UserError */.yo(`Another deployment to ${target} is in progress: ${who}. Wait for it, raise wait-timeout, or add a concurrency: group to the workflow`);
        }
        core/* info */.pq(`Waiting: ${who}`);
        await new Promise((resolve) => setTimeout(resolve, deps.pollMs ?? 5000));
        history = await (0,github/* readHistory */.Lu)(client, ctx, environments, target);
    }
    let chosen;
    try {
        chosen = await chooseArtifact(settings, history, source, deps);
    }
    catch (error) {
        if (error instanceof DigestMismatch && !settings.dryRun) {
            // Recorded, so the attempt to ship altered bytes is visible in the environment's history.
            const id = await (0,github/* createDeployment */.Yy)(client, ctx, {
                ref: error.commit || ctx.sha,
                environment: target,
                payload: error.payload,
                description: `Glidepath: refused ${error.payload.version}, digest mismatch`,
                production: settings.index === settings.pipeline.length - 1,
            });
            await (0,github/* setStatus */.Lx)(client, ctx, id, 'error', { description: error.message });
        }
        throw error;
    }
    core/* info */.pq(`Artifact ${chosen.name} ${chosen.version} (${chosen.digest}) verified`);
    // Idempotent: a re-run of this run attempt adopts the deployment it already made.
    const own = history.deployments[target]?.find((d) => d.payload?.run_id === ctx.runId &&
        d.payload.run_attempt === ctx.runAttempt &&
        d.payload.digest === chosen.digest);
    // Pipeline order: the artifact must be what is live in the previous environment.
    let override;
    if (source) {
        const live = (0,github/* lastGood */.mC)(history.deployments[source]);
        if (live?.payload?.digest !== chosen.digest) {
            const what = live
                ? `${source} has ${live.payload?.version} (${main_short(live.payload?.digest)}) live`
                : `${source} has no successful Glidepath deployment`;
            const message = `${chosen.version} (${main_short(chosen.digest)}) is not live in ${source}, the environment before ${target}: ${what}`;
            if (!settings.allowSkip)
                throw new runtime/* UserError */.yo(`Refusing to promote: ${message}. Promote it to ${source} first, or set allow-skip: true to override (the override is recorded)`);
            override = message;
            core/* warning */.$e(`allow-skip: ${message}; the override is recorded in the deployment`);
        }
    }
    // Version policy of the target environment.
    const current = (0,github/* lastGood */.mC)(history.deployments[target]);
    const previousVersion = current?.payload?.version ?? '';
    const refusal = (0,github/* versionRefusal */.nb)(chosen.version, settings.pipeline[settings.index] ?? { name: target }, previousVersion, settings.allowDowngrade);
    if (refusal)
        throw new runtime/* UserError */.yo(refusal);
    // Environment protection.
    const protection = history.protection;
    if (settings.requireReviewers && !protection?.requiredReviewers.length) {
        throw new runtime/* UserError */.yo(protection?.exists
            ? `Refusing to deploy to ${target}: it has no required-reviewers protection rule, and require-reviewers is true. Add reviewers in Settings → Environments → ${target}`
            : `Refusing to deploy to ${target}: no such environment in the repository settings, so nobody reviews deployments to it (require-reviewers is true). Create it with required reviewers`);
    }
    const approvers = protection?.requiredReviewers.length
        ? (await (0,github/* readApprovals */.RJ)(client, ctx, target)).filter((a) => a.state === 'approved')
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
        core/* info */.pq(`This run attempt already deployed ${chosen.version} to ${target} (deployment ${own.id}): nothing to do`);
        return { ...result, seconds: (Date.now() - started) / 1000 };
    }
    if (settings.dryRun) {
        core/* info */.pq(`Dry run: would deploy ${chosen.version} to ${target}${previousVersion ? ` (replacing ${previousVersion})` : ''}; nothing changed`);
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
        ...(0,github/* runFields */.Fz)(ctx),
        approvers,
        ...(backup ? { backup } : {}),
        previous_version: previousVersion || null,
    });
    const create = (backup) => (0,github/* createDeployment */.Yy)(client, ctx, {
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
        const backupFile = (0,runtime/* runnerTemp */.X5)(`glidepath-backup-${ctx.runId}-${Date.now()}`);
        await external_node_fs_.promises.writeFile(backupFile, '');
        try {
            await core/* group */.Os('Pre-deploy command', () => (0,runtime/* runUserCommandOrFail */.XK)(settings.preDeployCommand, {
                env: { ...env, GLIDEPATH_BACKUP_FILE: backupFile },
                timeoutMs: settings.deployTimeoutMs,
                label: "The command in input 'pre-deploy-command'",
                cwd: ctx.workspace,
                onSpawn: deps.onCommand,
            }).finally(() => deps.onCommand?.(undefined)));
        }
        catch (error) {
            const id = own?.id ?? (await create());
            await (0,github/* setStatus */.Lx)(client, ctx, id, 'failure', {
                description: `pre-deploy failed, nothing deployed: ${error.message}`,
            });
            throw error;
        }
        backup = (await external_node_fs_.promises.readFile(backupFile, 'utf8')).trim() || undefined;
    }
    const id = own?.id ?? (await create(backup));
    result.deploymentId = id;
    result.backup = backup;
    core/* info */.pq(`Deployment ${id}: ${chosen.version} to ${target}`);
    let finished = false;
    const onCancel = () => {
        if (!finished)
            core/* warning */.$e('Cancelled: the deploy command was stopped; the deployment is marked failure');
    };
    deps.signal?.addEventListener('abort', onCancel, { once: true });
    try {
        await (0,github/* setStatus */.Lx)(client, ctx, id, 'in_progress', {
            description: `Deploying ${chosen.version}`,
            environmentUrl,
            autoInactive: false,
        });
        if (settings.deployCommand) {
            await core/* group */.Os('Deploy command', () => (0,runtime/* runUserCommandOrFail */.XK)(settings.deployCommand, {
                env,
                timeoutMs: settings.deployTimeoutMs,
                label: "The command in input 'deploy-command'",
                cwd: ctx.workspace,
                onSpawn: deps.onCommand,
            }).finally(() => deps.onCommand?.(undefined)));
        }
        else {
            core/* info */.pq('No deploy-command: the deployment records the promotion only');
        }
        await (0,github/* setStatus */.Lx)(client, ctx, id, 'success', {
            description: `${chosen.version} live in ${target}`,
            environmentUrl,
        });
        finished = true;
    }
    catch (error) {
        finished = true;
        await (0,github/* setStatus */.Lx)(client, ctx, id, 'failure', {
            description: `Failed: ${error.message}`,
            environmentUrl,
        }).catch((statusError) => {
            core/* warning */.$e(`Could not mark deployment ${id} failure: ${statusError.message}`);
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
        await (0,github/* setStatus */.Lx)(client, ctx, current.id, 'inactive', {
            description: `Replaced by ${chosen.version}`,
        });
    }
    return { ...result, seconds: (Date.now() - started) / 1000 };
}
/** The bytes found are not the bytes that were built. */
class DigestMismatch extends runtime/* UserError */.yo {
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
            const actual = (0,artifact/* digestOf */.ol)(await external_node_fs_.promises.readFile(settings.manifestPath));
            if (actual !== settings.manifestDigest) {
                throw new runtime/* UserError */.yo(`The manifest beside artifact-path has digest ${actual}, but manifest-digest is ${settings.manifestDigest}: it was changed after the build, so it is refused`);
            }
        }
        const manifest = await (0,artifact/* readManifest */.Dl)(settings.manifestPath);
        if (settings.version && !(0,artifact/* isVersion */.lF)(manifest.version, settings.version)) {
            throw new runtime/* UserError */.yo(`Input 'version' is ${settings.version}, but the artifact at artifact-path is ${manifest.version}: pass one or the other, or the matching pair`);
        }
        const location = await recordedLocation(settings.manifestPath, settings.artifactPath);
        const actual = `sha256:${await (0,artifact/* sha256File */.Q3)(settings.artifactPath)}`;
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
        found = all.find((d) => (0,github/* isGlidepath */.tO)(d) && (0,artifact/* isVersion */.lF)(d.payload.version, wanted) && d.states.includes('success'));
        if (!found && !source) {
            // The first environment takes any build: find it by its GitHub Release.
            const p = await (0,github/* payloadFromRelease */.s8)(deps.client(), deps.ctx, wanted);
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
            throw new runtime/* UserError */.yo(`Version ${wanted} was never deployed successfully to ${[source, settings.environment].filter(Boolean).join(' or ')}: promote it through ${source} first, or pass artifact-path (build-artifact's archive-path output)`);
        }
    }
    else {
        if (!source)
            throw new runtime/* UserError */.yo(`${settings.environment} is the first environment, so there is nothing to promote from: pass artifact-path (build-artifact's archive-path output)`);
        found = (0,github/* lastGood */.mC)(history.deployments[source]);
        if (!found)
            throw new runtime/* UserError */.yo(`${source} has no successful Glidepath deployment to promote to ${settings.environment}: deploy there first, or pass artifact-path or version`);
    }
    const p = found.payload;
    const dir = (0,runtime/* runnerTemp */.X5)('glidepath-fetched', String(found.id));
    let archivePath;
    try {
        archivePath = await (0,github/* fetchArtifact */.t2)(p.artifact, p.digest, external_node_path_default().join(dir, (0,github/* fetchedArchiveName */.JL)(p.artifact)), deps.client);
    }
    catch (error) {
        if (error instanceof runtime/* UserError */.yo && /has digest .* was recorded/.test(error.message)) {
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
        ...(0,github/* runFields */.Fz)(ctx),
        approvers: [],
    };
}
function fromManifest(m) {
    return { name: m.name, version: m.version, digest: m.digest, commit: m.commit, image: m.image };
}
async function recordedLocation(manifestPath, archivePath) {
    try {
        return JSON.parse(await external_node_fs_.promises.readFile((0,github/* locationFileName */.Zr)(manifestPath), 'utf8'));
    }
    catch {
        core/* warning */.$e("No storage location beside the manifest: the deployment records this runner's path only, so a later rollback to this version needs the same archive. Build with storage: release or directory");
        return { storage: 'none', url: '', path: archivePath, archive: external_node_path_default().basename(archivePath) };
    }
}
function main_short(digest) {
    return digest ? `${digest.slice(0, 19)}…` : 'no digest';
}
/** Outputs and the job summary. */
async function report(settings, result) {
    core/* setOutput */.uH('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
    core/* setOutput */.uH('version', result.version);
    core/* setOutput */.uH('digest', result.digest);
    core/* setOutput */.uH('environment-url', result.environmentUrl);
    core/* setOutput */.uH('previous-version', result.previousVersion);
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
        ['Took', (0,runtime/* formatDuration */.a3)(result.seconds * 1000)],
    ];
    if (result.override)
        rows.push(['⚠️ Order override', result.override]);
    const title = result.dryRun
        ? `🔍 Glidepath promote-environment (dry run): ${result.version} → ${settings.environment}`
        : `🚀 Glidepath promote-environment: ${result.version} → ${settings.environment}`;
    await (0,runtime/* writeSummary */.Sy)(`### ${title}\n\n${flow}\n\n${(0,runtime/* table */.tp)(['', ''], rows)}`);
}

;// CONCATENATED MODULE: ./src/actions/promote-environment/index.ts





/**
 * Entry point: validate every input, then promote with a lazily built GitHub client. While it
 * works, the post step knows what is open: after a kill it stops the deploy command and marks
 * the deployment failure; after an error it checks that main's own failure record landed.
 */
async function run() {
    await (0,runtime/* runMain */.VN)('promote-environment', (h) => (0,recovery/* withOpenWork */.iK)(() => {
        const ctx = h.context();
        return { ctx, settings: readSettings(h.inputs, ctx) };
    }, ({ settings }) => (settings.dryRun ? 'dry run' : { environment: settings.environment }), async ({ ctx, settings }, onCommand) => {
        const result = await promote(settings, {
            ctx,
            client: (0,github/* lazyClient */.qW)(settings.token),
            onCommand,
            signal: h.signal,
        });
        await report(settings, result);
    }));
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

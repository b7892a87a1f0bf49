export const id = 2099;
export const ids = [2099];
export const modules = {

/***/ 72292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ listAttestations)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24332);


/**
 * One page of the attestations GitHub holds for a subject digest (`GET
 * /repos/{o}/{r}/attestations/{digest}`, 100 a page, cursor-paginated through the Link header):
 * `next` is the URL that page's Link header gives. GitHub answers 404 when there are none. Server
 * errors are retried by the client; when they outlast the retries the step fails saying so,
 * before anything was written.
 */
async function listAttestations(client, ctx, digest, next) {
    try {
        const response = next
            ? await client.request({ method: 'GET', url: next })
            : await client.rest.repos.listAttestations({
                owner: ctx.owner,
                repo: ctx.repo,
                subject_digest: digest,
                per_page: 100,
            });
        const data = response.data;
        if (!Array.isArray(data?.attestations))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Attestation check 'attestations API' failed: GitHub's answer for ${digest} has no attestations list; expected { attestations: [...] } (nothing was written)`);
        const link = /<([^>]+)>;\s*rel="next"/.exec(String(response.headers.link ?? ''))?.[1];
        return { entries: data.attestations, ...(link ? { next: link } : {}) };
    }
    catch (error) {
        if (error instanceof _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw error;
        if (error.status === 404)
            return { entries: [] };
        try {
            return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'attestations: read', `list the attestations of ${digest}`);
        }
        catch (explained) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Attestation check 'attestations API' failed: ${explained.message}; expected GitHub to list the attestations of the artifact (nothing was written)`);
        }
    }
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

/***/ 92099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_RETRIES: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.q1),
/* harmony export */   BACKOFF_UNIT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.lP),
/* harmony export */   HISTORY_DEPTH: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.rD),
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.j2),
/* harmony export */   apiPacing: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Fh),
/* harmony export */   attestationText: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.an),
/* harmony export */   clip140: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.MC),
/* harmony export */   createClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.UU),
/* harmony export */   createDeployment: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.Yy),
/* harmony export */   describeStore: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.Fk),
/* harmony export */   explainPermission: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.zi),
/* harmony export */   fetchArtifact: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.t2),
/* harmony export */   fetchedArchiveName: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.JL),
/* harmony export */   isGlidepath: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.tO),
/* harmony export */   isGood: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Kg),
/* harmony export */   isRateLimited: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Jz),
/* harmony export */   isTransient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.dg),
/* harmony export */   lastGood: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.mC),
/* harmony export */   lazyClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.qW),
/* harmony export */   listAttestations: () => (/* reexport safe */ _attestations_js__WEBPACK_IMPORTED_MODULE_6__.e),
/* harmony export */   locationFileName: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.Zr),
/* harmony export */   ofArtifact: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Sd),
/* harmony export */   onApiHost: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.ed),
/* harmony export */   payloadFromRelease: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.s8),
/* harmony export */   readApprovals: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.RJ),
/* harmony export */   readHistory: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Lu),
/* harmony export */   runFields: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.Fz),
/* harmony export */   running: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.yk),
/* harmony export */   safeSegment: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.LX),
/* harmony export */   setStatus: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.Lx),
/* harmony export */   storeInDirectory: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.yA),
/* harmony export */   storeInRelease: () => (/* reexport safe */ _releases_js__WEBPACK_IMPORTED_MODULE_5__.e),
/* harmony export */   teamPartial: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.bz)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24332);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58003);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22327);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9773);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60954);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95893);
/* harmony import */ var _attestations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72292);
// The public face of core/github: everything outside this folder imports from here.









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

/***/ 95893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ storeInRelease)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24332);





/** Largest archive sent from memory (so a failed upload can be retried); bigger ones stream once. */
const BUFFERED_UPLOAD_LIMIT = 256 * 1024 * 1024;
/** The line of a release's notes that says which build it holds: how a re-run knows its own draft. */
const digestLine = (digest) => `Digest: \`${digest}\``;
/**
 * Stores archive and manifest as the GitHub Release `v<version>`, the way immutable releases
 * require: create a draft (invisible to users, still mutable), upload every asset, check them,
 * then publish. In a repository with immutable releases on, publishing locks the tag and the
 * assets for good; a failure before it leaves a draft that a re-run finds (same tag, same digest)
 * and finishes, never a published release without its assets. A release or draft of that tag
 * with other content is refused: a version never changes once built.
 */
async function storeInRelease(request, client, ctx) {
    const tag = `v${request.version}`;
    let release = await findRelease(client, ctx, tag, request);
    if (!release) {
        release = await createDraft(client, ctx, tag, request);
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Release ${tag}: draft ${release.id} created`);
    }
    else if (release.draft) {
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Release ${tag}: finishing draft ${release.id}, left by an earlier attempt of this build`);
    }
    const assets = await attachAssets(client, ctx, release, request);
    if (release.draft) {
        release = await publish(client, ctx, release, request);
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Release ${tag} published${release.immutable ? ' (immutable: tag and assets are locked)' : ''}`);
    }
    return {
        storage: 'release',
        url: assets.archive.browser_download_url,
        assetUrl: assets.archive.url,
        tag,
        releaseId: release.id,
        archive: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.archivePath),
        manifest: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.manifestPath),
        immutable: release.immutable === true,
    };
}
/**
 * The published release of `tag`, or this build's draft of it (drafts are found only by listing).
 * A draft of another build is refused with the fix.
 */
async function findRelease(client, ctx, tag, request) {
    try {
        const { data } = await client.rest.repos.getReleaseByTag({
            owner: ctx.owner,
            repo: ctx.repo,
            tag,
        });
        return data;
    }
    catch (error) {
        if (error.status !== 404)
            (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', `read release ${tag}`);
    }
    const draft = await findDraft(client, ctx, tag);
    if (draft && !(draft.body ?? '').includes(digestLine(request.digest))) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} exists as an unpublished draft of another build (its notes do not record digest ${request.digest}): delete that draft on the repository's Releases page, or give this build a new version, then re-run`);
    }
    return draft;
}
async function findDraft(client, ctx, tag) {
    const releases = await client
        .paginate(client.rest.repos.listReleases, { owner: ctx.owner, repo: ctx.repo, per_page: 100 })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', 'list releases'));
    return releases.find((r) => r.draft && r.tag_name === tag);
}
async function createDraft(client, ctx, tag, request) {
    try {
        const { data } = await client.rest.repos.createRelease({
            owner: ctx.owner,
            repo: ctx.repo,
            tag_name: tag,
            target_commitish: ctx.sha || undefined,
            name: `${request.name} ${request.version}`,
            body: `Built by Glidepath build-artifact in ${ctx.runUrl}\n\n${digestLine(request.digest)}`,
            draft: true,
            prerelease: semver__WEBPACK_IMPORTED_MODULE_2___default().prerelease(request.version) !== null,
        });
        return data;
    }
    catch (error) {
        const taken = alreadyExists(error);
        // A create whose answer was lost and whose retry met "already exists": the draft is there.
        const draft = taken ? await findDraft(client, ctx, tag) : undefined;
        if (draft)
            return draft;
        if (taken || burnedTag(error)) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`The tag ${tag} is taken${burnedTag(error) ? ' for good: an immutable release used it, and GitHub never allows it again' : ''}: give this build a new version`);
        }
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: write', `create release ${tag}`);
    }
}
/** Uploads what is missing, refuses what differs, and checks that every asset is there as built. */
async function attachAssets(client, ctx, release, request) {
    const tag = release.tag_name;
    const listAssets = () => client
        .paginate(client.rest.repos.listReleaseAssets, {
        owner: ctx.owner,
        repo: ctx.repo,
        release_id: release.id,
        per_page: 100,
    })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', `list the assets of release ${tag}`));
    let assets = await listAssets();
    const wanted = [
        [request.archivePath, 'application/gzip'],
        [request.manifestPath, 'application/json'],
    ];
    for (const [file, contentType] of wanted) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
        const existing = assets.find((asset) => asset.name === name);
        if (existing) {
            // Already there (a re-run, or the retry of an upload whose answer was lost): the same bytes only.
            const same = file === request.archivePath
                ? existing.size === (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file)).size &&
                    (await assetDigest(client, ctx, existing.id)) === request.digest
                : true;
            if (!same) {
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} already has an asset '${name}' with other content: versions are immutable, so give this build a new version`);
            }
            continue;
        }
        if (release.immutable) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} is published and immutable but has no '${name}': GitHub locks its assets and its tag for good, so give this build a new version`);
        }
        await uploadAsset(client, release.upload_url, file, name, contentType);
    }
    // Checked as GitHub now lists them: every asset present, each the size that was built.
    assets = await listAssets();
    const found = {};
    for (const [file] of wanted) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
        const asset = assets.find((a) => a.name === name);
        const size = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file)).size;
        if (!asset || asset.size !== size) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} does not hold '${name}' as built (${asset ? `${asset.size} bytes, not ${size}` : 'missing'} after the upload): re-run the job; the release stays a draft until it does`);
        }
        found[file === request.archivePath ? 'archive' : 'manifest'] = asset;
    }
    return found;
}
/** Publishes the draft (marking it latest unless a prerelease): from here on, immutable releases are locked. */
async function publish(client, ctx, release, request) {
    const { data } = await client.rest.repos
        .updateRelease({
        owner: ctx.owner,
        repo: ctx.repo,
        release_id: release.id,
        draft: false,
        make_latest: semver__WEBPACK_IMPORTED_MODULE_2___default().prerelease(request.version) === null ? 'true' : 'false',
    })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: write', `publish release ${release.tag_name}`));
    return data;
}
/** GitHub's 422 for a tag that an immutable release once used. */
function burnedTag(error) {
    const e = error;
    return (e.status === 422 &&
        (e.response?.data?.errors ?? []).some((x) => /immutable release/i.test(x.message ?? '')));
}
/** GitHub's 422 for a name (tag, asset) that is taken. */
function alreadyExists(error) {
    const e = error;
    return (e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === 'already_exists'));
}
/** Uploads one asset; undefined when GitHub says the name is taken (a retried upload whose first answer was lost). */
async function uploadAsset(client, uploadUrlTemplate, file, name, contentType) {
    const url = uploadUrlTemplate.replace(/\{[^}]*\}$/, '');
    const size = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file)).size;
    const data = size <= BUFFERED_UPLOAD_LIMIT ? await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
    try {
        const response = await client.request({
            method: 'POST',
            url: `${url}?name=${encodeURIComponent(name)}`,
            headers: { 'content-type': contentType, 'content-length': size },
            data,
            request: size <= BUFFERED_UPLOAD_LIMIT ? {} : { retries: 0 },
        });
        return response.data;
    }
    catch (error) {
        if (alreadyExists(error))
            return undefined;
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: write', `upload '${name}' to the release`);
    }
}
async function assetDigest(client, ctx, assetId) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    const response = await client
        .request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner: ctx.owner,
        repo: ctx.repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
    })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', `download release asset ${assetId}`));
    const body = Buffer.from(response.data);
    return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}


/***/ })

};

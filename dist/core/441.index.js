export const id = 441;
export const ids = [441];
export const modules = {

/***/ 441:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/artifact/index.ts + 4 modules
var artifact = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/actions/build-artifact/inputs.ts




const IMAGE_WITH_DIGEST = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\.[a-z0-9-]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}$/;
/** Reads and validates every input before anything runs, so bad input changes nothing. */
function readSettings(inputs, ctx) {
    const patterns = inputs.list('path');
    if (patterns.length === 0)
        throw new runtime/* ConfigError */.xL('path', 'is required', 'give one or more paths or globs, comma- or newline-separated, e.g. dist/**');
    const name = inputs.string('name') ?? ctx.repo;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name)) {
        throw new runtime/* ConfigError */.xL('name', `is '${name}'`, 'use 1–100 letters, digits, dots, dashes or underscores, starting with a letter or digit');
    }
    const version = (inputs.string('version') ?? 'auto') === 'auto' ? 'auto' : inputs.semver('version');
    const workspace = external_node_path_default().resolve(ctx.workspace);
    const workingDirectory = external_node_path_default().resolve(workspace, inputs.string('working-directory') ?? '.');
    if (!(0,artifact/* isInside */.FK)(workspace, workingDirectory)) {
        throw new runtime/* ConfigError */.xL('working-directory', `is '${workingDirectory}', outside the workspace '${workspace}'`, 'use a folder inside the repository checkout');
    }
    if (!isDirectory(workingDirectory)) {
        throw new runtime/* ConfigError */.xL('working-directory', `is '${inputs.string('working-directory')}', which is not a folder in the workspace '${workspace}'`, 'give a folder of the checkout that exists before the build runs (relative to the workspace), or leave it out for the workspace itself');
    }
    for (const pattern of patterns) {
        const bare = pattern.replace(/^!/, '');
        if (external_node_path_default().isAbsolute(bare) || bare.split(/[\\/]/).includes('..')) {
            throw new runtime/* ConfigError */.xL('path', `has '${pattern}', which could reach outside the working directory`, "give globs relative to working-directory without '..', e.g. dist/** or build/app.jar");
        }
    }
    const storage = inputs.enum('storage', ['release', 'directory', 'none'], 'release');
    const directory = inputs.string('directory');
    if (storage === 'directory' && !directory) {
        throw new runtime/* ConfigError */.xL('directory', "is required when 'storage' is directory", 'give the folder that holds the artifact store, e.g. /srv/artifacts');
    }
    const image = inputs.string('image');
    if (image !== undefined && !IMAGE_WITH_DIGEST.test(image)) {
        throw new runtime/* ConfigError */.xL('image', `is '${image}', not an image reference pinned by digest`, 'use registry/name@sha256:<64 hex digits>, e.g. ghcr.io/octo/app@sha256:…');
    }
    const compressionLevel = inputs.integer('compression-level', {
        min: 1,
        max: 9,
        fallback: 6,
    });
    const token = storage === 'release' ? inputs.secret('token', { required: true }) : inputs.secret('token');
    return {
        patterns,
        name,
        version,
        buildCommand: inputs.string('build-command'),
        workingDirectory,
        storage,
        directory: directory ? external_node_path_default().resolve(workspace, directory) : undefined,
        image,
        compressionLevel,
        token,
    };
}
function isDirectory(candidate) {
    try {
        return (0,external_node_fs_.statSync)(candidate).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
;// CONCATENATED MODULE: ./src/actions/build-artifact/main.ts








/** Builds once, packages reproducibly, records a manifest, and stores both. */
async function buildArtifact(settings, deps) {
    const { ctx } = deps;
    const env = deps.env ?? process.env;
    const started = Date.now();
    const version = settings.version === 'auto'
        ? await (0,artifact/* autoVersion */.uV)(settings.workingDirectory, {
            ref: ctx.ref,
            defaultBranch: ctx.payload.repository
                ?.default_branch,
            runNumber: ctx.runNumber,
        })
        : settings.version;
    core/* info */.pq(`Version: ${version}${settings.version === 'auto' ? ' (auto, from tags and conventional commits)' : ''}`);
    if (settings.buildCommand) {
        await core/* group */.Os('Build command', () => (0,runtime/* runUserCommandOrFail */.XK)(settings.buildCommand, {
            cwd: settings.workingDirectory,
            env: { GLIDEPATH_VERSION: version },
            label: "The command in input 'build-command'",
        }));
    }
    const matches = await matchPatterns(settings.workingDirectory, settings.patterns);
    const entries = await (0,artifact/* collectEntries */.XU)(settings.workingDirectory, matches);
    if (!entries.some((entry) => entry.type !== 'directory')) {
        throw new runtime/* ConfigError */.xL('path', `matched no files in '${settings.workingDirectory}' (patterns: ${settings.patterns.join(', ')})`, 'check the paths, the working-directory, and that the build wrote its output there');
    }
    const outDir = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'glidepath-artifacts');
    await external_node_fs_.promises.mkdir(outDir, { recursive: true });
    const archivePath = external_node_path_default().join(outDir, (0,artifact/* archiveFileName */.Gm)(settings.name, version));
    const sourceDateEpoch = await sourceDate(settings.workingDirectory, env);
    const packStart = Date.now();
    const result = await core/* group */.Os(`Packaging ${entries.length} entries`, () => (0,artifact/* writeArchive */._d)(entries, archivePath, {
        mtime: sourceDateEpoch,
        level: settings.compressionLevel,
    }));
    const seconds = (Date.now() - packStart) / 1000;
    core/* info */.pq(`Archive ${external_node_path_default().basename(archivePath)}: ${formatBytes(result.size)}, ${result.files} files, in ${(0,runtime/* formatDuration */.a3)(Date.now() - packStart)} (${formatBytes(totalBytes(entries) / Math.max(seconds, 0.001))}/s of input)`);
    const manifest = {
        schema: artifact/* MANIFEST_SCHEMA */.KB,
        name: settings.name,
        version,
        archive: external_node_path_default().basename(archivePath),
        digest: `sha256:${result.sha256}`,
        size: result.size,
        files: result.files,
        commit: ctx.sha,
        ref: ctx.ref,
        runUrl: ctx.runUrl,
        sourceDateEpoch,
        image: settings.image,
    };
    const manifestText = (0,artifact/* serialiseManifest */.Tz)(manifest);
    const manifestPath = external_node_path_default().join(outDir, (0,artifact/* manifestFileName */.V6)(manifest.archive));
    await external_node_fs_.promises.writeFile(manifestPath, manifestText);
    const manifestDigest = (0,artifact/* digestOf */.ol)(manifestText);
    const request = {
        archivePath,
        manifestPath,
        name: settings.name,
        version,
        digest: manifest.digest,
    };
    let location;
    if (settings.storage === 'directory') {
        location = await (0,github/* storeInDirectory */.yA)(request, settings.directory);
    }
    else if (settings.storage === 'release') {
        location = await core/* group */.Os('Publishing to a GitHub Release', () => (0,github/* storeInRelease */.et)(request, deps.client(), ctx));
    }
    // Recorded beside the manifest so promote-environment finds where the bytes live.
    await external_node_fs_.promises.writeFile((0,github/* locationFileName */.Zr)(manifestPath), `${JSON.stringify(location ?? { storage: 'none', url: '', path: archivePath }, null, 2)}\n`);
    core/* info */.pq(`Done in ${(0,runtime/* formatDuration */.a3)(Date.now() - started)}`);
    return { manifest, archivePath, manifestPath, manifestDigest, location };
}
/** Globs relative to the working directory with GitHub's own glob library (`!` excludes). */
async function matchPatterns(root, patterns) {
    // The folder's own name is matched literally: glob's escape (\) doubled, its wildcards as classes.
    const escapedRoot = root.replace(/\\/g, '\\\\').replace(/[[*?]/g, (c) => `[${c}]`);
    const rooted = patterns.map((p) => p.startsWith('!') ? `!${external_node_path_default().join(escapedRoot, p.slice(1))}` : external_node_path_default().join(escapedRoot, p));
    const globber = await glob/* create */.v(rooted.join('\n'), {
        followSymbolicLinks: false,
        implicitDescendants: true,
        matchDirectories: true,
    });
    return globber.glob();
}
/** SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the commit's time. */
async function sourceDate(cwd, env) {
    const fromEnv = env.SOURCE_DATE_EPOCH;
    if (fromEnv !== undefined && fromEnv !== '') {
        if (!/^\d+$/.test(fromEnv))
            throw new runtime/* UserError */.yo(`SOURCE_DATE_EPOCH is '${fromEnv}': it must be whole seconds since 1970-01-01 UTC`);
        return Number(fromEnv);
    }
    const commitTime = await (0,artifact/* git */.$Y)(['log', '-1', '--format=%ct'], cwd, { allowFailure: true });
    return /^\d+$/.test(commitTime) ? Number(commitTime) : 0;
}
function totalBytes(entries) {
    return entries.reduce((sum, entry) => sum + entry.size, 0);
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
/** Sets the outputs and writes the job summary. */
async function report(result) {
    const { manifest } = result;
    const artifactUrl = result.location?.url ?? '';
    core/* setOutput */.uH('version', manifest.version);
    core/* setOutput */.uH('digest', manifest.digest);
    core/* setOutput */.uH('archive-path', result.archivePath);
    core/* setOutput */.uH('manifest-path', result.manifestPath);
    core/* setOutput */.uH('manifest-digest', result.manifestDigest);
    core/* setOutput */.uH('artifact-url', artifactUrl);
    core/* setOutput */.uH('size', String(manifest.size));
    const rows = [
        ['Version', `\`${manifest.version}\``],
        ['Digest', `\`${manifest.digest}\``],
        ['Size', `${formatBytes(manifest.size)} (${manifest.files} files)`],
        ['Archive', `\`${manifest.archive}\``],
        ['Manifest digest', `\`${result.manifestDigest}\``],
        [
            'Stored',
            result.location ? `${result.location.storage}: ${artifactUrl}` : 'not stored (storage: none)',
        ],
        ['Commit', manifest.commit ? `\`${manifest.commit.slice(0, 12)}\`` : '—'],
    ];
    if (manifest.image)
        rows.push(['Image', `\`${manifest.image}\``]);
    await (0,runtime/* writeSummary */.Sy)(`### 📦 Glidepath build-artifact: ${manifest.name} ${manifest.version}\n\n${(0,runtime/* table */.tp)(['', ''], rows)}`);
}

;// CONCATENATED MODULE: ./src/actions/build-artifact/index.ts




/** Entry point: wires inputs, the run's context and a lazily built GitHub client. */
async function run() {
    await (0,runtime/* runMain */.VN)('build-artifact', async (h) => {
        const ctx = h.context();
        const settings = readSettings(h.inputs, ctx);
        const result = await buildArtifact(settings, { ctx, client: (0,github/* lazyClient */.qW)(settings.token) });
        await report(result);
    });
}


/***/ })

};

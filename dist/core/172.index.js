export const id = 172;
export const ids = [172];
export const modules = {

/***/ 4172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   report: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5254);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6047);

/** Outputs and the job summary. */
async function report(settings, result) {
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('version', result.version);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digest', result.digest);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-url', result.environmentUrl);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('previous-version', result.previousVersion);
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
        ['Stored', result.stored],
        ['Backup', result.backup ?? '—'],
        [
            'Deployment',
            result.deploymentId === null
                ? result.dryRun
                    ? 'none (dry run)'
                    : '—'
                : `${result.deploymentId}${result.reused ? ' (re-run: adopted)' : ''}`,
        ],
        ['Took', (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(result.seconds * 1000)],
    ];
    if (result.override)
        rows.push(['⚠️ Order override', result.override]);
    const w = settings.windowOverride;
    if (w)
        rows.push(['⚠️ Window override', `${w.by}: “${w.reason}” (past ${w.rule})`]);
    const title = result.dryRun
        ? `🔍 Glidepath promote-environment (dry run): ${result.version} → ${settings.environment}`
        : `🚀 Glidepath promote-environment: ${result.version} → ${settings.environment}`;
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)(`### ${title}\n\n${flow}\n\n${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', ''], rows)}`);
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


/***/ })

};

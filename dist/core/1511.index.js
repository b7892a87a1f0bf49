export const id = 1511;
export const ids = [1511];
export const modules = {

/***/ 91511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCanary: () => (/* binding */ reportCanary),
/* harmony export */   reportRolling: () => (/* binding */ reportRolling)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28428);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85254);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70336);


// The end of a run, one function per strategy: the outputs, the JSON report and the job summary.
/** Outputs, the JSON report, and the job summary with the step timeline. */
async function reportCanary(settings, result) {
    await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(result);
    const icon = result.decision === 'promoted' ? '✅' : result.decision === 'paused' ? '⏸️' : '❌';
    const rows = result.steps.map((s, i) => [
        i + 1,
        s.label,
        `${s.weight}%`,
        s.result,
        `${s.startedS.toFixed(1)}–${s.endedS.toFixed(1)}s`,
        s.gate
            ? `${s.gate.samples} samples, ${s.gate.errorRate === null ? '—' : `${(s.gate.errorRate * 100).toFixed(2)}%`} errors`
            : '—',
        s.reason,
    ]);
    let md = `### ${icon} Glidepath canary-step: ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
    const w = settings.windowOverride;
    if (w)
        md += `⚠️ Window override by ${w.by}: “${w.reason}” (past ${w.rule})\n\n`;
    md += (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['#', 'Step', 'Weight', 'Result', 'When', 'Analysis', 'Why'], rows);
    if (result.timeline.length >= 2) {
        const points = result.timeline;
        md += (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaid */ .a4)([
            'xychart-beta',
            `  title "Traffic to the new version (%)${result.decision === 'aborted' ? `, aborted at ${result.failedStep}` : ''}"`,
            `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(1)}"`).join(', ')}]`,
            '  y-axis "weight %" 0 --> 100',
            `  line [${points.map((p) => p.weight).join(', ')}]`,
        ].join('\n'));
        const rates = points.map((p) => (p.errorRate === null ? 0 : +(p.errorRate * 100).toFixed(3)));
        if (points.some((p) => p.errorRate !== null)) {
            md += (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaid */ .a4)([
                'xychart-beta',
                '  title "Canary error rate at each step (%)"',
                `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(1)}"`).join(', ')}]`,
                `  y-axis "errors %" 0 --> ${Math.max(1, ...rates) * 1.2}`,
                `  bar [${rates.join(', ')}]`,
            ].join('\n'));
        }
    }
    md += `\nProvider: ${result.provider} · took ${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(result.seconds * 1000)}\n`;
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy)(md);
}
/** Outputs, the JSON report, and the job summary: a row per server per batch and a chart of servers on each version. */
async function reportRolling(settings, result) {
    await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(result);
    const icon = result.decision === 'promoted' ? '✅' : '❌';
    let md = `### ${icon} Glidepath canary-step (rolling): ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
    const rows = result.servers.map((s) => [
        s.phase === 'roll' ? `batch ${s.batch}` : `revert ${s.batch}`,
        s.name,
        s.address,
        s.version,
        s.drainS === null
            ? '—'
            : `${s.drainS.toFixed(1)}s${s.sessionsLeft ? `, ${s.sessionsLeft} left` : s.sessionsLeft === null ? ' (no session count)' : ''}`,
        s.deploy,
        s.gate
            ? `${s.health}: ${s.gate.samples} samples, ${s.gate.errorRate === null ? '—' : `${(s.gate.errorRate * 100).toFixed(2)}%`} errors`
            : s.health,
        s.result,
        `${s.startedS.toFixed(1)}–${s.endedS.toFixed(1)}s`,
        s.reason,
    ]);
    md += (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([
        'Batch',
        'Server',
        'Address',
        'Version',
        'Drained',
        'Deploy',
        'Health',
        'Result',
        'When',
        'Why',
    ], rows);
    const points = result.progress;
    md += (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaid */ .a4)([
        'xychart-beta',
        `  title "Servers on ${result.version} (bars) and on ${result.previousVersion ?? 'the previous version'} (line)"`,
        `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        `  y-axis "servers" 0 --> ${result.pool.length}`,
        `  bar [${points.map((p) => p.onNew).join(', ')}]`,
        `  line [${points.map((p) => p.onOld).join(', ')}]`,
    ].join('\n'));
    md += `\n${result.pool.length} servers, batch ${result.batchSize}, max-unavailable ${result.maxUnavailable} · ${result.provider} · took ${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(result.seconds * 1000)}\n`;
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy)(md);
}


/***/ })

};

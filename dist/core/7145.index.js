export const id = 7145;
export const ids = [7145];
export const modules = {

/***/ 27145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   healthGate: () => (/* binding */ healthGate)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28428);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45649);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25513);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45841);


/**
 * Runs the gate, sets the outputs and the summary, and fails the step on `fail` (and on
 * `inconclusive` unless on-inconclusive is pass) when fail-on-unhealthy is true.
 */
async function healthGate(settings, signal) {
    const names = settings.checks
        .map((c) => `${c.name} (${c.kind === 'metric' ? c.provider.kind : c.kind})`)
        .join(', ');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Checking ${names} for at most ${Math.round(settings.durationMs / 1000)}s`);
    let lastLog = 0;
    const report = await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runGate */ .Rg)(settings, {
        signal,
        onTick: (elapsed, verdicts) => {
            if (elapsed - lastLog < 10_000)
                return;
            lastLog = elapsed;
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${Math.round(elapsed / 1000)}s: ${verdicts.map((v) => v.state).join(', ')}`);
        },
    });
    const reportPath = await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeReport */ .u5)(report, 'health-gate');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('result', report.result);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('samples', String(report.samples));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('error-rate', report.errorRate === null ? '' : report.errorRate.toFixed(6));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('p95-ms', report.p95Ms === null ? '' : report.p95Ms.toFixed(1));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('decided-after', report.decidedAfterS.toFixed(1));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', reportPath);
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)((0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderGateSummary */ .oU)(report, 'Glidepath health-gate'));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Result: ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`);
    const unhealthy = (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnhealthy */ .ZT)(report.result, settings.onInconclusive);
    if (unhealthy && settings.failOnUnhealthy) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`health-gate: ${report.result}: ${report.reason}`);
    }
    if (unhealthy)
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`health-gate: ${report.result} (fail-on-unhealthy is false, so the step succeeds): ${report.reason}`);
    return report;
}


/***/ }),

/***/ 45841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* binding */ isUnhealthy),
/* harmony export */   oU: () => (/* binding */ renderGateSummary),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* unused harmony exports timelineChart, latencyChart */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41691);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28428);



/** True when a gate result counts as unhealthy: `fail`, and `inconclusive` unless on-inconclusive is pass. */
function isUnhealthy(result, onInconclusive) {
    return result === 'fail' || (result === 'inconclusive' && onInconclusive === 'fail');
}
/** Writes a JSON report (the gate's, canary-step's) under RUNNER_TEMP and returns its path. */
async function writeReport(report, prefix) {
    const dir = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerTemp */ .X)('glidepath-reports');
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${prefix}-${Date.now()}.json`);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    return file;
}
const percent = (v) => v === null || v === undefined ? '—' : `${(v * 100).toFixed(2)}%`;
const ms = (v) => v === null || v === undefined ? '—' : `${v.toFixed(0)} ms`;
/** The job-summary Markdown: verdict, a table per check, and a chart with the decision marked. */
function renderGateSummary(report, title) {
    const icon = report.result === 'pass' ? '✅' : report.result === 'fail' ? '❌' : '⚠️';
    const parts = [
        `### ${icon} ${title}: ${report.result} after ${report.decidedAfterS.toFixed(1)}s\n`,
        `${report.reason}\n`,
        ...(report.alpha ? [`${report.alpha.covers}\n`] : []),
    ];
    const rows = report.checks.map((c) => [
        c.name,
        c.result,
        c.decidedAfterS === null ? '—' : `${c.decidedAfterS.toFixed(1)}s`,
        c.canary
            ? `${c.canary.requests} req, ${c.canary.errors} err (${percent(c.canary.errorRate)}), p95 ${ms(c.canary.p95Ms)}`
            : c.values
                ? `${c.values.length} polls, last ${c.values.at(-1)}`
                : '—',
        c.baseline
            ? `${c.baseline.requests} req, ${c.baseline.errors} err (${percent(c.baseline.errorRate)}), p95 ${ms(c.baseline.p95Ms)}`
            : '—',
        c.reason,
    ]);
    parts.push((0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Check', 'Result', 'Decided after', 'Canary / target', 'Baseline', 'Why'], rows));
    for (const c of report.checks) {
        const problems = { ...(c.canary?.problems ?? {}) };
        if (Object.keys(problems).length)
            parts.push(`\n<details><summary>${c.name}: failed probes by cause</summary>\n\n${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Cause', 'Count'], Object.entries(problems))}\n</details>\n`);
        if (c.groups?.length)
            parts.push(`\n<details><summary>${c.name}: each group (${c.provider})</summary>\n\n${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Group', 'Result', 'Canary errors', 'Canary requests'], c.groups.map((g) => [
                g.worst ? `${g.group} (worst)` : g.group,
                g.result,
                g.errors,
                g.requests,
            ]))}\n</details>\n`);
        const chart = timelineChart(c.name, c.timeline, c.decidedAfterS);
        if (chart)
            parts.push(chart);
        if (c.latency)
            parts.push(`\n${c.name} latency: ${c.latency.words}\n`, latencyChart(c));
    }
    return parts.join('\n');
}
/** A Mermaid xychart of error rates (and p95) over time, with the decision as a bar. */
function timelineChart(name, timeline, decidedAfterS) {
    const points = downsample(timeline.filter((p) => p.canaryErrorRate !== null), 24);
    if (points.length < 2)
        return '';
    const canary = points.map((p) => +((p.canaryErrorRate ?? 0) * 100).toFixed(3));
    const baseline = points.some((p) => p.baselineErrorRate !== null)
        ? points.map((p) => +((p.baselineErrorRate ?? 0) * 100).toFixed(3))
        : undefined;
    const top = Math.max(0.1, ...canary, ...(baseline ?? [])) * 1.2;
    const decisionIndex = decidedAfterS === null
        ? -1
        : points.reduce((best, p, i) => Math.abs(p.t - decidedAfterS) <
            Math.abs(points[best].t - decidedAfterS)
            ? i
            : best, 0);
    const lines = [
        'xychart-beta',
        `  title "${name}: cumulative error rate (%)${baseline ? ', canary vs baseline' : ''}${decisionIndex >= 0 ? `, decided at ${decidedAfterS?.toFixed(1)}s (bar)` : ''}"`,
        `  x-axis "seconds" [${points.map((p) => `"${p.t}"`).join(', ')}]`,
        `  y-axis "error rate %" 0 --> ${+top.toFixed(3)}`,
    ];
    if (decisionIndex >= 0)
        lines.push(`  bar [${points.map((_, i) => (i === decisionIndex ? +top.toFixed(3) : 0)).join(', ')}]`);
    lines.push(`  line [${canary.join(', ')}]`);
    if (baseline)
        lines.push(`  line [${baseline.join(', ')}]`);
    let out = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mermaid */ .a4)(lines.join('\n'));
    const latency = points.filter((p) => p.p95Ms !== null);
    if (latency.length >= 2) {
        const values = latency.map((p) => +p.p95Ms.toFixed(1));
        out += (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mermaid */ .a4)([
            'xychart-beta',
            `  title "${name}: p95 latency (ms)"`,
            `  x-axis "seconds" [${latency.map((p) => `"${p.t}"`).join(', ')}]`,
            `  y-axis "ms" 0 --> ${Math.ceil(Math.max(...values) * 1.2)}`,
            `  line [${values.join(', ')}]`,
        ].join('\n'));
    }
    return out;
}
function downsample(items, max) {
    if (items.length <= max)
        return items;
    const step = (items.length - 1) / (max - 1);
    return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]);
}
/** A Mermaid xychart of the canary's and the baseline's latency distributions (share per bucket). */
function latencyChart(check) {
    const l = check.latency;
    if (!l)
        return '';
    // Merge both histograms onto common buckets, at most 20, labelled by their upper edge.
    const edges = [
        ...new Set([...l.canaryHistogram, ...l.baselineHistogram].map(([edge]) => edge)),
    ].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    if (edges.length < 2)
        return '';
    const groups = Math.min(20, edges.length);
    const per = Math.ceil(edges.length / groups);
    const buckets = Array.from({ length: Math.ceil(edges.length / per) }, (_, i) => edges.slice(i * per, (i + 1) * per));
    const share = (rows) => {
        const total = rows.reduce((sum, [, n]) => sum + n, 0) || 1;
        return buckets.map((bucket) => +((rows.filter(([edge]) => bucket.includes(edge)).reduce((sum, [, n]) => sum + n, 0) /
            total) *
            100).toFixed(1));
    };
    const canary = share(l.canaryHistogram);
    const baseline = share(l.baselineHistogram);
    const label = (bucket) => {
        const top = bucket[bucket.length - 1];
        return top === null || top === undefined ? 'timeout' : `≤${Math.round(top)}`;
    };
    return (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mermaid */ .a4)([
        'xychart-beta',
        `  title "${check.name}: latency distribution, % of requests (canary line 1, baseline line 2)"`,
        `  x-axis "ms" [${buckets.map((b) => `"${label(b)}"`).join(', ')}]`,
        `  y-axis "% of requests" 0 --> ${Math.ceil(Math.max(1, ...canary, ...baseline) * 1.2)}`,
        `  line [${canary.join(', ')}]`,
        `  line [${baseline.join(', ')}]`,
    ].join('\n'));
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

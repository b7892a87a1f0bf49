import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CheckReport, GateReport, TimelinePoint } from './outcome.js';
import type { GateSettings } from './inputs.js';
import { mermaid, runnerTemp, table } from '../runtime/index.js';

/** True when a gate result counts as unhealthy: `fail`, and `inconclusive` unless on-inconclusive is pass. */
export function isUnhealthy(
  result: GateReport['result'],
  onInconclusive: GateSettings['onInconclusive'],
): boolean {
  return result === 'fail' || (result === 'inconclusive' && onInconclusive === 'fail');
}

/** Writes a JSON report (the gate's, canary-step's) under RUNNER_TEMP and returns its path. */
export async function writeReport(report: unknown, prefix: string): Promise<string> {
  const dir = runnerTemp('glidepath-reports');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${prefix}-${Date.now()}.json`);
  await fs.writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

const percent = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(2)}%`;
const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v.toFixed(0)} ms`;

/** The job-summary Markdown: verdict, a table per check, and a chart with the decision marked. */
export function renderGateSummary(report: GateReport, title: string): string {
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
  parts.push(
    table(['Check', 'Result', 'Decided after', 'Canary / target', 'Baseline', 'Why'], rows),
  );
  for (const c of report.checks) {
    const problems = { ...(c.canary?.problems ?? {}) };
    if (Object.keys(problems).length)
      parts.push(
        `\n<details><summary>${c.name}: failed probes by cause</summary>\n\n${table(['Cause', 'Count'], Object.entries(problems))}\n</details>\n`,
      );
    if (c.groups?.length)
      parts.push(
        `\n<details><summary>${c.name}: each group (${c.provider})</summary>\n\n${table(
          ['Group', 'Result', 'Canary errors', 'Canary requests'],
          c.groups.map((g) => [
            g.worst ? `${g.group} (worst)` : g.group,
            g.result,
            g.errors,
            g.requests,
          ]),
        )}\n</details>\n`,
      );
    const chart = timelineChart(c.name, c.timeline, c.decidedAfterS);
    if (chart) parts.push(chart);
    if (c.latency)
      parts.push(
        `\n${c.name} latency: ${c.latency.words}${c.latency.note ? ` (${c.latency.note})` : ''}\n`,
        latencyChart(c),
      );
  }
  return parts.join('\n');
}

/** A Mermaid xychart of error rates (and p95) over time, with the decision as a bar. */
export function timelineChart(
  name: string,
  timeline: TimelinePoint[],
  decidedAfterS: number | null,
): string {
  const points = downsample(
    timeline.filter((p) => p.canaryErrorRate !== null),
    24,
  );
  if (points.length < 2) return '';
  const canary = points.map((p) => +((p.canaryErrorRate ?? 0) * 100).toFixed(3));
  const baseline = points.some((p) => p.baselineErrorRate !== null)
    ? points.map((p) => +((p.baselineErrorRate ?? 0) * 100).toFixed(3))
    : undefined;
  const top = Math.max(0.1, ...canary, ...(baseline ?? [])) * 1.2;
  const decisionIndex =
    decidedAfterS === null
      ? -1
      : points.reduce(
          (best, p, i) =>
            Math.abs(p.t - decidedAfterS) <
            Math.abs((points[best] as TimelinePoint).t - decidedAfterS)
              ? i
              : best,
          0,
        );
  const lines = [
    'xychart-beta',
    `  title "${name}: cumulative error rate (%)${baseline ? ', canary vs baseline' : ''}${decisionIndex >= 0 ? `, decided at ${decidedAfterS?.toFixed(1)}s (bar)` : ''}"`,
    `  x-axis "seconds" [${points.map((p) => `"${p.t}"`).join(', ')}]`,
    `  y-axis "error rate %" 0 --> ${+top.toFixed(3)}`,
  ];
  if (decisionIndex >= 0)
    lines.push(
      `  bar [${points.map((_, i) => (i === decisionIndex ? +top.toFixed(3) : 0)).join(', ')}]`,
    );
  lines.push(`  line [${canary.join(', ')}]`);
  if (baseline) lines.push(`  line [${baseline.join(', ')}]`);
  let out = mermaid(lines.join('\n'));
  const latency = points.filter((p) => p.p95Ms !== null);
  if (latency.length >= 2) {
    const values = latency.map((p) => +(p.p95Ms as number).toFixed(1));
    out += mermaid(
      [
        'xychart-beta',
        `  title "${name}: p95 latency (ms)"`,
        `  x-axis "seconds" [${latency.map((p) => `"${p.t}"`).join(', ')}]`,
        `  y-axis "ms" 0 --> ${Math.ceil(Math.max(...values) * 1.2)}`,
        `  line [${values.join(', ')}]`,
      ].join('\n'),
    );
  }
  return out;
}

function downsample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)] as T);
}

/** A Mermaid xychart of the canary's and the baseline's latency distributions (share per bucket). */
export function latencyChart(check: CheckReport): string {
  const l = check.latency;
  if (!l) return '';
  // Merge both histograms onto common buckets, at most 20, labelled by their upper edge.
  const edges = [
    ...new Set([...l.canaryHistogram, ...l.baselineHistogram].map(([edge]) => edge)),
  ].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  if (edges.length < 2) return '';
  const groups = Math.min(20, edges.length);
  const per = Math.ceil(edges.length / groups);
  const buckets = Array.from({ length: Math.ceil(edges.length / per) }, (_, i) =>
    edges.slice(i * per, (i + 1) * per),
  );
  const share = (rows: [number | null, number][]) => {
    const total = rows.reduce((sum, [, n]) => sum + n, 0) || 1;
    return buckets.map(
      (bucket) =>
        +(
          (rows.filter(([edge]) => bucket.includes(edge)).reduce((sum, [, n]) => sum + n, 0) /
            total) *
          100
        ).toFixed(1),
    );
  };
  const canary = share(l.canaryHistogram);
  const baseline = share(l.baselineHistogram);
  const label = (bucket: (number | null)[]) => {
    const top = bucket[bucket.length - 1];
    return top === null || top === undefined ? 'timeout' : `≤${Math.round(top)}`;
  };
  return mermaid(
    [
      'xychart-beta',
      `  title "${check.name}: latency distribution, % of requests (canary line 1, baseline line 2)"`,
      `  x-axis "ms" [${buckets.map((b) => `"${label(b)}"`).join(', ')}]`,
      `  y-axis "% of requests" 0 --> ${Math.ceil(Math.max(1, ...canary, ...baseline) * 1.2)}`,
      `  line [${canary.join(', ')}]`,
      `  line [${baseline.join(', ')}]`,
    ].join('\n'),
  );
}

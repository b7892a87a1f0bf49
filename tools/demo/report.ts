import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Marked } from 'marked';
import type { Chapter } from './main.js';
import type { RunnerEvent } from './runner.js';
import type { Sample } from './world.js';

/**
 * The demo's HTML report: one self-contained file (no network: scripts and styles inline) with
 * the story's timeline, every step's job summary as GitHub would show it, and two charts drawn
 * in the browser from the samples: traffic weight on the new version, and the error rate clients
 * of production saw.
 */

export interface ReportData {
  chapters: Chapter[];
  events: RunnerEvent[];
  samples: Sample[];
  startedAt: number;
  live: Record<string, Record<string, string>>;
  deployments: {
    id: number;
    environment: string;
    payload: unknown;
    statuses: { state: string; description?: string | null }[];
  }[];
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function writeReport(out: string, data: ReportData): string {
  const file = path.join(out, 'report.html');
  const t = (at: number) => `${((at - data.startedAt) / 1000).toFixed(1)}s`;
  const markers = data.chapters.map((c, i) => ({
    at: (c.startedAt - data.startedAt) / 1000,
    label: `${i + 1}`,
  }));
  const series = data.samples.map((s) => ({
    t: +((s.at - data.startedAt) / 1000).toFixed(2),
    weight: s.weight,
    errorRate: s.ok + s.errors > 0 ? +((100 * s.errors) / (s.ok + s.errors)).toFixed(2) : null,
  }));

  const liveText = (live: Record<string, Record<string, string>>) =>
    Object.entries(live)
      .map(
        ([env, slots]) =>
          `<b>${escape(env)}</b> ${Object.entries(slots)
            .map(([slot, v]) => `${escape(slot)} ${escape(v)}`)
            .join(', ')}`,
      )
      .join(' · ');
  const chapters = data.chapters
    .map((chapter, i) => {
      const jobs = chapter.run.jobs
        .map((job) => {
          const steps = job.steps
            .map((step) => {
              const summary = step.summary.trim()
                ? `<details class="summary"><summary>Job summary</summary>${renderMarkdown(step.summary)}</details>`
                : '';
              const errors = step.errors
                .map((e) => `<div class="error">${escape(e)}</div>`)
                .join('');
              return `<li class="step ${step.outcome}"><span class="badge">${step.outcome}</span> ${escape(step.name)} <span class="muted">${step.outcome === 'skipped' ? '' : `${t(step.startedAt)} · ${(step.ms / 1000).toFixed(1)}s`}</span>${errors}${summary}</li>`;
            })
            .join('');
          const env = job.environment
            ? ` <span class="muted">environment ${escape(job.environment)}${job.environmentUrl ? ` · ${escape(job.environmentUrl)}` : ''}</span>`
            : '';
          return `<div class="job ${job.result}"><h4><span class="badge">${job.result}</span> ${escape(job.name)}${env}</h4><ul>${steps}</ul></div>`;
        })
        .join('');
      const highlight = chapter.highlight
        ? `<p class="highlight">${escape(chapter.highlight)}</p>`
        : '';
      return `<section class="chapter"><h3>${i + 1}. ${escape(chapter.title)}</h3>${highlight}<p class="muted">${escape(chapter.run.workflow)} · run ${chapter.run.runId} · ${chapter.run.event} · ${t(chapter.startedAt)} → ${t(chapter.endedAt)} · <b class="${chapter.run.result}">${chapter.run.result}</b></p>${jobs}<p class="live">Live after this run: ${liveText(chapter.live)}</p></section>`;
    })
    .join('');

  const deployments = data.deployments
    .map((d) => {
      const payload = (d.payload ?? {}) as { version?: string; rollback_of?: number };
      const last = d.statuses[0]; // newest first, as GitHub lists them
      return `<tr><td>${d.id}</td><td>${escape(d.environment)}</td><td>${escape(payload.version ?? '')}${payload.rollback_of ? ` <span class="muted">(rollback of #${payload.rollback_of})</span>` : ''}</td><td class="${last?.state ?? ''}">${escape(last?.state ?? '')}</td><td>${escape(last?.description ?? '')}</td></tr>`;
    })
    .join('');
  const live = Object.entries(data.live)
    .map(
      ([env, slots]) =>
        `<li><b>${escape(env)}</b>: ${Object.entries(slots)
          .map(([slot, v]) => `${escape(slot)} ${escape(v)}`)
          .join(', ')}</li>`,
    )
    .join('');

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Glidepath demo report</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;padding:0 1rem}
h1{margin-bottom:.2rem}.muted{color:#656d76;font-size:12px}
.chart{border:1px solid #d0d7de;border-radius:6px;margin:1rem 0;padding:.5rem}
.chart svg{width:100%;height:220px;display:block}
.chapter{border-top:2px solid #d0d7de;margin-top:1.5rem}
.highlight{font-weight:600;border-left:3px solid #0969da;padding-left:.6rem}
.job{margin:.5rem 0 .5rem 1rem}.job h4{margin:.4rem 0}
ul{list-style:none;padding-left:1rem}.step{margin:.2rem 0}
.badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:1em;font-size:11px;padding:0 .5em;background:#eaeef2}
.success .badge,.badge.success{background:#dafbe1;color:#1a7f37}.failure>.badge,.job.failure>h4 .badge,li.failure>.badge{background:#ffebe9;color:#cf222e}
b.success,td.success{color:#1a7f37}b.failure,td.failure,td.error{color:#cf222e}
.live{font-size:12px;margin-left:1rem}
.error{color:#cf222e;font-family:ui-monospace,monospace;font-size:12px;margin-left:1rem}
details.summary{margin:.3rem 0 .3rem 1rem;border-left:3px solid #d0d7de;padding-left:.6rem}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #d0d7de;padding:2px 6px}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:12px}
</style></head><body>
<h1>Glidepath demo</h1>
<p class="muted">Generated ${new Date().toISOString()} · ${data.chapters.length} workflow runs · production client traffic sampled every 250 ms</p>
<h2>Live now</h2><ul>${live}</ul>
<div class="chart" id="weight-chart"><b>Traffic on production's canary slot (%)</b><svg data-series="weight" viewBox="0 0 1000 220" preserveAspectRatio="none"></svg></div>
<div class="chart" id="error-chart"><b>Errors seen by production's clients (%)</b><svg data-series="errorRate" viewBox="0 0 1000 220" preserveAspectRatio="none"></svg></div>
<p class="muted">Numbers on the charts mark where each chapter starts.</p>
<h2>Timeline</h2>${chapters}
<h2>Deployments recorded on GitHub</h2><table><tr><th>id</th><th>environment</th><th>version</th><th>state</th><th>description</th></tr>${deployments}</table>
<script id="data" type="application/json">${JSON.stringify({ series, markers }).replace(/</g, '\\u003c')}</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var ns = 'http://www.w3.org/2000/svg';
  var tMax = Math.max(1, data.series.length ? data.series[data.series.length - 1].t : 1);
  document.querySelectorAll('svg[data-series]').forEach(function (svg) {
    var key = svg.getAttribute('data-series');
    var points = data.series.filter(function (p) { return p[key] !== null; });
    var yMax = key === 'weight' ? 100 : Math.max(5, Math.ceil(Math.max.apply(null, points.map(function (p) { return p[key]; }).concat([0]))));
    function x(t) { return 40 + (t / tMax) * 950; }
    function y(v) { return 200 - (v / yMax) * 190; }
    function el(name, attrs, text) { var e = document.createElementNS(ns, name); for (var k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; svg.appendChild(e); return e; }
    [0, yMax / 2, yMax].forEach(function (v) { el('line', { x1: 40, x2: 990, y1: y(v), y2: y(v), stroke: '#d0d7de' }); el('text', { x: 2, y: y(v) + 4, 'font-size': 11, fill: '#656d76' }, String(v)); });
    data.markers.forEach(function (m) { el('line', { x1: x(m.at), x2: x(m.at), y1: 10, y2: 200, stroke: '#8c959f', 'stroke-dasharray': '4 3' }); el('text', { x: x(m.at) + 3, y: 20, 'font-size': 12, fill: '#656d76' }, m.label); });
    var d = points.map(function (p, i) { return (i ? 'L' : 'M') + x(p.t).toFixed(1) + ' ' + y(p[key]).toFixed(1); }).join(' ');
    el('path', { d: d, fill: 'none', stroke: key === 'weight' ? '#0969da' : '#cf222e', 'stroke-width': 2, 'class': 'series', 'data-points': points.length });
    svg.setAttribute('data-drawn', String(points.length));
  });
})();
</script>
</body></html>
`;
  writeFileSync(file, html);
  return file;
}

/** Raw HTML in a summary is kept only for these bare tags (GitHub sanitises summaries too); the rest is shown as text. */
const SAFE_TAG = /^<\/?(details|summary|br|b|i|em|strong|code|sub|sup|p)\s*\/?>$/i;

const markdown = new Marked({
  gfm: true,
  renderer: {
    html({ text }) {
      return text.replace(/<[^>]*>|[^<]+/g, (part) => (SAFE_TAG.test(part) ? part : escape(part)));
    },
  },
});

/** A job summary as GitHub renders it: Markdown with a few HTML tags; Mermaid blocks stay as code. */
export function renderMarkdown(text: string): string {
  return markdown.parse(text, { async: false });
}

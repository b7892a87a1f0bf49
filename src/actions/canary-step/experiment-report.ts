import { core, formatDuration, mermaid, table, writeSummary } from '../../core/runtime/index.js';
import type { ExperimentRunSettings } from './experiment-inputs.js';
import type { ExperimentResult } from './experiment.js';
import { setOutputs } from './shared.js';

const pct = (x: number, digits = 2) => `${(x * 100).toFixed(digits)}%`;

/** Outputs, the JSON report, and the job summary: counts and rates per variant, the lift over time, the verdict. */
export async function reportExperiment(
  settings: ExperimentRunSettings,
  result: ExperimentResult,
): Promise<void> {
  await setOutputs(result);
  const r = result.reading;
  core.setOutput('winner', result.winner);
  core.setOutput('lift', r ? r.lift.toFixed(4) : '');
  core.setOutput('lift-lower', r ? r.lower.toFixed(4) : '');
  core.setOutput('lift-upper', r ? r.upper.toFixed(4) : '');
  core.setOutput('samples-a', String(r?.units.a ?? 0));
  core.setOutput('samples-b', String(r?.units.b ?? 0));
  core.setOutput(
    'decided-after',
    result.decidedAfterS === null ? '' : String(Math.round(result.decidedAfterS)),
  );
  core.info(result.reason);

  const icon = { promoted: '✅', reverted: '↩️', held: '⏸️', aborted: '❌' }[result.decision];
  let md = `### ${icon} Glidepath experiment: winner ${result.winner}, ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
  const rate = settings.metric === 'conversion' ? 'conversion rate' : 'mean per visit';
  if (r)
    md += table(
      ['Variant', 'Users', 'Visits', rate],
      [
        [
          'A',
          r.units.a,
          r.trials.a,
          settings.metric === 'conversion' ? pct(r.rate.a) : r.rate.a.toFixed(4),
        ],
        [
          `B (${settings.split}%)`,
          r.units.b,
          r.trials.b,
          settings.metric === 'conversion' ? pct(r.rate.b) : r.rate.b.toFixed(4),
        ],
      ],
    );
  const points = thin(result.history, 40);
  if (points.length >= 2) {
    const series = (pick: (p: (typeof points)[number]) => number) =>
      `[${points.map((p) => +(pick(p) * 100).toFixed(2)).join(', ')}]`;
    const lows = points.map((p) => Math.max(-100, p.lower * 100));
    const highs = points.map((p) => Math.min(200, p.upper * 100));
    md += mermaid(
      [
        'xychart-beta',
        `  title "Lift of B over A (%) with its ${Math.round((1 - settings.analysis.alpha) * 100)}% anytime-valid interval"`,
        `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(0)}"`).join(', ')}]`,
        `  y-axis "lift %" ${Math.floor(Math.min(...lows, 0))} --> ${Math.ceil(Math.max(...highs, 0))}`,
        `  line ${series((p) => Math.max(-1, p.lower))}`,
        `  line ${series((p) => p.lift)}`,
        `  line ${series((p) => Math.min(2, p.upper))}`,
      ].join('\n'),
    );
  }
  if (!result.perUser)
    md += `\n⚠️ The counters gave visits and conversions only, so every visit was taken as its own unit: valid only if one user's visits are independent. Expose per-user sums (users, visitsSq, valueSq, visitsValue) for a test that holds when they are not.\n`;
  if (result.guardrails)
    md += `\nGuardrails: ${result.guardrails.result} (${result.guardrails.reason}).\n`;
  md += `\nSplit ${settings.split}% to B by ${settings.sticky.kind === 'address' || settings.sticky.kind === 'targeting-key' ? settings.sticky.kind : `${settings.sticky.kind} ${settings.sticky.name}`} · α ${settings.analysis.alpha}, minimum effect ${pct(settings.analysis.mde, 1)} · provider: ${result.provider} · took ${formatDuration(result.seconds * 1000)}\n`;
  await writeSummary(md);
}

/** At most `max` points, evenly picked, the last always kept. */
function thin<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  const out = Array.from({ length: max - 1 }, (_, i) => items[Math.floor(i * step)] as T);
  out.push(items[items.length - 1] as T);
  return out;
}

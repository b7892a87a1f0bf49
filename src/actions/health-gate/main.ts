import { core, UserError, writeSummary } from '../../core/runtime/index.js';
import {
  type GateReport,
  type GateSettings,
  isUnhealthy,
  renderGateSummary,
  runGate,
  writeReport,
} from '../../core/gate/index.js';

/**
 * Runs the gate, sets the outputs and the summary, and fails the step on `fail` (and on
 * `inconclusive` unless on-inconclusive is pass) when fail-on-unhealthy is true.
 */
export async function healthGate(
  settings: GateSettings,
  signal?: AbortSignal,
): Promise<GateReport> {
  const names = settings.checks
    .map((c) => `${c.name} (${c.kind === 'metric' ? c.provider.kind : c.kind})`)
    .join(', ');
  core.info(`Checking ${names} for at most ${Math.round(settings.durationMs / 1000)}s`);
  let lastLog = 0;
  const report = await runGate(settings, {
    signal,
    onTick: (elapsed, verdicts) => {
      if (elapsed - lastLog < 10_000) return;
      lastLog = elapsed;
      core.info(`${Math.round(elapsed / 1000)}s: ${verdicts.map((v) => v.state).join(', ')}`);
    },
  });
  const reportPath = await writeReport(report, 'health-gate');
  core.setOutput('result', report.result);
  core.setOutput('samples', String(report.samples));
  core.setOutput('error-rate', report.errorRate === null ? '' : report.errorRate.toFixed(6));
  core.setOutput('p95-ms', report.p95Ms === null ? '' : report.p95Ms.toFixed(1));
  core.setOutput('decided-after', report.decidedAfterS.toFixed(1));
  core.setOutput('report', reportPath);
  await writeSummary(renderGateSummary(report, 'Glidepath health-gate'));
  core.info(`Result: ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`);
  const unhealthy = isUnhealthy(report.result, settings.onInconclusive);
  if (unhealthy && settings.failOnUnhealthy) {
    throw new UserError(`health-gate: ${report.result}: ${report.reason}`);
  }
  if (unhealthy)
    core.warning(
      `health-gate: ${report.result} (fail-on-unhealthy is false, so the step succeeds): ${report.reason}`,
    );
  return report;
}

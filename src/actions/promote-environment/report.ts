import { core, formatDuration, table, writeSummary } from '../../core/runtime/index.js';
import { attestationText } from '../../core/github/index.js';
import type { PromoteSettings } from './inputs.js';
import type { PromoteResult } from './main.js';

/** Outputs and the job summary. */
export async function report(settings: PromoteSettings, result: PromoteResult): Promise<void> {
  core.setOutput('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
  core.setOutput('version', result.version);
  core.setOutput('digest', result.digest);
  core.setOutput('environment-url', result.environmentUrl);
  core.setOutput('previous-version', result.previousVersion);
  const flow = settings.pipeline
    .map((e, i) =>
      i < settings.index
        ? `${e.name} ✅`
        : i === settings.index
          ? `**${e.name}** ${result.dryRun ? '🔍' : '🚀'}`
          : `${e.name} ⏳`,
    )
    .join(' → ');
  const rows: unknown[][] = [
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
    ['Attestation', attestationText(result.attestation)],
    ['Backup', result.backup ?? '—'],
    [
      'Deployment',
      result.deploymentId === null
        ? result.dryRun
          ? 'none (dry run)'
          : '—'
        : `${result.deploymentId}${result.reused ? ' (re-run: adopted)' : ''}`,
    ],
    ['Took', formatDuration(result.seconds * 1000)],
  ];
  if (result.override) rows.push(['⚠️ Order override', result.override]);
  const w = settings.windowOverride;
  if (w) rows.push(['⚠️ Window override', `${w.by}: “${w.reason}” (past ${w.rule})`]);
  const title = result.dryRun
    ? `🔍 Glidepath promote-environment (dry run): ${result.version} → ${settings.environment}`
    : `🚀 Glidepath promote-environment: ${result.version} → ${settings.environment}`;
  await writeSummary(`### ${title}\n\n${flow}\n\n${table(['', ''], rows)}`);
}

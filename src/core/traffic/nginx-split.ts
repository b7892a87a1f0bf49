import { type NginxTarget, replaceAndReload } from './nginx.js';
import { type Sticky, stickyText } from './split.js';

// The nginx provider of an experiment's sticky split: apart from split.ts (the inputs' side), so
// that reading canary-step's inputs loads neither nginx's reload nor the command runner.

/** The nginx variable holding the sticky key: the cookie or header, else the client address. */
function nginxKey(sticky: Sticky): string {
  if (sticky.kind === 'cookie') return `$cookie_${sticky.name.replace(/[-.]/g, '_')}`;
  if (sticky.kind === 'header') return `$http_${sticky.name.toLowerCase().replace(/[-.]/g, '_')}`;
  return '$remote_addr';
}

/**
 * nginx: an http-level include with `split_clients` on the sticky key (the address when the key
 * is missing), setting `$glidepath_upstream` to one server or the other; the server block does
 * `proxy_pass http://$glidepath_upstream;`. Written atomically, validated and reloaded.
 */
export class NginxSplit {
  readonly name = 'nginx';
  constructor(
    private readonly at: NginxTarget,
    private readonly sticky: Sticky,
  ) {}
  describe(): string {
    return `nginx split_clients include ${this.at.conf} (${this.at.stable} / ${this.at.canary}, by ${stickyText(this.sticky)})`;
  }
  async setWeight(weight: number): Promise<void> {
    const { conf, reload, stable, canary } = this.at;
    const key = nginxKey(this.sticky);
    const lines = [`# Written by Glidepath canary-step: experiment, ${weight}% to ${canary}`];
    if (key === '$remote_addr')
      lines.push('map $remote_addr $glidepath_key { default $remote_addr; }');
    else lines.push(`map ${key} $glidepath_key { "" $remote_addr; default ${key}; }`);
    const split =
      weight <= 0
        ? [`* ${stable};`]
        : weight >= 100
          ? [`* ${canary};`]
          : [`${weight.toFixed(2)}% ${canary};`, `* ${stable};`];
    lines.push(
      `split_clients "$glidepath_key" $glidepath_upstream {`,
      ...split.map((l) => `  ${l}`),
      '}',
      '',
    );
    await replaceAndReload(conf, lines.join('\n'), reload, {
      GLIDEPATH_WEIGHT: String(weight),
    });
  }
}

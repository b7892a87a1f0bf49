import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MemoryStorage } from '@openfeature/flagd-core';
import { UserError, loadYaml } from '../runtime/index.js';

const quietLogger = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
};

/** Parses a flag-definition file with flagd's own strict schema validation; throws a UserError naming the file. */
export function validateFlagConfig(text: string, file: string): void {
  try {
    new MemoryStorage(quietLogger).setConfigurations(text, true);
  } catch (error) {
    const cause = (error as { message?: string }).message ?? String(error);
    throw new UserError(
      `'${file}' is not a valid flagd flag definition (${cause.split('\n')[0]}): fix it first; nothing was written`,
    );
  }
}

/**
 * Sets the flag's `fractional` split so `weight`% of targeting keys get `onVariant`, writing the
 * file atomically (temporary file, then rename) after flagd's schema accepts the result. The
 * new variant's bucket comes first, so raising the weight only adds keys (sticky rollouts).
 * Every other flag, and the rest of this flag, is left as it was.
 */
export async function setFractional(
  file: string,
  flag: string,
  onVariant: string,
  offVariant: string,
  weight: number,
): Promise<void> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UserError(
      `Input 'flagd-file' is '${file}', which cannot be read: give the flag-definition file flagd watches`,
    );
  }
  const yaml = /\.ya?ml$/i.test(file);
  const YAML = yaml ? await loadYaml() : undefined;
  let doc: { flags?: Record<string, { variants?: Record<string, unknown>; targeting?: unknown }> };
  try {
    doc = (YAML ? YAML.parse(text) : JSON.parse(text)) as typeof doc;
  } catch (error) {
    throw new UserError(
      `'${file}' is not valid ${yaml ? 'YAML' : 'JSON'} (${(error as Error).message.split('\n')[0]}): nothing was written`,
    );
  }
  const definition = doc?.flags?.[flag];
  if (!definition)
    throw new UserError(
      `Input 'flag' is '${flag}', which '${file}' does not define: use one of ${Object.keys(doc?.flags ?? {}).join(', ') || '(none)'}`,
    );
  for (const [input, variant] of [
    ['on-variant', onVariant],
    ['off-variant', offVariant],
  ] as const) {
    if (!definition.variants || !(variant in definition.variants)) {
      throw new UserError(
        `Input '${input}' is '${variant}', which flag '${flag}' does not have: use one of ${Object.keys(definition.variants ?? {}).join(', ')}`,
      );
    }
  }
  const on = Math.round(weight * 100) / 100;
  const split = [
    [onVariant, on],
    [offVariant, Math.round((100 - on) * 100) / 100],
  ];
  const targeting = definition.targeting as Record<string, unknown> | undefined;
  if (!targeting || Object.keys(targeting).length === 0) {
    definition.targeting = { fractional: split };
  } else if (!replaceFractional(targeting, split)) {
    throw new UserError(
      `Flag '${flag}' has targeting rules without a fractional split, which Glidepath would overwrite: add a fractional rule where the rollout belongs, e.g. {"fractional": [["${onVariant}", 0], ["${offVariant}", 100]]}`,
    );
  }
  const out = YAML ? YAML.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
  validateFlagConfig(YAML ? JSON.stringify(YAML.parse(out)) : out, file);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await fs.writeFile(temp, out);
  await fs.rename(temp, file);
}

/** Replaces the variant weights of the first `fractional` rule in a targeting tree, keeping its bucketing expression. */
function replaceFractional(node: unknown, split: (string | number)[][]): boolean {
  if (Array.isArray(node)) return node.some((child) => replaceFractional(child, split));
  if (!node || typeof node !== 'object') return false;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.fractional)) {
    const bucketBy = record.fractional.filter((item) => !Array.isArray(item));
    record.fractional = [...bucketBy, ...split];
    return true;
  }
  return Object.values(record).some((child) => replaceFractional(child, split));
}

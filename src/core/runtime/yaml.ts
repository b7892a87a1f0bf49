import type * as YamlModule from 'yaml';

let loaded: typeof YamlModule | undefined;

/**
 * Loads the YAML parser. It is a dynamic import so that an action whose inputs hold no YAML never
 * loads it (sixty modules; bench/startup.ts): an entry calls this before reading its inputs
 * when one of them is YAML (`checks`, the pipeline config file), and async code calls it freely.
 */
export async function loadYaml(): Promise<typeof YamlModule> {
  loaded ??= await import('yaml');
  return loaded;
}

/** The YAML parser, once `loadYaml()` has run; a call before it is a bug in Glidepath, said as such. */
export function yaml(): typeof YamlModule {
  if (!loaded)
    throw new Error('Internal error: the YAML parser was used before loadYaml() loaded it');
  return loaded;
}

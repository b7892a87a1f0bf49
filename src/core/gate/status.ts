// What an HTTP check accepts as healthy: kept apart from probe.ts so that reading the inputs
// does not load node:http and node:https (bench/startup.ts).

/** Parses `200,204,300-399` into ranges; undefined when malformed. */
export function parseStatusSet(text: string): [number, number][] | undefined {
  const ranges: [number, number][] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([1-5]\d\d)(?:-([1-5]\d\d))?$/.exec(part);
    if (!m) return undefined;
    const low = Number(m[1]);
    const high = Number(m[2] ?? m[1]);
    if (high < low) return undefined;
    ranges.push([low, high]);
  }
  return ranges.length ? ranges : undefined;
}

// Header routing on an HTTPRoute (A/B): one rule of Glidepath's own, beside the rule that splits
// traffic, sending requests with the header to the canary alone. The Gateway API ranks a match
// with more header matches above the plain one, whatever the rule order.

/** The name of Glidepath's rule (HTTPRoute rule names, GEP-995), so any later run can remove it. */
export const MATCH_RULE = 'glidepath-canary-match';

interface Match {
  headers?: { type?: string; name: string; value: string }[];
  [key: string]: unknown;
}
export interface Rule {
  name?: string;
  matches?: Match[];
  filters?: unknown[];
  backendRefs?: { name: string; weight?: number; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * Puts Glidepath's header rule right after `target` (header `name=value`), or removes it (null).
 * Returns whether the rules changed.
 */
export function applyMatchRule(
  rules: Rule[],
  target: Rule,
  canary: NonNullable<Rule['backendRefs']>[number],
  header: string | null,
): boolean {
  const at = rules.findIndex((r) => r.name === MATCH_RULE);
  if (header === null) {
    if (at < 0) return false;
    rules.splice(at, 1);
    return true;
  }
  const cut = header.indexOf('=');
  const name = header.slice(0, cut);
  const value = header.slice(cut + 1);
  const base: Match[] = target.matches?.length
    ? target.matches
    : [{ path: { type: 'PathPrefix', value: '/' } }];
  const wanted: Rule = {
    name: MATCH_RULE,
    matches: base.map((m) => ({
      ...m,
      headers: [
        ...(m.headers ?? []).filter((h) => h.name.toLowerCase() !== name.toLowerCase()),
        { type: 'Exact', name, value },
      ],
    })),
    ...(target.filters ? { filters: target.filters } : {}),
    backendRefs: [{ ...canary, weight: 1 }],
  };
  if (at >= 0) {
    if (JSON.stringify(rules[at]) === JSON.stringify(wanted)) return false;
    rules[at] = wanted;
    return true;
  }
  rules.splice(rules.indexOf(target) + 1, 0, wanted);
  return true;
}

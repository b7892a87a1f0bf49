import { OPEN_WORK_KEY, type OpenWork, saveHandoff } from '../handoff/index.js';

const KEY = OPEN_WORK_KEY;
let current: OpenWork = { active: false };

/** Records that work on `environment` has started (saved at once: a kill can come any moment). */
export function openWork(work: Omit<OpenWork, 'active'>): void {
  current = { ...work, active: true };
  saveHandoff(KEY, current);
}

export function updateWork(patch: Partial<Omit<OpenWork, 'active'>>): void {
  if (!current.active) return;
  current = { ...current, ...patch };
  saveHandoff(KEY, current);
}

/** Main finished and closed its own records: nothing for the post step to do. */
export function closeWork(): void {
  current = { active: false };
  saveHandoff(KEY, current);
}

/**
 * Main ended with an error: nothing of it runs any more and traffic is where main left it on
 * purpose, but if its own failure record did not land (GitHub down), the post step tries again.
 */
export function failWork(): void {
  updateWork({ commandPid: undefined, provider: undefined, failed: true });
}

/**
 * Runs a main step that writes deployments with its post step kept informed: bad input (a throw
 * from `read`) and a dry run leave nothing open; until `body` succeeds, the post step knows what
 * to stop and close; an error tells it main failed rather than was killed.
 */
export async function withOpenWork<S>(
  read: () => S | Promise<S>,
  what: (s: S) => Omit<OpenWork, 'active' | 'failed'> | 'dry run',
  body: (s: S, onCommand: (pid: number | undefined) => void) => Promise<void>,
): Promise<void> {
  let settings: S;
  try {
    settings = await read();
  } catch (error) {
    closeWork();
    throw error;
  }
  const work = what(settings);
  if (work === 'dry run') closeWork();
  else openWork(work);
  try {
    await body(settings, (pid) => updateWork({ commandPid: pid }));
    closeWork();
  } catch (error) {
    failWork();
    throw error;
  }
}

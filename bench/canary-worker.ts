// Child process for bench/canary.ts, so that what is measured does not share an event loop with
// the gate: one instance runs the sample services, one the embedded Router (as in production, a
// process of its own), one the load generator, one the cloud providers' stand-ins
// (bench/cloud-stand-ins.ts). Commands arrive over IPC as {id, cmd, args}; each
// gets {id, ok, result | error}. The process ends when its parent sends `exit` or goes away.
// Run by bench/canary.ts: node --import tsx bench/canary-worker.ts
import { performance } from 'node:perf_hooks';
import { Router } from '../tools/router/router.js';
import { startService, type SampleService } from '../lab/services.js';
import { SteadyLoad, upstreamClassifier, type LoadReport } from './canary-load.js';
import { cloudReport, startCloud, stopCloud, type CloudKind } from './cloud-stand-ins.js';

export interface WorkerRequest {
  id: number;
  cmd: string;
  args?: Record<string, unknown>;
}

export type WorkerAnswer =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface ServicesInfo {
  stablePort: number;
  canaryPort: number;
  stableUrl: string;
  canaryUrl: string;
}

let services: SampleService[] = [];
let router: Router | undefined;
let load: SteadyLoad | undefined;

async function closeServices(): Promise<void> {
  for (const s of services) await s.close();
  services = [];
}

async function stopRouter(): Promise<void> {
  await router?.stop();
  router = undefined;
}

async function stopLoad(drainMs: number): Promise<LoadReport | null> {
  const current = load;
  load = undefined;
  if (!current) return null;
  await current.stop(drainMs);
  return current.report();
}

async function handle(request: WorkerRequest): Promise<unknown> {
  const args = request.args ?? {};
  switch (request.cmd) {
    case 'now':
      return performance.now();
    case 'services': {
      await closeServices();
      const stable = await startService({});
      const canary = await startService({ errorRate: Number(args.canaryErrorRate) });
      services = [stable, canary];
      const info: ServicesInfo = {
        stablePort: stable.port,
        canaryPort: canary.port,
        stableUrl: stable.url,
        canaryUrl: canary.url,
      };
      return info;
    }
    case 'cpu':
      // CPU this worker has used so far, in milliseconds (bench/load.ts: the router's cost per request).
      return (({ user, system }) => (user + system) / 1000)(process.cpuUsage());
    case 'counts':
      // Requests each service has answered so far, on this worker's clock (bench/load.ts measures rates with it).
      return { at: performance.now(), requests: services.map((s) => s.requests) };
    case 'closeServices':
      return closeServices();
    case 'router': {
      await stopRouter();
      router = new Router({ stable: String(args.stable), canary: String(args.canary), weight: 0 });
      await router.start();
      return { url: router.url, adminUrl: router.adminUrl };
    }
    case 'routerWeight':
      return router?.state.weight ?? null;
    case 'stopRouter':
      return stopRouter();
    case 'loadStart': {
      await stopLoad(0);
      load = new SteadyLoad({
        url: new URL(String(args.url)),
        rate: Number(args.rate),
        connections: Number(args.connections),
        timeoutMs: Number(args.timeoutMs),
        classify: upstreamClassifier(Number(args.stablePort), Number(args.canaryPort)),
        ...(args.maxLate === undefined ? {} : { maxLate: Number(args.maxLate) }),
      });
      load.start();
      return null;
    }
    case 'loadStop':
      return stopLoad(Number(args.drainMs ?? 6000));
    case 'cloudStart':
      return startCloud(String(args.kind) as CloudKind);
    case 'cloudReport':
      return cloudReport();
    case 'cloudStop':
      return stopCloud();
    case 'exit':
      await shutdown();
      return null;
    default:
      throw new Error(`unknown command ${request.cmd}`);
  }
}

async function shutdown(): Promise<void> {
  await stopLoad(0).catch(() => undefined);
  await stopRouter().catch(() => undefined);
  await closeServices().catch(() => undefined);
  await stopCloud().catch(() => undefined);
}

process.on('message', (message: WorkerRequest) => {
  const reply = (answer: WorkerAnswer) => {
    // After `exit`, leave the IPC channel once the answer is out: nothing is left to keep the process alive.
    process.send?.(answer, undefined, undefined, () => {
      if (message.cmd === 'exit' && process.connected) process.disconnect();
    });
  };
  handle(message).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) =>
      reply({
        id: message.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});

// The parent went away: close everything so the event loop empties and the process ends.
process.on('disconnect', () => void shutdown());

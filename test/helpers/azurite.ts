/**
 * Azurite (the Azure Storage emulator) for tests, as a child process per service on 127.0.0.1 with
 * `--inMemoryPersistence --loose --skipApiVersionCheck --disableTelemetry --silent`, run in a
 * temporary folder: offline, nothing written to the repository.
 *
 * Why not in-process (faster, and what dependencies.md Q6 suggests): restify, once loaded
 * anywhere in the test process (the e2e tests load it), adds a `query()` method to
 * `http.IncomingMessage.prototype`; Azurite's express app then never parses the query string
 * (`req.query` looks already set), so `$filter`, `comp=`, `restype=` are silently ignored: table
 * queries return every entity and blob calls fail. A child process has its own, clean `http`.
 *
 * The child never outlives the tests: {@link Azurite.stop} (mocha `after`) kills it; a
 * `process.on('exit')` hook kills it if the tests end otherwise; and the child exits by itself
 * when its IPC channel to this process closes (this process killed, even with SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports';

/** The well-known development account every Azurite accepts. */
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Which services to start. */
export interface AzuriteOptions {
  table?: boolean;
  blob?: boolean;
}

/** Running Azurite services. */
export interface Azurite {
  /** Account connection string with the endpoints of the started services. */
  connectionString: string;
  /** Stops every started service and waits for the processes to exit. Safe to call twice. */
  stop(): Promise<void>;
}

type Service = 'table' | 'blob';

/** Runs azurite's entry point (argv[1]) and exits when the parent's IPC channel closes. */
const WRAPPER = "process.on('disconnect', () => process.exit(0)); require(process.argv[1]);";
/** What the entry point prints once it listens. */
const READY = /Azurite (Table|Blob) service successfully (started|listens)/;
const START_TIMEOUT_MS = 15_000;

const running = new Set<ChildProcess>();
const workdirs = new Set<string>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of workdirs) fs.rmSync(dir, { recursive: true, force: true });
});

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.ref(); // keep this process alive until the child is gone
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 2_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts one service; resolves once it listens, rejects (child killed) when it exits or times out first. */
async function startService(service: Service, cwd: string): Promise<{ child: ChildProcess; endpoint: string }> {
  const port = await freePort();
  const main = require.resolve(`azurite/dist/src/${service}/main.js`);
  const flags = [`--${service}Host`, '127.0.0.1', `--${service}Port`, String(port)];
  flags.push('--inMemoryPersistence', '--loose', '--skipApiVersionCheck', '--disableTelemetry', '--silent');
  const child = spawn(process.execPath, ['-e', WRAPPER, main, ...flags], {
    cwd, // with --inMemoryPersistence azurite refuses --location and uses the working directory
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Azurite ${service} did not start in ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (READY.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Azurite ${service} exited (${signal ?? code}) before listening:\n${output}`));
      });
    });
  } catch (error) {
    await kill(child);
    throw error;
  }
  // Let this process end even if stop() was never called; the exit hook then kills the child.
  child.unref();
  for (const stream of [child.stdout, child.stderr] as const) (stream as net.Socket | null)?.unref();
  (child.channel as { unref?: () => void } | null | undefined)?.unref?.();
  return { child, endpoint: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}` };
}

/** {@link startService}, again on another port when the free port was taken meanwhile (EADDRINUSE). */
async function startWithRetry(service: Service, cwd: string): Promise<{ child: ChildProcess; endpoint: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startService(service, cwd);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

/**
 * Starts the requested Azurite services.
 *
 * @throws Error when a service cannot start (its output is in the message); whatever was started
 *   is stopped first.
 */
export async function startAzurite(options: AzuriteOptions = { table: true, blob: true }): Promise<Azurite> {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-azurite-'));
  workdirs.add(workdir);
  const services = (['table', 'blob'] as const).filter((s) => options[s]);
  const started = await Promise.allSettled(services.map((s) => startWithRetry(s, workdir)));
  const children = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value.child] : []));
  const stop = async (): Promise<void> => {
    await Promise.all(children.map(kill));
    fs.rmSync(workdir, { recursive: true, force: true });
    workdirs.delete(workdir);
  };
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const endpoints: Partial<Record<Service, string>> = {};
  for (const [i, s] of services.entries()) {
    const r = started[i];
    if (r?.status === 'fulfilled') endpoints[s] = r.value.endpoint;
  }
  const connectionString = [
    'DefaultEndpointsProtocol=http',
    `AccountName=${AZURITE_ACCOUNT}`,
    `AccountKey=${AZURITE_KEY}`,
    ...(endpoints.table ? [`TableEndpoint=${endpoints.table}`] : []),
    ...(endpoints.blob ? [`BlobEndpoint=${endpoints.blob}`] : []),
  ].join(';');
  return {
    connectionString,
    stop,
  };
}

/**
 * A contract-test backend on Azure Table storage: `[name, make, hooks]`, where `make` opens a store
 * on fresh tables (a new prefix per test) of one Azurite started before the suite and stopped after.
 */
export function azuriteTableBackend<S>(
  letter: string,
  open: (connectionString: string, tablePrefix: string) => S,
): [string, () => { store: S; reopen: () => S }, { before: () => Promise<void>; after: () => Promise<void> }] {
  let azurite: Azurite | undefined;
  let tables = 0;
  return [
    'azure',
    () => {
      const tablePrefix = `${letter}${process.pid}x${++tables}`;
      const make = (): S => open(azurite!.connectionString, tablePrefix);
      return { store: make(), reopen: make };
    },
    {
      before: async () => {
        azurite = await startAzurite({ table: true });
      },
      after: async () => {
        await azurite?.stop();
        azurite = undefined;
      },
    },
  ];
}

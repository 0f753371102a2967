import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sourceFlags } from './node-flags';

/** The WhatsApp emulator running in a child process. */
export interface EmulatorHandle {
  /** `http://127.0.0.1:<port>`. */
  readonly baseURL: string;
  /** The token it accepts. */
  readonly accessToken: string;
  /** How many message requests it accepted and refused so far, and the CPU (user + system, µs) it used. */
  progress(): Promise<{ accepted: number; refused: number; cpuMicros: number }>;
  /**
   * Stops it and reports what it served, the CPU (user + system, µs) it used, and arrival rates: after the first
   * `warmup` messages, between the 10th and 90th percentile of the rest (`sustainedPerSecond`); over the warm-up;
   * between the deciles of the whole run; and the most that arrived in any one second.
   */
  stop(warmup?: number): Promise<{
    accepted: number;
    refused: number;
    problems: string[];
    cpuMicros: number;
    sustainedPerSecond: number;
    warmupPerSecond: number;
    wholeRunPerSecond: number;
    busiestSecond: number;
  }>;
}

/** Starts the WhatsApp emulator in a child process and waits for its address. */
export async function startEmulator(): Promise<EmulatorHandle> {
  const child = fork(fileURLToPath(new URL('../workloads/whatsapp-emulator-process.ts', import.meta.url)), [], {
    execArgv: sourceFlags,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ baseURL: string; accessToken: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { baseURL: string; accessToken: string }));
    child.once('exit', (code) => reject(new Error(`the emulator process exited with ${code}`)));
  });
  return {
    ...ready,
    progress: () =>
      new Promise((resolve) => {
        const listener = (message: { type?: string; accepted?: number; refused?: number; cpuMicros?: number }) => {
          if (message.type !== 'progress') return;
          child.off('message', listener);
          resolve({
            accepted: message.accepted ?? 0,
            refused: message.refused ?? 0,
            cpuMicros: message.cpuMicros ?? 0,
          });
        };
        child.on('message', listener);
        child.send({ type: 'progress' });
      }),
    stop: (warmup = 0) =>
      new Promise((resolve) => {
        child.on('message', (message: { type?: string }) => {
          if (message.type === 'stopped') resolve(message as never);
        });
        child.send({ type: 'stop', warmup });
      }),
  };
}

/** The `p`th percentile of ascending samples. */
export const percentile = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

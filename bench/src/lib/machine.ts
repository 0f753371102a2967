import { cpus, loadavg, platform, release, totalmem, type } from 'node:os';

/** The machine a run happened on. */
export interface MachineInfo {
  /** e.g. `Linux 6.8.0 (linux)`. */
  readonly os: string;
  /** CPU model. */
  readonly cpu: string;
  /** Logical cores Node sees. */
  readonly cores: number;
  /** Total memory in GiB. */
  readonly memoryGiB: number;
  /** `process.version`. */
  readonly node: string;
}

/** The 1-minute load average now: above the core count, other processes shared the CPUs with the benchmark. */
export function loadAverage(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

/** Describes this machine. */
export function describeMachine(): MachineInfo {
  const all = cpus();
  return {
    os: `${type()} ${release()} (${platform()})`,
    cpu: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

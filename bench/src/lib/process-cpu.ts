import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (user + system, µs) used so far by every process whose command is `command` (e.g. `postgres`), children
 * already reaped included: a server's exited backends count in its postmaster's children times. Linux only (reads
 * /proc); `undefined` elsewhere. Other clients of the same server are counted too: a figure can only come out high.
 */
export function processCpuMicros(command: string): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const ticksPerSecond = 100;
  let ticks = 0;
  let found = false;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command sits in parentheses and may hold spaces: the fields after it are split from the last ')'.
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== command) continue;
    const fields = stat.slice(close + 2).split(' ');
    // Fields 14–17 of stat (utime, stime, cutime, cstime) are 11–14 after the command and state.
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    found = true;
  }
  return found ? (ticks * 1_000_000) / ticksPerSecond : undefined;
}

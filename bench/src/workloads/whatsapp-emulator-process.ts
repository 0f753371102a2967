import { createWhatsAppEmulator } from '@cobro/testing';
import { benchAppSecret } from '../data/whatsapp-deliveries';

// The WhatsApp emulator in its own process, so the sender's memory and CPU are measured alone. It keeps a log of
// every request; the log is counted and emptied every half second, or 100k requests would grow this process.
const emulator = await createWhatsAppEmulator({ appSecret: benchAppSecret });
let accepted = 0;
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
let refused = 0;
const problems = new Set<string>();
// When each accepted message arrived (ms), kept compactly: the rate is read off WhatsApp's side, not the sender's.
let arrivals = new Float64Array(65_536);
const drain = () => {
  for (const request of emulator.requests) {
    if (request.messageId) {
      if (accepted === arrivals.length) {
        const grown = new Float64Array(arrivals.length * 2);
        grown.set(arrivals);
        arrivals = grown;
      }
      arrivals[accepted] = request.at.getTime();
      accepted++;
    } else refused++;
    for (const problem of request.validationErrors ?? []) if (problems.size < 5) problems.add(problem);
  }
  emulator.requests.length = 0;
};
const timer = setInterval(drain, 500);

/** Arrivals per second between the 10th and 90th percentile of `times` (ascending), away from their start and tail. */
function rateBetweenDeciles(times: Float64Array): number {
  const first = Math.floor(times.length * 0.1);
  const last = Math.floor(times.length * 0.9) - 1;
  const span = ((times[last] ?? 0) - (times[first] ?? 0)) / 1000;
  return span > 0 ? (last - first) / span : Number.NaN;
}

/**
 * From the arrival times: the rate after the first `warmup` messages (between the 10th and 90th percentile of the
 * rest), the rate over the warm-up itself and the same decile rate over the whole run (a fresh process included),
 * and the most that arrived in any one-second window [t, t + 1 s) of the whole run.
 */
function arrivalRates(warmup: number) {
  const times = arrivals.subarray(0, accepted).sort();
  let busiestSecond = 0;
  for (let start = 0, end = 0; end < times.length; end += 1) {
    while ((times[end] as number) - (times[start] as number) >= 1000) start += 1;
    busiestSecond = Math.max(busiestSecond, end - start + 1);
  }
  const warm = Math.min(warmup, times.length);
  const warmupSpan = warm > 1 ? ((times[warm - 1] as number) - (times[0] as number)) / 1000 : 0;
  return {
    sustainedPerSecond: rateBetweenDeciles(times.subarray(warm)),
    warmupPerSecond: warmupSpan > 0 ? (warm - 1) / warmupSpan : Number.NaN,
    wholeRunPerSecond: rateBetweenDeciles(times),
    busiestSecond,
  };
}
process.send?.({ type: 'ready', baseURL: emulator.baseURL, accessToken: emulator.accessToken });
process.on('message', async (message: { type?: string; warmup?: number }) => {
  if (message.type === 'progress') {
    drain();
    process.send?.({ type: 'progress', accepted, refused, cpuMicros: cpuMicros() });
    return;
  }
  if (message.type !== 'stop') return;
  clearInterval(timer);
  drain();
  await emulator.close();
  process.send?.(
    {
      type: 'stopped',
      accepted,
      refused,
      problems: [...problems],
      cpuMicros: cpuMicros(),
      ...arrivalRates(message.warmup ?? 0),
    },
    () => process.exit(0),
  );
});

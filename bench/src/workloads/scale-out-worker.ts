// One worker process of the scale-out workload: the billing runtime on the shared PostgreSQL store, paced by the
// store's send slots (one 1,000/s budget for every process sending from the number), draining until nothing is due.
import { createBilling, createRateLimiter } from '@cobro/core';
import { createPostgresStore } from '@cobro/postgres';
import { createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { benchAppSecret } from '../data/whatsapp-deliveries';
import { alwaysOpenPolicy, benchBusiness } from '../lib/bench-billing';

const { url, schema, baseURL, accessToken, now, workerId } = JSON.parse(process.env.COBRO_BENCH_WORKER as string) as {
  url: string;
  schema: string;
  baseURL: string;
  accessToken: string;
  now: number;
  workerId: string;
};
// Four connections per worker (16 backends on the server): enough for the statements its 32 sends keep in flight, and
// on two cores the server spent about a fifth less CPU per send than with eight each.
const store = createPostgresStore({ connectionString: url, schema, max: 4 });
const limiter = createRateLimiter({
  key: 'whatsapp:106540352242922',
  ratePerSecond: 1_000,
  reserve: (input) => store.reserveSendSlots(input),
});
const { channel } = createWhatsAppCloud({
  accessToken,
  phoneNumberId: '106540352242922',
  appSecret: benchAppSecret,
  baseURL,
  pacing: { acquire: () => limiter.acquire(), reserve: () => Date.now() },
});
const billing = createBilling({
  channel,
  store,
  policy: alwaysOpenPolicy,
  business: benchBusiness,
  clock: () => new Date(now),
  workerId,
  concurrency: 32,
});

/** Heap still reachable after a full collection (the worker runs with --expose-gc): what a leak would grow. */
function retainedHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

process.once('message', async () => {
  let peakRss = process.memoryUsage.rss();
  const samples: number[] = [];
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    samples.push(rss);
  }, 500);
  // The parent says when 10% of the measured sends (after the warm-up) are in: retained heap then, and again at the end.
  let retainedAtTenth: number | undefined;
  let tenthSample = 0;
  process.once('message', () => {
    tenthSample = samples.length;
    retainedAtTenth = retainedHeap();
  });
  const cpuBefore = process.cpuUsage();
  let sent = 0;
  let failures = 0;
  for (;;) {
    const result = await billing.runDueReminders({ now: new Date(now) });
    sent += result.sent;
    failures += result.outcomes.filter((outcome) => outcome.state !== 'sent').length;
    if (result.customers === 0) break;
  }
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  const retainedAtEnd = retainedHeap();
  await store.close();
  process.send?.(
    {
      sent,
      failures,
      peakRss,
      samples,
      tenthSample,
      retainedAtTenth: retainedAtTenth ?? retainedAtEnd,
      retainedAtEnd,
      roundTrips: store.roundTrips,
      cpuMicros: cpu.user + cpu.system,
    },
    () => process.exit(0),
  );
});
process.send?.({ ready: true });

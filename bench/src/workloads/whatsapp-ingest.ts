import { parseWhatsAppWebhook } from '@cobro/whatsapp-cloud';
import { WhatsAppAPI } from 'whatsapp-api-js';
import { NodeNext } from 'whatsapp-api-js/setup/node';
import { benchAppSecret, generateWhatsAppDeliveries, type SignedDelivery } from '../data/whatsapp-deliveries';
import { scaled } from '../lib/bench-mode';
import { measureInterleaved } from '../lib/interleaved-rate';
import type { Rate } from '../lib/tinybench-rate';
import type { ResultRow, TargetCheck, WorkloadResult } from '../lib/workload-result';

const goal = 2;
const batchItems = 10;

interface Comparison {
  readonly cobro: Rate | undefined;
  readonly peer: Rate | undefined;
  readonly ratio: number;
  /** Rounds timed, and deliveries per side per round. */
  readonly rounds: number;
  readonly batch: number;
  /** CPU time of the whole process (all threads) per delivery, µs: cobro, the peer. */
  readonly cpu: readonly [number, number];
}

// Cheap (a fraction of a second a round) and the figure moves with GC and the peer's thread pool: many rounds.
const cpuRounds = 21;

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * CPU (user + system, every thread of the process, so WebCrypto's thread-pool work counts) per delivery of each
 * side, median of interleaved rounds. Waiting does not count, so this holds on a loaded machine where wall time
 * does not.
 */
async function cpuPerDelivery(
  sides: readonly ((delivery: SignedDelivery) => Promise<unknown>)[],
  deliveries: readonly SignedDelivery[],
): Promise<number[]> {
  const rounds: number[][] = sides.map(() => []);
  for (let round = 0; round < cpuRounds; round++) {
    for (const [index, side] of (round % 2 ? [...sides].reverse() : sides).entries()) {
      const which = round % 2 ? sides.length - 1 - index : index;
      const before = process.cpuUsage();
      for (const delivery of deliveries) await side(delivery);
      const used = process.cpuUsage(before);
      (rounds[which] as number[]).push((used.user + used.system) / deliveries.length);
    }
  }
  return rounds.map(median);
}

/** How the body reaches the library: as the text a framework decoded, or as the bytes the server received. */
type BodyForm = 'text' | 'bytes';

const utf8 = new TextDecoder();
// Each delivery's bytes, encoded once before timing: the wire's bytes are there before either library runs.
const wireBytes = new WeakMap<SignedDelivery, Uint8Array>();
function bytesOf(delivery: SignedDelivery): Uint8Array {
  let bytes = wireBytes.get(delivery);
  if (!bytes) {
    bytes = new TextEncoder().encode(delivery.rawBody);
    wireBytes.set(delivery, bytes);
  }
  return bytes;
}

/**
 * A cursor over the deliveries, `size` at a time. Each side gets its own: both run once per round, so in every round
 * both handle the very same deliveries and the paired ratio compares like with like.
 */
function batches(deliveries: readonly SignedDelivery[], size: number): () => readonly SignedDelivery[] {
  let cursor = 0;
  return () => {
    const start = cursor;
    cursor = (cursor + size) % deliveries.length;
    return deliveries.slice(start, start + size);
  };
}

/** Times cobro and whatsapp-api-js on the same deliveries, after checking both accept every one of them. */
async function compare(deliveries: readonly SignedDelivery[], items: number, body: BodyForm): Promise<Comparison> {
  // Rounds well under a scheduler time slice (a few hundred microseconds a side), so on a shared machine most rounds
  // run unpreempted and a preempted one is an outlier the median leaves out.
  const batch = items > 1 ? 4 : 10;
  // whatsapp-api-js hands each delivery to a callback, as an app would register; the callbacks count what they get.
  const peer = new WhatsAppAPI(NodeNext({ token: 'bench-token', appSecret: benchAppSecret, v: 'v25.0', secure: true }));
  let peerEvents = 0;
  peer.on.message = ({ message, from }) => {
    peerEvents += message.id && from ? 1 : 0;
  };
  peer.on.status = ({ id, status }) => {
    peerEvents += id && status ? 1 : 0;
  };
  // What each side's user runs for a delivery. As text: cobro's parse of the string, or JSON.parse and
  // whatsapp-api-js's post. As bytes (what the HTTP server hands over): cobro's parse of the bytes, as its own handler
  // passes them; for whatsapp-api-js, decoding them to text first, as its web-standard middleware does (`req.text()`).
  const cobroSide =
    body === 'text'
      ? (delivery: SignedDelivery) => parseWhatsAppWebhook({ appSecret: benchAppSecret, ...delivery })
      : (delivery: SignedDelivery) =>
          parseWhatsAppWebhook({ appSecret: benchAppSecret, rawBody: bytesOf(delivery), headers: delivery.headers });
  const peerSide = (delivery: SignedDelivery) => {
    const text = body === 'text' ? delivery.rawBody : utf8.decode(bytesOf(delivery));
    return peer.post(JSON.parse(text), text, delivery.headers['x-hub-signature-256'] as string) as Promise<unknown>;
  };
  let cobroEvents = 0;
  // Both must accept every delivery before anything is timed: a rejected signature would make either side "fast".
  // cobro must turn every item into an event; whatsapp-api-js reads the first item of a delivery only.
  for (const delivery of deliveries) {
    cobroEvents += (await cobroSide(delivery)).length;
    await peerSide(delivery);
  }
  if (cobroEvents !== deliveries.length * items || peerEvents !== deliveries.length) {
    throw new Error(
      `event counts differ: cobro ${cobroEvents} of ${deliveries.length * items} items, whatsapp-api-js ${peerEvents} of ${deliveries.length} deliveries`,
    );
  }
  const profiling = process.env.BENCH_PROFILE === '1';
  const cobroBatch = batches(deliveries, batch);
  const peerBatch = batches(deliveries, batch);
  const measured = await measureInterleaved(
    [
      {
        name: '@cobro/whatsapp-cloud parseWhatsAppWebhook',
        fn: async () => {
          for (const delivery of cobroBatch()) await cobroSide(delivery);
        },
      },
      ...(profiling
        ? []
        : [
            {
              name: 'whatsapp-api-js post',
              fn: async () => {
                for (const delivery of peerBatch()) await peerSide(delivery);
              },
            },
          ]),
    ],
    batch,
  );
  const [cobro, peerRate] = measured.rates;
  const [cobroCpu, peerCpu] = profiling
    ? [Number.NaN, Number.NaN]
    : await cpuPerDelivery([cobroSide, peerSide], deliveries);
  // The ratio is the median of the rounds' ratios: both sides timed on the same deliveries, microseconds apart.
  return {
    cobro,
    peer: peerRate,
    ratio: measured.relativeTime[1] ?? Number.NaN,
    rounds: cobro?.samples ?? 0,
    batch,
    cpu: [cobroCpu ?? Number.NaN, peerCpu ?? Number.NaN],
  };
}

function rows(label: string, comparison: Comparison, items: number): ResultRow[] {
  const { cobro, peer, ratio } = comparison;
  return [
    {
      subject: `@cobro/whatsapp-cloud, ${label} (verify + parse + validate, every item)`,
      metric: 'deliveries/s',
      value: cobro?.perSecond ?? Number.NaN,
      note: `median round, ±${cobro?.rme.toFixed(1)}%${items > 1 ? `; ${((cobro?.perSecond ?? 0) * items).toLocaleString('en-US', { maximumFractionDigits: 0 })} items/s` : ''}`,
    },
    {
      subject: `whatsapp-api-js 6.3.0, ${label} (${label.endsWith('bytes') ? 'decode + ' : ''}JSON.parse + post${items > 1 ? ', first item only' : ''})`,
      metric: 'deliveries/s',
      value: peer?.perSecond ?? Number.NaN,
      note: `median round, ±${peer?.rme.toFixed(1)}%`,
    },
    {
      subject: `ratio cobro / whatsapp-api-js, ${label}`,
      metric: '×',
      value: ratio,
      note: `median of per-round ratios over ${comparison.rounds.toLocaleString('en-US')} interleaved rounds of ${comparison.batch} deliveries a side, the same deliveries on both`,
    },
    {
      subject: `CPU per delivery, ${label}: cobro / whatsapp-api-js`,
      metric: 'µs',
      value: comparison.cpu[0],
      note: `whatsapp-api-js ${comparison.cpu[1].toFixed(1)} µs (process CPU, all threads, median of ${cpuRounds} interleaved rounds): cobro ahead ${(comparison.cpu[1] / comparison.cpu[0]).toFixed(2)}× by CPU`,
    },
  ];
}

function target(label: string, comparison: Comparison): TargetCheck {
  const byCpu = comparison.cpu[1] / comparison.cpu[0];
  return {
    goal: `WhatsApp ingest ≥ ${goal}× whatsapp-api-js, ${label}`,
    met: comparison.ratio >= goal,
    detail: `${comparison.ratio.toFixed(2)}× the peer in deliveries/s; ${byCpu.toFixed(2)}× by CPU per delivery`,
  };
}

/**
 * Workload 3: verify X-Hub-Signature-256, parse and validate status and message deliveries, cobro beside
 * whatsapp-api-js: deliveries of one item, and batches of ten (cobro handles all ten, whatsapp-api-js the first).
 */
export async function runWhatsAppIngest(): Promise<WorkloadResult> {
  const singles = generateWhatsAppDeliveries(scaled(1_000, 200));
  const batches = generateWhatsAppDeliveries(scaled(500, 100), 12, batchItems);
  const single = await compare(singles, 1, 'text');
  const batched = await compare(batches, batchItems, 'text');
  const singleBytes = await compare(singles, 1, 'bytes');
  const batchedBytes = await compare(batches, batchItems, 'bytes');
  return {
    id: 'whatsapp-ingest',
    title: 'WhatsApp webhook ingest',
    rows: [
      ...rows('one item, body as text', single, 1),
      ...rows(`batches of ${batchItems}, body as text`, batched, batchItems),
      ...rows('one item, body as bytes', singleBytes, 1),
      ...rows(`batches of ${batchItems}, body as bytes`, batchedBytes, batchItems),
    ],
    targets: [
      target('one-item deliveries, body as text', single),
      target(`batches of ${batchItems} items, body as text`, batched),
      target('one-item deliveries, body as bytes', singleBytes),
      target(`batches of ${batchItems} items, body as bytes`, batchedBytes),
    ],
    notes: [
      `${singles.length.toLocaleString('en-US')} seeded one-item deliveries and ${batches.length.toLocaleString('en-US')} of ${batchItems} items (60% statuses with pricing/errors, 40% text, quick-reply and button messages; Meta-style escaped bytes), signed with HMAC-SHA256; both libraries verify the signature on every delivery (cobro with node:crypto's HMAC on Node, WebCrypto elsewhere; whatsapp-api-js with WebCrypto subtle.verify and a cached key).`,
      'Body as text: both get the string (whatsapp-api-js needs text; cobro hashes its UTF-8). Body as bytes, as the HTTP server receives it: cobro gets the bytes, as its own webhook handler passes them (hashed as they are, decoded once to parse), and whatsapp-api-js users decode them to text first, as its web-standard middleware does with req.text(); the decode is timed on its side.',
      'Not the same work item for item: cobro validates the envelope and every item (the rules of its zod schema, checked by hand on the hot path; zod explains a refusal) and turns every message and status into a typed event; whatsapp-api-js reads the first message or status of a delivery and does no validation (the caller JSON.parses the body). On batches the ratio is per delivery: cobro handles ten items where whatsapp-api-js handles one.',
    ],
  };
}

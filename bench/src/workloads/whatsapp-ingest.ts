import { parseWhatsAppWebhook } from '@cobro/whatsapp-cloud';
import { WhatsAppAPI } from 'whatsapp-api-js';
import { NodeNext } from 'whatsapp-api-js/setup/node';
import { benchAppSecret, generateWhatsAppDeliveries } from '../data/whatsapp-deliveries';
import { scaled } from '../lib/bench-mode';
import { measureRates } from '../lib/tinybench-rate';
import type { WorkloadResult } from '../lib/workload-result';

/** Workload 3: verify X-Hub-Signature-256 and parse status and message deliveries, cobro beside whatsapp-api-js. */
export async function runWhatsAppIngest(): Promise<WorkloadResult> {
  const deliveries = generateWhatsAppDeliveries(scaled(1_000, 200));
  const batch = 100;
  let cursor = 0;
  const nextBatch = () => {
    const start = cursor;
    cursor = (cursor + batch) % deliveries.length;
    return deliveries.slice(start, start + batch);
  };

  // whatsapp-api-js hands each delivery to a callback, as an app would register; the callbacks count what they get.
  const peer = new WhatsAppAPI(NodeNext({ token: 'bench-token', appSecret: benchAppSecret, v: 'v25.0', secure: true }));
  let peerEvents = 0;
  peer.on.message = ({ message, from }) => {
    peerEvents += message.id && from ? 1 : 0;
  };
  peer.on.status = ({ id, status }) => {
    peerEvents += id && status ? 1 : 0;
  };
  let cobroEvents = 0;

  // Both must accept every delivery before anything is timed: a rejected signature would make either side "fast".
  for (const delivery of deliveries) {
    cobroEvents += (await parseWhatsAppWebhook({ appSecret: benchAppSecret, ...delivery })).length;
    await peer.post(JSON.parse(delivery.rawBody), delivery.rawBody, delivery.headers['x-hub-signature-256'] as string);
  }
  if (cobroEvents !== deliveries.length || peerEvents !== deliveries.length) {
    throw new Error(
      `event counts differ: cobro ${cobroEvents}, whatsapp-api-js ${peerEvents}, deliveries ${deliveries.length}`,
    );
  }

  const profiling = process.env.BENCH_PROFILE === '1';
  const [cobro, peerRate] = await measureRates(
    [
      {
        name: '@cobro/whatsapp-cloud parseWhatsAppWebhook',
        fn: async () => {
          for (const delivery of nextBatch()) await parseWhatsAppWebhook({ appSecret: benchAppSecret, ...delivery });
        },
      },
      ...(profiling
        ? []
        : [
            {
              name: 'whatsapp-api-js post',
              fn: async () => {
                for (const delivery of nextBatch()) {
                  await peer.post(
                    JSON.parse(delivery.rawBody),
                    delivery.rawBody,
                    delivery.headers['x-hub-signature-256'] as string,
                  );
                }
              },
            },
          ]),
    ],
    batch,
  );
  const ratio = (cobro?.perSecond ?? Number.NaN) / (peerRate?.perSecond ?? Number.NaN);
  return {
    id: 'whatsapp-ingest',
    title: 'WhatsApp webhook ingest',
    rows: [
      {
        subject: '@cobro/whatsapp-cloud (verify + parse + validate)',
        metric: 'deliveries/s',
        value: cobro?.perSecond ?? Number.NaN,
        note: `±${cobro?.rme.toFixed(1)}%`,
      },
      {
        subject: 'whatsapp-api-js 6.3.0 (JSON.parse + post)',
        metric: 'deliveries/s',
        value: peerRate?.perSecond ?? Number.NaN,
        note: `±${peerRate?.rme.toFixed(1)}%`,
      },
      { subject: 'ratio cobro / whatsapp-api-js', metric: '×', value: ratio },
    ],
    targets: [
      {
        goal: 'ingest at least as fast as whatsapp-api-js',
        met: ratio >= 1,
        detail:
          ratio >= 1 ? `${ratio.toFixed(2)}× the peer` : `${((1 - ratio) * 100).toFixed(0)}% slower than the peer`,
      },
    ],
    notes: [
      `${deliveries.length.toLocaleString('en-US')} seeded deliveries (60% statuses with pricing/errors, 40% text, quick-reply and button messages; Meta-style escaped bytes), signed with HMAC-SHA256; both libraries verify the signature on every delivery (cobro through @cobro/core's computeHmac: node:crypto on Node, WebCrypto elsewhere; whatsapp-api-js with WebCrypto subtle.verify and a cached key).`,
      'Not the same work item for item: cobro also validates the envelope against its schema and turns every message and status of a delivery into typed events; whatsapp-api-js reads the first message or status and does no validation (the caller JSON.parses the body). Each delivery here carries one item, so both see all of it.',
    ],
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { type MessageKey, renderMessage, whatsappTemplateFor } from '@cobro/core';
import { createPacer, createWhatsAppCloud } from '@cobro/whatsapp-cloud';
import { benchLocales, variablesFor } from '../data/message-variables';
import { benchAppSecret } from '../data/whatsapp-deliveries';
import { quick, scaled } from '../lib/bench-mode';
import { percentile, startEmulator } from '../lib/whatsapp-emulator';
import type { WorkloadResult } from '../lib/workload-result';
import { runBillingEndToEnd } from './end-to-end-billing';

const pace = 1_000;
const concurrency = 64;
const stages: MessageKey[] = [
  'reminder-due-today',
  'reminder-overdue-gentle',
  'reminder-overdue-firm',
  'reminder-upcoming',
];

const mib = (bytes: number) => bytes / 1_048_576;

/**
 * Workload 5 through the billing runtime, preceded by a shorter run of the channel alone (so the two can be told
 * apart).
 */
export async function runEndToEnd(): Promise<WorkloadResult> {
  if (process.env.BENCH_PROFILE === '1') return runBillingEndToEnd();
  // The channel first: the billing run leaves its store and records in this process.
  const channel = await runChannelEndToEnd(scaled(20_000, 1_000));
  const billing = await runBillingEndToEnd();
  return {
    ...billing,
    rows: [...billing.rows, ...channel.rows.map((row) => ({ ...row, subject: `channel alone: ${row.subject}` }))],
    notes: [
      ...billing.notes,
      'Channel alone: the same channel, pacer and emulator without the runtime — renderMessage + whatsappTemplateFor per reminder, then channel.send from 64 concurrent loops, 20,000 sends.',
      ...channel.notes.slice(1),
    ],
  };
}

/**
 * Workload 5 at the channel level: rendered reminders through the real WhatsApp channel (window check, template
 * fallback, axios client, pacer at 1,000 msg/s) to the WhatsApp emulator over loopback HTTP.
 */
async function runChannelEndToEnd(sends: number): Promise<WorkloadResult> {
  const emulator = await startEmulator();
  const pacer = createPacer({ messagesPerSecond: pace });
  // Latency per send starts when the pacer grants the slot, so the pacing queue itself is not counted as latency.
  const slot = new AsyncLocalStorage<{ grantedAt: number }>();
  const { channel } = createWhatsAppCloud({
    accessToken: emulator.accessToken,
    phoneNumberId: '106540352242922',
    appSecret: benchAppSecret,
    baseURL: emulator.baseURL,
    pacing: {
      reserve: pacer.reserve,
      async acquire(recipient) {
        const at = await pacer.acquire(recipient);
        const store = slot.getStore();
        if (store) store.grantedAt = performance.now();
        return at;
      },
    },
  });
  const variables = benchLocales.map((locale) => variablesFor(locale));
  const latencies = new Float64Array(sends);
  const checkpoints: { sent: number; rssMiB: number; heapMiB: number }[] = [];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  const checkpoint = (sent: number) => {
    globalThis.gc?.();
    const usage = process.memoryUsage();
    checkpoints.push({ sent, rssMiB: mib(usage.rss), heapMiB: mib(usage.heapUsed) });
  };
  checkpoint(0);
  let next = 0;
  let failed = 0;
  let templates = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < sends) {
      const index = next++;
      const localeIndex = index % benchLocales.length;
      const locale = benchLocales[localeIndex] as string;
      const key = stages[index % stages.length] as MessageKey;
      const messageVariables = { ...variables[localeIndex], invoiceNumber: `F-${index}` };
      const text = renderMessage({ key, locale, variables: messageVariables }).text;
      const template = whatsappTemplateFor({ key, locale, variables: messageVariables });
      const record = { grantedAt: Number.NaN };
      try {
        const result = await slot.run(record, () =>
          channel.send({
            to: { phone: `+52155${String(index).padStart(8, '0')}` },
            reference: `inv_${index}:1:due`,
            content: { kind: 'text', text },
            template,
          }),
        );
        if (result.deliveredAs === 'template') templates++;
      } catch {
        failed++;
      }
      latencies[index] = performance.now() - record.grantedAt;
      if ((index + 1) % Math.max(1, Math.floor(sends / 10)) === 0) checkpoint(index + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const served = await emulator.stop();
  const sorted = latencies.slice().sort();
  const rate = sends / elapsed;
  const tenth = checkpoints[1];
  const last = checkpoints.at(-1);
  const growth = tenth && last ? last.heapMiB - tenth.heapMiB : Number.NaN;
  return {
    id: 'end-to-end',
    title: 'End to end (channel level)',
    rows: [
      {
        subject: 'render + WhatsApp channel → emulator',
        metric: 'sends/s',
        value: rate,
        note: `${sends.toLocaleString('en-US')} sends paced at ${pace.toLocaleString('en-US')}/s, ${concurrency} in flight; ${templates.toLocaleString('en-US')} as templates, ${failed} failed; emulator accepted ${served.accepted.toLocaleString('en-US')}, refused ${served.refused}`,
      },
      {
        subject: 'latency per send, p50',
        metric: 'ms',
        value: percentile(sorted, 50),
        note: 'from the pacer slot to the answer',
      },
      { subject: 'latency per send, p99', metric: 'ms', value: percentile(sorted, 99) },
      { subject: 'peak RSS (sender process)', metric: 'MiB', value: mib(peakRss) },
      {
        subject: 'heap after GC, at 10% → 100% of sends',
        metric: 'MiB',
        value: last?.heapMiB ?? Number.NaN,
        note: `${tenth?.heapMiB.toFixed(1)} → ${last?.heapMiB.toFixed(1)} MiB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MiB)`,
      },
    ],
    targets: [
      {
        goal: 'end to end ≥ 1,000 sends/s (the pace) with flat memory',
        met: quick ? null : rate >= pace * 0.99 && growth < 16 && failed === 0,
        detail: `${rate.toFixed(0)} sends/s (${((rate / pace) * 100).toFixed(1)}% of the pace); heap after GC ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MiB from 10% to 100%`,
      },
    ],
    notes: [
      'Channel level, not runDueReminders: createBilling/runDueReminders is not exported by @cobro/core yet, so this drives what it would drive — renderMessage + whatsappTemplateFor per reminder, then channel.send (service-window check, template fallback, axios client, createPacer at 1,000 msg/s) — to the emulator over loopback HTTP. Planning, the store and the outbox are not in this loop.',
      'The emulator (createWhatsAppEmulator from @cobro/testing, validating every body against Meta’s spec) runs in its own process; its request log is drained every 0.5 s so it does not grow. RSS and heap are the sender’s.',
      `Heap checkpoints after GC (sent: MiB): ${checkpoints.map((point) => `${point.sent}: ${point.heapMiB.toFixed(1)}`).join(', ')}.`,
    ],
  };
}

import { messageKeys, renderMessage } from '@cobro/core';
import { benchLocales, variablesFor } from '../data/message-variables';
import { measureRates } from '../lib/tinybench-rate';
import type { WorkloadResult } from '../lib/workload-result';

/** Workload 2: every catalogue key in each of the four locales through renderMessage. */
export async function runRendering(): Promise<WorkloadResult> {
  const jobs = benchLocales.flatMap((locale) => {
    const variables = variablesFor(locale);
    // Brazil requires the supplier's identity and an opt-out line is common: render them as a jurisdiction would.
    const additions = locale === 'pt-BR' ? { supplierIdentity: true, optOutLine: true } : {};
    return messageKeys.map((key) => ({ key, locale, variables, additions }));
  });
  let characters = 0;
  const [rate] = await measureRates(
    [
      {
        name: 'renderMessage',
        fn: () => {
          for (const job of jobs) characters += renderMessage(job).text.length;
        },
      },
    ],
    jobs.length,
  );
  return {
    id: 'rendering',
    title: 'Message rendering',
    rows: [
      {
        subject: 'renderMessage',
        metric: 'renders/s',
        value: rate?.perSecond ?? Number.NaN,
        note: `${messageKeys.length} keys × ${benchLocales.length} locales (${benchLocales.join(', ')}) per batch, ±${rate?.rme.toFixed(1)}%`,
      },
    ],
    targets: [],
    notes: [
      `Variables formatted once per locale with formatMessageVariables (money, dates in the customer's zone); pt-BR adds the supplier identity and opt-out lines. ${characters > 0 ? 'Output lengths are consumed so the work is not optimised away.' : ''}`,
    ],
  };
}

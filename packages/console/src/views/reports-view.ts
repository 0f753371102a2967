import { addDays, agingReport, calendarDateAt, collectionStats, type Invoice } from '@cobro/core';
import { barChart } from '../charts/bar-chart';
import { lineChart } from '../charts/line-chart';
import type { ConsoleContext } from '../console-context';
import { href, money } from '../format';
import { html } from '../html';
import { page } from '../layout';

const bucketLabels = { current: 'current', '1-30': '1–30', '31-60': '31–60', '61-90': '61–90', '90+': '90+' } as const;

/** Weekly periods (Monday-free: seven-day spans ending today) on the report's calendar, oldest first. */
function periods(today: string, count: number): { from: string; to: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const to = addDays(today, -7 * (count - 1 - index));
    return { from: addDays(to, -6), to };
  });
}

/** Reports: aging per currency, collection rate and days to pay per week, as SVG charts; CSV exports. */
export async function reportsView(context: ConsoleContext): Promise<Response> {
  const invoices = await context.store.listInvoices();
  const today = calendarDateAt(context.now.toISOString(), context.timeZone);
  const aging = agingReport({ invoices, asOf: today });
  const weeks = periods(today, 8);
  const perWeek = weeks.map((week) => ({ week, stats: collectionStats({ invoices, ...week }) }));
  const currencies = [...new Set(invoices.map((invoice: Invoice) => invoice.currency))].sort();

  const body = html`
<p>As of ${today} (${context.timeZone}). Amounts never mix currencies: one chart per currency.
<a href="${href(context.base, '/reports/invoices.csv')}" download>Invoices CSV</a> ·
<a href="${href(context.base, '/reports/payments.csv')}" download>Payments CSV</a></p>
<h2>Aging</h2>
${aging.length === 0 ? html`<p class="muted">Nothing owed.</p>` : ''}
<div class="charts">${aging.map(
    (row) => html`<figure>
<figcaption>Aging, ${row.currency} (total ${money(row.total)})</figcaption>
${barChart(
  `Amount owed in ${row.currency} by days past due`,
  (Object.keys(bucketLabels) as (keyof typeof bucketLabels)[]).map((bucket) => ({
    label: bucketLabels[bucket],
    value: row.buckets[bucket].amountMinor,
    display: money(row.buckets[bucket]),
  })),
  `aging-${row.currency}`,
)}
</figure>`,
  )}</div>
<h2>Collection over time</h2>
<p class="muted">Invoices grouped by the week they were issued in (seven days ending on each date).</p>
<div class="charts">${currencies.map((currency) => {
    const series = perWeek.map(({ week, stats }) => ({
      label: week.to.slice(5),
      stat: stats.find((each) => each.currency === currency),
    }));
    return html`<figure>
<figcaption>Collection rate, ${currency}</figcaption>
${lineChart(
  `Share of the amount billed in ${currency} that was collected, per week of issue`,
  series.map(({ label, stat }) => ({ label, value: stat ? Math.round(stat.collectionRate * 100) : undefined })),
  { id: `rate-${currency}`, unit: '%', min: 0, max: 100 },
)}
</figure>
<figure>
<figcaption>Days to pay, ${currency}</figcaption>
${lineChart(
  `Average days from due date to full payment in ${currency}, per week of issue (negative: paid early)`,
  series.map(({ label, stat }) => ({ label, value: stat?.averageDaysToPay })),
  { id: `dtp-${currency}`, unit: 'd' },
)}
</figure>`;
  })}</div>
<h2>Figures</h2>
<table><thead><tr><th scope="col">Week to</th><th scope="col">Currency</th><th scope="col" class="num">Billed</th><th scope="col" class="num">Collected</th><th scope="col" class="num">Rate</th><th scope="col" class="num">Days to pay</th><th scope="col" class="num">DSO</th></tr></thead>
<tbody>${perWeek.flatMap(({ week, stats }) =>
    stats.map(
      (stat) =>
        html`<tr><td>${week.to}</td><td>${stat.currency}</td><td class="num">${money(stat.billed)}</td><td class="num">${money(stat.collected)}</td><td class="num">${Math.round(stat.collectionRate * 100)}%</td><td class="num">${stat.averageDaysToPay ?? '—'}</td><td class="num">${stat.daysSalesOutstanding}</td></tr>`,
    ),
  )}</tbody></table>`;
  return page(context, 'Reports', body);
}

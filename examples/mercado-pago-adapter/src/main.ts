// pnpm --filter @cobro/example-mercado-pago-adapter start: the Mercado Pago adapter in cobro, on local fakes only.
import { formatMoney } from '@cobro/core';
import { runMercadoPagoExample } from './run-example';

const run = await runMercadoPagoExample();
console.log(`Checkout Pro link: ${run.checkoutUrl}`);
console.log(`Payment ${run.paymentId}; x-signature verified, notification read as ${run.event.type}`);
console.log(
  `Webhook endpoint answered ${run.statuses.delivered} ${run.outcomes[0]}, redelivery ${run.statuses.redelivered} ${run.outcomes[1]}, forged copy ${run.statuses.forged}`,
);
const [payment] = run.invoice.payments;
console.log(
  `Invoice ${run.invoice.number}: ${run.invoice.status}, ${payment ? formatMoney(payment.amount, 'pt-BR') : 'nothing'} by ${payment?.method ?? '—'}, balance ${formatMoney(run.invoice.balance, 'pt-BR')}`,
);
console.log(`WhatsApp messages: ${run.whatsappMessages.join(', ')}`);

// pnpm --filter @cobro/example-br-order-details start: the whole order on the local WhatsApp emulator.
import { formatMoney } from '@cobro/core';
import { runBrazilianOrder } from './run-br-order';

const run = await runBrazilianOrder();
const interactive = (body: Record<string, unknown>) => body.interactive as { type?: string } | undefined;

console.log(`Pedido ${run.orderReference}: código Pix ${run.pixCode.slice(0, 40)}…`);
for (const request of run.requests.filter((each) => each.path.endsWith('/messages'))) {
  const kind = interactive(request.body)?.type ?? String(request.body.type);
  const verdict = request.validationErrors ? `REFUSED: ${request.validationErrors.join('; ')}` : 'accepted';
  console.log(`→ WhatsApp ${kind.padEnd(14)} ${verdict}${request.messageId ? ` (${request.messageId})` : ''}`);
}
console.log(
  `Invoice ${run.invoice.number}: ${run.invoice.status}, paid ${formatMoney(run.invoice.totals.total, 'pt-BR')} by Pix ${run.endToEndId}, balance ${formatMoney(run.invoice.balance, 'pt-BR')}`,
);
console.log(
  `Recording the same Pix again sent ${run.afterReplay.length} message(s) and kept ${run.invoiceAfterReplay.payments.length} payment.`,
);

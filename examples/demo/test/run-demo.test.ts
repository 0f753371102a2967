import { describe, expect, it, onTestFinished } from 'vitest';
import { runDemo } from '../src/run-demo';

describe('the 30-day demo', () => {
  it('runs every scenario through createBilling and prints a stable transcript', async () => {
    // On PGlite, restarted on day 15: the transcript is the one a single uninterrupted process prints.
    const { transcript, invoices, shops, whatsappMessages, close } = await runDemo();
    onTestFinished(close);
    const byNumber = Object.fromEntries(invoices.map((invoice) => [invoice.number, invoice]));
    // Carlos pays by a signed Conekta webhook, Ana keeps her promise, Emily pays part by transfer, Giulia opts out.
    expect(byNumber['FJ-1187']).toMatchObject({ status: 'paid', balance: { amountMinor: 0, currency: 'MXN' } });
    expect(byNumber['AS-0301']).toMatchObject({ status: 'paid', promiseToPay: { date: '2026-12-15' } });
    expect(byNumber['HB-2210']).toMatchObject({
      status: 'partially_paid',
      balance: { amountMinor: 12000, currency: 'USD' },
    });
    expect(byNumber['F-2026-0042']).toMatchObject({ status: 'open', balance: { amountMinor: 4500 } });

    const sent = async (customerId: string) =>
      (await shops
        .find((shop) => shop.demo.customer.id === customerId)!
        .billing.store.listMessages({
          direction: 'outbound',
        })) ?? [];
    const all = (await Promise.all(shops.map((shop) => sent(shop.demo.customer.id)))).flat();
    // Every logged message reached the WhatsApp emulator over HTTP, once.
    expect(all).toHaveLength(whatsappMessages);
    expect(new Set(all.map((message) => message.outboxKey)).size).toBe(all.length);

    // Nothing goes to Giulia after her STOP but the confirmation; nothing to Ana between her promise and its date.
    const giulia = (await sent('c-giulia')).filter((message) => message.createdAt >= '2026-12-09T17:42:00.000Z');
    expect(giulia.map((message) => message.messageKey)).toEqual(['opt-out-confirmed']);
    const ana = (await sent('c-ana')).filter(
      (message) =>
        message.messageKey?.startsWith('reminder-') &&
        message.createdAt > '2026-12-07T14:20:00.000Z' &&
        message.createdAt < '2026-12-16T00:00:00.000Z',
    );
    expect(ana).toEqual([]);

    // Massachusetts: never more than two collection messages in any seven days.
    const emily = (await sent('c-emily')).filter(
      (message) => message.messageKey === 'invoice-sent' || message.messageKey?.startsWith('reminder-'),
    );
    for (const message of emily) {
      const at = Date.parse(message.createdAt);
      const inWeek = emily.filter(
        (other) => Date.parse(other.createdAt) <= at && Date.parse(other.createdAt) > at - 7 * 86_400_000,
      );
      expect(inWeek.length).toBeLessThanOrEqual(2);
    }

    // Every message went out between 08:00 and 20:00 on the customer's own clock.
    for (const shop of shops)
      for (const message of await sent(shop.demo.customer.id)) {
        const hour = Number(
          new Intl.DateTimeFormat('en-US', {
            timeZone: shop.demo.customer.timeZone,
            hour: 'numeric',
            hourCycle: 'h23',
          }).format(new Date(message.createdAt)),
        );
        if (message.messageKey !== 'opt-out-confirmed' && message.messageKey !== 'promise-confirmed')
          expect(hour, `${message.messageKey} at ${message.createdAt}`).toBeGreaterThanOrEqual(8);
      }

    // Conekta ids are random per run: mask them so the transcript is comparable.
    const stable = transcript
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<conekta-id>')
      .replace(/(pay\.conekta\.com\/link\/)[0-9a-f]{32}/g, '$1<slug>');
    expect(stable).toMatchSnapshot();
  });
});

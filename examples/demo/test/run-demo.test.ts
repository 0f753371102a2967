import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/run-demo';

describe('the 30-day demo', () => {
  it('runs every scenario to its end and prints a stable transcript', async () => {
    const { transcript, invoices, history, whatsappRequests } = await runDemo();
    // Every message reached the WhatsApp emulator over HTTP (templates outside the window, free-form inside).
    expect(whatsappRequests).toBe(history.length);
    const byNumber = Object.fromEntries(invoices.map((invoice) => [invoice.number, invoice]));
    // Carlos pays by a signed Conekta webhook, Ana keeps her promise, Emily pays part, Giulia opts out.
    expect(byNumber['FJ-1187']).toMatchObject({ status: 'paid', balance: { amountMinor: 0, currency: 'MXN' } });
    expect(byNumber['AS-0301']).toMatchObject({ status: 'paid', promiseToPay: { date: '2026-12-15' } });
    expect(byNumber['HB-2210']).toMatchObject({
      status: 'partially_paid',
      balance: { amountMinor: 12000, currency: 'USD' },
    });
    expect(byNumber['F-2026-0042']).toMatchObject({ status: 'open', balance: { amountMinor: 4500 } });

    // Nothing goes to Giulia after her STOP but the confirmation; nothing to Ana between her promise and its date.
    const giulia = history.filter(
      (contact) => contact.customerId === 'c-giulia' && contact.at >= '2026-12-09T17:42:00.000Z',
    );
    expect(giulia.map((contact) => contact.kind)).toEqual(['opt-out-confirmation']);
    const ana = history.filter(
      (contact) =>
        contact.customerId === 'c-ana' && contact.kind === 'reminder' && contact.at > '2026-12-07T14:20:00.000Z',
    );
    expect(ana).toEqual([]);

    // Massachusetts: never more than two collection messages for one invoice in any seven days.
    const emily = history.filter((contact) => contact.customerId === 'c-emily' && contact.kind !== 'confirmation');
    for (const contact of emily) {
      const at = Date.parse(contact.at);
      const inWeek = emily.filter((other) => Date.parse(other.at) <= at && Date.parse(other.at) > at - 7 * 86_400_000);
      expect(inWeek.length).toBeLessThanOrEqual(2);
    }

    // Conekta ids are random per run: mask them so the transcript is comparable.
    const stable = transcript
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<conekta-id>')
      .replace(/(pay\.conekta\.com\/link\/)[0-9a-f]{32}/g, '$1<slug>');
    expect(stable).toMatchSnapshot();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mexicanCustomer, mexicanInvoice } from './support/customers';
import { referenceProvider } from './support/providers';
import { createWorld, type World } from './support/world';

// Monday 30 November 2026, 11:00 in Mexico City.
const start = '2026-11-30T17:00:00.000Z';

describe('an invoice sent while the customer is in the chat', () => {
  let world: World;
  afterEach(() => world?.close());

  it('goes out as text with a "Pay now" button and the offline options, then the PDF as a document', async () => {
    const clock = { value: Date.parse(start) };
    const provider = await referenceProvider.create(() => new Date(clock.value));
    world = await createWorld('', [provider], {
      clock,
      offlinePaymentOptions: [
        { kind: 'clabe', clabe: '002180700000000019', bank: 'Banamex', accountName: 'Florería Jacaranda' },
        { kind: 'pix', key: 'pix@example.com', currencies: ['BRL'] },
      ],
    });
    await world.billing.saveCustomer(mexicanCustomer(1));
    await world.billing.addInvoice(mexicanInvoice(1, '2026-12-04', '500.00'));
    // The customer writes first: the 24-hour window is open.
    expect(
      await world.post(
        '/webhooks/whatsapp',
        world.whatsapp.inboundText('+525512341001', 'Hola, ¿me mandas la factura?'),
      ),
    ).toBe(200);

    const pdf = new TextEncoder().encode('%PDF-1.7 F-0001');
    const result = await world.billing.sendInvoice('inv-001', { document: { bytes: pdf, filename: 'F-0001.pdf' } });
    expect(result.message.state).toBe('sent');
    expect(result.document?.state).toBe('sent');

    const [invoiceMessage, documentMessage] = world.messages().slice(-2);
    const interactive = invoiceMessage?.body.interactive as {
      type: string;
      body: { text: string };
      action: { parameters: { display_text: string; url: string } };
    };
    expect(invoiceMessage?.type).toBe('interactive');
    expect(interactive.type).toBe('cta_url');
    expect(interactive.action.parameters.display_text).toBe('Pagar ahora');
    expect(interactive.action.parameters.url).toMatch(/^https:\/\/pay\.example\.com\/l\//);
    // Pesos take the CLABE, not the Pix key.
    expect(interactive.body.text).toContain('CLABE 002180700000000019, Banamex (Florería Jacaranda)');
    expect(interactive.body.text).not.toContain('Pix');

    const upload = world.whatsapp.requests.find((request) => request.path.endsWith('/media'));
    expect(upload?.method).toBe('POST');
    expect(documentMessage?.type).toBe('document');
    expect(documentMessage?.body.document).toMatchObject({ filename: 'F-0001.pdf' });
    expect(world.whatsapp.requests.every((request) => (request.validationErrors ?? []).length === 0)).toBe(true);
  });
});

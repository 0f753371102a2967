import { type Customer, createCustomer, createInvoice, type Invoice, parseMoney } from '@cobro/core';

/** The business each customer buys from: cobro's users are small shops, one per country here. */
export interface DemoBusiness {
  readonly name: string;
  readonly timeZone: string;
  /** Legal identity, printed where the law asks for it (Brazil, CDC art. 42-A). */
  readonly legalName: string;
  readonly taxId: string;
  readonly address: string;
}

/** What the customer will do during the 30 days. */
export type DemoBehaviour =
  | { readonly kind: 'opts-out'; readonly at: string; readonly reply: string }
  | { readonly kind: 'pays-by-webhook'; readonly at: string }
  | {
      readonly kind: 'promises';
      readonly at: string;
      readonly reply: string;
      readonly promiseDate: string;
      readonly paysAt: string;
    }
  | { readonly kind: 'pays-part'; readonly at: string; readonly amount: string };

/** One customer of the demo, with their invoice, their shop and what they will do. */
export interface DemoCase {
  readonly customer: Customer;
  readonly invoice: Invoice;
  readonly business: DemoBusiness;
  readonly behaviour: DemoBehaviour;
}

const optIn = (evidence: string) => ({ at: '2026-11-20T15:00:00.000Z', source: 'checkout' as const, evidence });

/** The four customers: Italy, Mexico, Brazil (São Paulo) and the United States (Massachusetts). */
export function demoCast(): DemoCase[] {
  const rome: DemoBusiness = {
    name: 'Pasticceria Rossi',
    timeZone: 'Europe/Rome',
    legalName: 'Pasticceria Rossi S.r.l.',
    taxId: 'IT01234567890',
    address: 'Via Roma 1, Milano',
  };
  const cdmx: DemoBusiness = {
    name: 'Florería Jacaranda',
    timeZone: 'America/Mexico_City',
    legalName: 'Florería Jacaranda S.A. de C.V.',
    taxId: 'FJA010101AB1',
    address: 'Av. Álvaro Obregón 120, Roma Norte, CDMX',
  };
  const saoPaulo: DemoBusiness = {
    name: 'Ateliê Souza',
    timeZone: 'America/Sao_Paulo',
    legalName: 'Ateliê Souza Ltda',
    taxId: '12.345.678/0001-90',
    address: 'Rua Augusta 100, São Paulo SP',
  };
  const boston: DemoBusiness = {
    name: 'Harbor Bikes',
    timeZone: 'America/New_York',
    legalName: 'Harbor Bikes LLC',
    taxId: '12-3456789',
    address: '12 Harbor St, Boston MA',
  };
  const giulia = createCustomer({
    id: 'c-giulia',
    name: 'Giulia',
    phone: '+39 347 123 4567',
    locale: 'it-IT',
    timeZone: 'Europe/Rome',
    country: 'IT',
    optIn: optIn('consenso WhatsApp nel modulo d’ordine #88'),
  });
  const carlos = createCustomer({
    id: 'c-carlos',
    name: 'Carlos',
    phone: '+52 55 1234 5678',
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    country: 'MX',
    optIn: optIn('casilla de WhatsApp en pedido web #311'),
  });
  const ana = createCustomer({
    id: 'c-ana',
    name: 'Ana',
    phone: '+55 11 98765 4321',
    locale: 'pt-BR',
    timeZone: 'America/Sao_Paulo',
    country: 'BR',
    subdivision: 'SP',
    optIn: optIn('mensagem "quero receber pelo WhatsApp" de 2026-11-20'),
  });
  const emily = createCustomer({
    id: 'c-emily',
    name: 'Emily',
    phone: '+1 617 555 0143',
    locale: 'en-US',
    timeZone: 'America/New_York',
    country: 'US',
    subdivision: 'MA',
    optIn: optIn('SMS keyword JOIN on 2026-11-20'),
  });
  const invoice = (
    id: string,
    customer: Customer,
    business: DemoBusiness,
    currency: string,
    amount: string,
    dueDate: string,
    description: string,
  ) =>
    createInvoice({
      id,
      number: id.toUpperCase(),
      customerId: customer.id,
      currency,
      status: 'open',
      issueDate: '2026-11-30',
      dueDate,
      businessTimeZone: business.timeZone,
      description,
      lines: [{ description, quantity: '1', unitPrice: parseMoney(amount, currency), taxRate: '0' }],
    });
  return [
    {
      customer: giulia,
      business: rome,
      invoice: invoice('f-2026-0042', giulia, rome, 'EUR', '45.00', '2026-12-04', 'torta di compleanno'),
      behaviour: { kind: 'opts-out', at: '2026-12-09T17:42:00.000Z', reply: 'STOP' },
    },
    {
      customer: carlos,
      business: cdmx,
      invoice: invoice('fj-1187', carlos, cdmx, 'MXN', '1234.50', '2026-12-05', 'arreglo floral'),
      behaviour: { kind: 'pays-by-webhook', at: '2026-12-08T19:05:00.000Z' },
    },
    {
      customer: ana,
      business: saoPaulo,
      invoice: invoice('as-0301', ana, saoPaulo, 'BRL', '320.00', '2026-12-03', 'vestido sob medida'),
      behaviour: {
        kind: 'promises',
        at: '2026-12-07T14:20:00.000Z',
        reply: 'Posso pagar no dia 15, tudo bem?',
        promiseDate: '2026-12-15',
        paysAt: '2026-12-15T16:30:00.000Z',
      },
    },
    {
      customer: emily,
      business: boston,
      invoice: invoice('hb-2210', emily, boston, 'USD', '200.00', '2026-12-02', 'bike tune-up'),
      behaviour: { kind: 'pays-part', at: '2026-12-09T22:10:00.000Z', amount: '80.00' },
    },
  ];
}

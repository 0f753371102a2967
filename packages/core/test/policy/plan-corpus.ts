import './load-all-holidays';
import { createHash } from 'node:crypto';
import {
  type ContactAttempt,
  type Customer,
  checkContact,
  createCustomer,
  createInvoice,
  defaultReminderPolicy,
  type Invoice,
  parseMoney,
  planCustomerReminders,
  type ReminderPolicy,
  reminderSlotKey,
  resolvePolicy,
} from '@cobro/core';

// A seeded corpus of open invoices over every covered country and the subdivisions the presets single out, with
// planning instants spread over 2024–2034: the planner's output on it is fingerprinted so that work on speed can
// prove it changed no plan. mulberry32, as the bench uses: the same seed gives the same corpus on every machine.
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick };
}

const people = [
  { country: 'IT', phone: '+393471234567', zones: ['Europe/Rome'] },
  { country: 'ES', phone: '+34612345678', zones: ['Europe/Madrid', 'Atlantic/Canary'] },
  { country: 'ES', subdivision: 'NC', phone: '+34612345678', zones: ['Europe/Madrid'] },
  { country: 'ES', subdivision: 'CB', phone: '+34612345678', zones: ['Europe/Madrid'] },
  { country: 'ES', subdivision: 'MC', phone: '+34612345678', zones: ['Europe/Madrid'] },
  { country: 'ES', subdivision: 'VC', phone: '+34612345678', zones: ['Europe/Madrid'] },
  { country: 'MX', phone: '+525512345678', zones: ['America/Mexico_City', 'America/Tijuana'] },
  { country: 'BR', phone: '+5511987654321', zones: ['America/Sao_Paulo'] },
  { country: 'BR', subdivision: 'SP', phone: '+5511987654321', zones: ['America/Sao_Paulo'] },
  { country: 'BR', subdivision: 'AM', phone: '+5511987654321', zones: ['America/Manaus'] },
  { country: 'BR', subdivision: 'RJ', phone: '+5511987654321', zones: ['America/Sao_Paulo'] },
  { country: 'US', subdivision: 'MA', phone: '+12025550143', zones: ['America/New_York'] },
  { country: 'US', subdivision: 'NY', phone: '+12025550143', zones: ['America/New_York'] },
  { country: 'US', subdivision: 'CA', phone: '+12025550143', zones: ['America/Los_Angeles'] },
  { country: 'US', phone: '+12025550143', zones: ['America/Chicago', 'America/Denver'] },
  { country: 'AU', phone: '+61412345678', zones: ['Australia/Sydney'] },
  { country: 'AU', subdivision: 'NT', phone: '+61412345678', zones: ['Australia/Darwin'] },
  { country: 'AU', subdivision: 'SA', phone: '+61412345678', zones: ['Australia/Adelaide'] },
  { country: 'AU', subdivision: 'QLD', phone: '+61412345678', zones: ['Australia/Brisbane'] },
  { country: 'GB', phone: '+447911123456', zones: ['Europe/London'] },
  { country: 'GB', subdivision: 'SCT', phone: '+447911123456', zones: ['Europe/London'] },
  { country: 'GB', subdivision: 'NIR', phone: '+447911123456', zones: ['Europe/London'], kind: 'business' as const },
  { country: 'PT', phone: '+351912345678', zones: ['Europe/Lisbon', 'Atlantic/Azores'] },
  { country: 'AR', phone: '+5491123456789', zones: ['America/Argentina/Buenos_Aires'] },
  { country: 'CO', phone: '+573001234567', zones: ['America/Bogota'] },
  { country: 'CL', phone: '+56961234567', zones: ['America/Santiago'] },
  { country: 'PE', phone: '+51912345678', zones: ['America/Lima'] },
  { country: 'IN', phone: '+919812345678', zones: ['Asia/Kolkata'] },
] as const;

const businessZones = ['Europe/Rome', 'America/Mexico_City', 'America/Sao_Paulo', 'America/New_York', 'Europe/Madrid'];
const optIn = { at: '2023-06-01T00:00:00.000Z', source: 'checkout' as const, evidence: 'consent box on order form' };
const day = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const policies: readonly ReminderPolicy[] = [
  defaultReminderPolicy,
  { ...defaultReminderPolicy, preferredTime: '08:15', window: { start: '08:00', end: '12:00' }, minimumGapMinutes: 60 },
  { ...defaultReminderPolicy, caps: { ...defaultReminderPolicy.caps, perCustomerPerDay: 2, perCustomerPerWeek: 5 } },
  {
    ...defaultReminderPolicy,
    allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
    holidays: { ...defaultReminderPolicy.holidays, bankHolidays: true },
  },
];

/** One customer, their open invoices, past contacts, the business's policy and the planning instant. */
export interface CorpusBook {
  readonly customer: Customer;
  readonly invoices: readonly Invoice[];
  readonly history: readonly ContactAttempt[];
  readonly policy: ReminderPolicy;
  readonly now: string;
}

/** The seeded corpus: `invoiceCount` open invoices over customers holding one to three each. */
export function* planCorpus(invoiceCount: number, seed = 13): Generator<CorpusBook> {
  const random = seeded(seed);
  const customers = new Map<string, Customer>();
  const invoices = new Map<string, Invoice>();
  const start = Date.parse('2024-01-15T00:00:00Z');
  let made = 0;
  for (let index = 0; made < invoiceCount; index++) {
    const person = random.pick(people);
    const key = `${person.country}-${'subdivision' in person ? person.subdivision : ''}`;
    let template = customers.get(key);
    if (!template) {
      template = createCustomer({
        id: 'c',
        name: 'Ana',
        phone: person.phone,
        locale: 'en-US',
        timeZone: 'UTC',
        country: person.country,
        subdivision: 'subdivision' in person ? person.subdivision : undefined,
        kind: 'kind' in person ? person.kind : undefined,
        optIn,
      });
      customers.set(key, template);
    }
    const customer: Customer = { ...template, id: `c${index}`, timeZone: random.pick(person.zones) };
    const now = start + random.int(0, 10 * 365) * day + random.int(0, 23) * 3_600_000;
    const count = Math.min(random.int(1, 3), invoiceCount - made);
    const own: Invoice[] = [];
    for (let n = 0; n < count; n++, made++) {
      const installments = random.next() < 0.1;
      let invoice = invoices.get(String(installments));
      if (!invoice) {
        const amount = parseMoney('45.00', 'EUR');
        invoice = createInvoice({
          id: 'i',
          number: 'F-i',
          customerId: 'c',
          currency: 'EUR',
          status: 'open',
          issueDate: '2024-01-01',
          dueDate: installments ? '2024-03-01' : '2024-02-01',
          businessTimeZone: 'UTC',
          lines: [{ description: 'Pedido', quantity: '2', unitPrice: amount, taxRate: '0' }],
          ...(installments
            ? {
                installments: [
                  { id: '1', dueDate: '2024-02-01', amount },
                  { id: '2', dueDate: '2024-03-01', amount },
                ],
              }
            : {}),
        });
        invoices.set(String(installments), invoice);
      }
      const due = now + random.int(-40, 30) * day;
      own.push({
        ...invoice,
        id: `i${made}`,
        number: `F-${made}`,
        customerId: customer.id,
        issueDate: isoDate(due - 30 * day),
        dueDate: isoDate(installments ? due + 30 * day : due),
        businessTimeZone: random.pick(businessZones),
        installments: invoice.installments.map((installment, at) => ({
          ...installment,
          dueDate: isoDate(due + at * 30 * day),
        })),
      });
    }
    const history: ContactAttempt[] = [];
    if (random.next() < 0.5) {
      for (let attempt = random.int(1, 4); attempt > 0; attempt--) {
        const invoice = random.pick(own);
        history.push({
          at: new Date(now - random.int(1, 40 * 24) * 3_600_000).toISOString(),
          customerId: customer.id,
          invoiceIds: [invoice.id],
          slotKeys: [reminderSlotKey(invoice.id, '1', random.pick(['before-3', 'due', 'after-3']))],
          kind: 'reminder',
        });
      }
    }
    yield { customer, invoices: own, history, policy: random.pick(policies), now: new Date(now).toISOString() };
  }
}

/**
 * Plans a book and passes every planned message through the gate with the history so far, as the sender does; the
 * fingerprint covers every field of the plan and every decision.
 */
export function planFingerprint(book: CorpusBook): string {
  const policy = resolvePolicy({ policy: book.policy, customer: book.customer });
  const plan = planCustomerReminders({ ...book, policy });
  const seen = [...book.history];
  const decisions = plan.messages.map((message) => {
    const invoiceIds = message.reminders.map((reminder) => reminder.invoiceId);
    const decision = checkContact({ customer: book.customer, policy, history: seen, at: message.sendAt, invoiceIds });
    seen.push({ at: message.sendAt, customerId: book.customer.id, invoiceIds, kind: 'reminder' });
    return decision;
  });
  return createHash('sha256').update(JSON.stringify({ plan, decisions })).digest('base64url').slice(0, 12);
}

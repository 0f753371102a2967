import type { SignedStripeWebhook } from './sign-stripe-webhook';
import { type StripeJson, stripeErrorBody, stripeObject, stripePaymentMethodDetails } from './stripe-emulator-objects';

/** An emulator response before it is written: status and JSON body. */
export interface StripeEmulatorResult {
  /** HTTP status. */
  readonly status: number;
  /** JSON body. */
  readonly body: StripeJson;
}

// Payment method types that only settle in one currency (Stripe's payment method pages).
const currencyOnly: Readonly<Record<string, string>> = { oxxo: 'mxn', boleto: 'brl', pix: 'brl' };
const asyncMethods = new Set(['oxxo', 'boleto']);
const sessionMinSeconds = 30 * 60;
const sessionMaxSeconds = 24 * 3600;

const ok = (body: StripeJson): StripeEmulatorResult => ({ status: 200, body });
const invalid = (message: string, param?: string, code = 'parameter_invalid'): StripeEmulatorResult => ({
  status: 400,
  body: stripeErrorBody({ type: 'invalid_request_error', code, message, ...(param ? { param } : {}) }),
});
const missing = (what: string, id: string, param?: string): StripeEmulatorResult => ({
  status: 404,
  body: stripeErrorBody({
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${what}: '${id}'`,
    ...(param ? { param } : {}),
  }),
});

/**
 * The emulator's state and what Stripe does with it (prices, Payment Links, Checkout Sessions, PaymentIntents,
 * charges, refunds), apart from HTTP. Bodies arrive decoded and schema-valid; this checks what the schema cannot
 * (currency-bound methods, session lifetime, refundable amounts). Events go through `emit`.
 */
export function createStripeEmulatorStore({
  now,
  emit,
}: {
  /** Current time, epoch seconds. */
  now: () => number;
  /** Records and signs an event. */
  emit: (type: string, object: StripeJson) => SignedStripeWebhook;
}) {
  const prices = new Map<string, StripeJson>();
  const paymentLinks = new Map<string, StripeJson>();
  const sessions = new Map<string, StripeJson>();
  const paymentIntents = new Map<string, StripeJson>();
  const charges = new Map<string, StripeJson>();
  const refunds = new Map<string, StripeJson>();
  const completedByLink = new Map<string, number>();
  // What Stripe keeps but does not return on the object itself: a link's line items, a session's intent metadata.
  const linkLines = new Map<string, StripeJson[]>();
  const intentMetadataBySession = new Map<string, StripeJson>();
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}_test_${(++sequence).toString(36).padStart(14, '0')}`;

  const methodProblem = (types: unknown, currency: string): StripeEmulatorResult | undefined => {
    for (const [index, type] of ((types as string[] | undefined) ?? []).entries()) {
      const only = currencyOnly[type];
      if (only && only !== currency) {
        return invalid(
          `The payment method type \`${type}\` cannot be used with currency \`${currency}\`.`,
          `payment_method_types[${index}]`,
        );
      }
    }
    return undefined;
  };

  function createPrice(body: StripeJson): StripeEmulatorResult {
    if (body.unit_amount === undefined)
      return invalid('Missing required param: unit_amount.', 'unit_amount', 'parameter_missing');
    const price = stripeObject('price', {
      id: nextId('price'),
      created: now(),
      currency: body.currency,
      unit_amount: body.unit_amount,
      unit_amount_decimal: String(body.unit_amount),
      metadata: body.metadata ?? {},
      product: nextId('prod'),
      recurring: null,
      type: 'one_time',
      nickname: null,
    });
    prices.set(price.id as string, price);
    return ok(price);
  }

  function createPaymentLink(body: StripeJson): StripeEmulatorResult {
    const lines = body.line_items as StripeJson[];
    const priceIds = lines.map((line) => line.price as string);
    for (const [index, id] of priceIds.entries()) {
      if (!prices.has(id)) return missing('price', id, `line_items[${index}][price]`);
    }
    const currency = (prices.get(priceIds[0] as string) as StripeJson).currency as string;
    const problem = methodProblem(body.payment_method_types, currency);
    if (problem) return problem;
    const link = stripeObject('payment_link', {
      id: nextId('plink'),
      active: true,
      currency,
      metadata: body.metadata ?? {},
      payment_method_types: body.payment_method_types ?? null,
      payment_intent_data: body.payment_intent_data ?? null,
      after_completion: body.after_completion ?? {
        hosted_confirmation: { custom_message: null },
        type: 'hosted_confirmation',
      },
      restrictions: body.restrictions ?? null,
      url: '',
    });
    link.url = `https://buy.stripe.com/test_${(link.id as string).slice(-14)}`;
    paymentLinks.set(link.id as string, link);
    linkLines.set(link.id as string, lines);
    return ok(link);
  }

  function updatePaymentLink(id: string, body: StripeJson): StripeEmulatorResult {
    const link = paymentLinks.get(id);
    if (!link) return missing('payment_link', id);
    const wasActive = link.active;
    if (body.active !== undefined) link.active = body.active;
    if (body.metadata !== undefined)
      link.metadata = { ...(link.metadata as StripeJson), ...(body.metadata as StripeJson) };
    if (wasActive !== link.active) emit('payment_link.updated', { ...link });
    return ok(link);
  }

  function createSession(body: StripeJson): StripeEmulatorResult {
    if (body.mode !== 'payment') return invalid("cobro's emulator supports mode=payment only.", 'mode');
    const lines = body.line_items as StripeJson[] | undefined;
    const data = lines?.[0]?.price_data as StripeJson | undefined;
    if (lines?.length !== 1 || !data || data.unit_amount === undefined) {
      return invalid('The emulator needs exactly one line item with price_data[unit_amount].', 'line_items');
    }
    const currency = data.currency as string;
    const problem = methodProblem(body.payment_method_types, currency);
    if (problem) return problem;
    const created = now();
    const expiresAt = (body.expires_at as number | undefined) ?? created + sessionMaxSeconds;
    if (expiresAt - created < sessionMinSeconds || expiresAt - created > sessionMaxSeconds) {
      return invalid(
        'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
        'expires_at',
        'parameter_invalid_integer',
      );
    }
    const session = stripeObject('checkout.session', {
      id: nextId('cs'),
      created,
      expires_at: expiresAt,
      amount_subtotal: (data.unit_amount as number) * (lines[0]?.quantity as number),
      amount_total: (data.unit_amount as number) * (lines[0]?.quantity as number),
      currency,
      client_reference_id: body.client_reference_id ?? null,
      customer_email: body.customer_email ?? null,
      locale: body.locale ?? null,
      metadata: body.metadata ?? {},
      payment_intent: null,
      payment_method_types: body.payment_method_types ?? ['card'],
      payment_status: 'unpaid',
      status: 'open',
      success_url: body.success_url,
      cancel_url: body.cancel_url ?? null,
      url: '',
    });
    session.url = `https://checkout.stripe.com/c/pay/${session.id as string}`;
    sessions.set(session.id as string, session);
    intentMetadataBySession.set(
      session.id as string,
      ((body.payment_intent_data as StripeJson | undefined)?.metadata as StripeJson | undefined) ?? {},
    );
    return ok(session);
  }

  // Sessions expire by themselves at `expires_at`; mirror that whenever one is looked at.
  function currentSession(id: string): StripeJson | undefined {
    const session = sessions.get(id);
    if (session && session.status === 'open' && (session.expires_at as number) <= now()) session.status = 'expired';
    return session;
  }

  function expireSession(id: string): StripeEmulatorResult {
    const session = currentSession(id);
    if (!session) return missing('checkout.session', id);
    if (session.status !== 'open') {
      return invalid(
        `Only Checkout Sessions with a status of \`open\` can be expired. This one is \`${session.status as string}\`.`,
      );
    }
    session.status = 'expired';
    emit('checkout.session.expired', { ...session });
    return ok({ ...session });
  }

  function createCharge(intent: StripeJson, method: string): StripeJson {
    const charge = stripeObject('charge', {
      id: nextId('ch'),
      amount: intent.amount,
      amount_captured: intent.amount,
      amount_refunded: 0,
      captured: true,
      created: now(),
      currency: intent.currency,
      description: null,
      metadata: intent.metadata,
      paid: true,
      payment_intent: intent.id,
      payment_method: nextId('pm'),
      payment_method_details: stripePaymentMethodDetails(method),
      refunded: false,
      status: 'succeeded',
    });
    charges.set(charge.id as string, charge);
    intent.latest_charge = charge.id;
    intent.amount_received = intent.amount;
    intent.status = 'succeeded';
    return charge;
  }

  function pay(linkOrSessionId: string, options: { async?: boolean; method?: string } = {}) {
    let session: StripeJson;
    let intentMetadata: StripeJson;
    if (linkOrSessionId.startsWith('plink_')) {
      const link = paymentLinks.get(linkOrSessionId);
      if (!link) throw new Error(`Stripe emulator: no payment link ${linkOrSessionId}`);
      if (link.active !== true) throw new Error(`Stripe emulator: payment link ${linkOrSessionId} is not active`);
      const line = (linkLines.get(link.id as string) as StripeJson[])[0] as StripeJson;
      const price = prices.get(line.price as string) as StripeJson;
      const amount = (price.unit_amount as number) * Number(line.quantity);
      session = {
        ...stripeObject('checkout.session', {
          id: nextId('cs'),
          created: now(),
          expires_at: now() + sessionMaxSeconds,
          amount_subtotal: amount,
          amount_total: amount,
          currency: price.currency,
          metadata: link.metadata,
          payment_link: link.id,
          payment_method_types: link.payment_method_types ?? ['card'],
          success_url: null,
          url: null,
        }),
      };
      intentMetadata = ((link.payment_intent_data as StripeJson | null)?.metadata as StripeJson) ?? {};
      sessions.set(session.id as string, session);
      intentMetadataBySession.set(session.id as string, intentMetadata);
      const completed = (completedByLink.get(link.id as string) ?? 0) + 1;
      completedByLink.set(link.id as string, completed);
      const limit = ((link.restrictions as StripeJson | null)?.completed_sessions as StripeJson | undefined)?.limit;
      // A Payment Link that reached its completed-sessions limit is deactivated by Stripe.
      if (limit !== undefined && completed >= Number(limit)) link.active = false;
    } else {
      const found = currentSession(linkOrSessionId);
      if (!found) throw new Error(`Stripe emulator: no checkout session ${linkOrSessionId}`);
      if (found.status !== 'open')
        throw new Error(`Stripe emulator: session ${linkOrSessionId} is ${found.status as string}`);
      session = found;
      intentMetadata = intentMetadataBySession.get(session.id as string) ?? {};
    }
    const types = session.payment_method_types as string[];
    const method = options.method ?? types[0] ?? 'card';
    if (!types.includes(method)) throw new Error(`Stripe emulator: ${method} is not offered by ${linkOrSessionId}`);
    const isAsync = options.async ?? asyncMethods.has(method);
    const intent = stripeObject('payment_intent', {
      id: nextId('pi'),
      amount: session.amount_total,
      amount_received: 0,
      canceled_at: null,
      client_secret: null,
      created: now(),
      currency: session.currency,
      metadata: intentMetadata,
      payment_method_types: [method],
      status: isAsync ? 'requires_action' : 'processing',
      latest_charge: null,
    });
    paymentIntents.set(intent.id as string, intent);
    if (!isAsync) createCharge(intent, method);
    Object.assign(session, {
      status: 'complete',
      payment_status: isAsync ? 'unpaid' : 'paid',
      payment_intent: intent.id,
      payment_method_types: [method],
    });
    const webhook = emit('checkout.session.completed', { ...session });
    return { session: { ...session }, paymentIntent: intent, webhook };
  }

  function asyncSession(sessionId: string): { session: StripeJson; intent: StripeJson } {
    const session = sessions.get(sessionId);
    if (session?.payment_status !== 'unpaid' || !session.payment_intent) {
      throw new Error(`Stripe emulator: session ${sessionId} has no async payment waiting`);
    }
    return { session, intent: paymentIntents.get(session.payment_intent as string) as StripeJson };
  }

  function settle(sessionId: string): SignedStripeWebhook {
    const { session, intent } = asyncSession(sessionId);
    createCharge(intent, (intent.payment_method_types as string[])[0] as string);
    session.payment_status = 'paid';
    return emit('checkout.session.async_payment_succeeded', { ...session });
  }

  function failAsync(sessionId: string): SignedStripeWebhook {
    const { session, intent } = asyncSession(sessionId);
    intent.status = 'requires_payment_method';
    intent.last_payment_error = {
      type: 'invalid_request_error',
      code: 'payment_intent_payment_attempt_expired',
      message: 'The voucher expired unpaid.',
    };
    return emit('checkout.session.async_payment_failed', { ...session });
  }

  function readIntent(id: string, expand: readonly string[]): StripeEmulatorResult {
    const intent = paymentIntents.get(id);
    if (!intent) return missing('payment_intent', id, 'intent');
    const charge = typeof intent.latest_charge === 'string' ? charges.get(intent.latest_charge) : undefined;
    return ok(expand.includes('latest_charge') && charge ? { ...intent, latest_charge: charge } : intent);
  }

  function readSession(id: string): StripeEmulatorResult {
    const session = currentSession(id);
    return session ? ok({ ...session }) : missing('checkout.session', id, 'session');
  }

  function createRefund(body: StripeJson): StripeEmulatorResult {
    const intentId = body.payment_intent as string | undefined;
    if (!intentId)
      return invalid('One of `charge` or `payment_intent` is required.', 'payment_intent', 'parameter_missing');
    const intent = paymentIntents.get(intentId);
    if (!intent) return missing('payment_intent', intentId, 'payment_intent');
    const charge = typeof intent.latest_charge === 'string' ? charges.get(intent.latest_charge) : undefined;
    if (intent.status !== 'succeeded' || !charge) {
      return invalid(
        `This PaymentIntent (${intentId}) does not have a successful charge to refund.`,
        undefined,
        'charge_not_refundable',
      );
    }
    const left = (charge.amount as number) - (charge.amount_refunded as number);
    const amount = (body.amount as number | undefined) ?? left;
    if (amount <= 0 || amount > left) {
      return invalid(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        'amount',
        'amount_too_large',
      );
    }
    const refund = stripeObject('refund', {
      id: nextId('re'),
      amount,
      charge: charge.id,
      created: now(),
      currency: charge.currency,
      metadata: body.metadata ?? {},
      payment_intent: intentId,
      reason: body.reason ?? null,
      status: 'succeeded',
    });
    refunds.set(refund.id as string, refund);
    charge.amount_refunded = (charge.amount_refunded as number) + amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    // Since API 2022-11-15 a charge's `refunds` is not included unless expanded, and events are never expanded.
    emit('charge.refunded', { ...charge });
    return ok(refund);
  }

  // `GET /v1/refunds`: newest first, filtered by `payment_intent` or `charge`, paged by `limit` and `starting_after`.
  function listRefunds(query: URLSearchParams): StripeEmulatorResult {
    const intent = query.get('payment_intent');
    const charge = query.get('charge');
    const limit = Math.min(Math.max(Number(query.get('limit') ?? 10) || 10, 1), 100);
    let all = [...refunds.values()]
      .filter((refund) => (!intent || refund.payment_intent === intent) && (!charge || refund.charge === charge))
      .reverse();
    const after = query.get('starting_after');
    if (after) all = all.slice(all.findIndex((refund) => refund.id === after) + 1);
    return ok({ object: 'list', data: all.slice(0, limit), has_more: all.length > limit, url: '/v1/refunds' });
  }

  return {
    listRefunds,
    prices,
    paymentLinks,
    sessions,
    paymentIntents,
    charges,
    refunds,
    nextId,
    createPrice,
    createPaymentLink,
    updatePaymentLink,
    createSession,
    expireSession,
    readSession,
    readIntent,
    createRefund,
    pay,
    settle,
    failAsync,
  };
}

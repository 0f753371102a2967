import { emulatorMoney, toUnits } from './paypal-emulator-money';
import { invoiceStyleId, payPalErrors, payPalStyleId } from './paypal-emulator-objects';
import type { PayPalJson } from './paypal-emulator-types';

/** What a route answers. */
export interface PayPalEmulatorAnswer {
  readonly status: number;
  readonly body?: unknown;
}

type Emit = (eventType: string, resourceType: string, resource: PayPalJson) => void;

const asObject = (value: unknown): PayPalJson => (value && typeof value === 'object' ? (value as PayPalJson) : {});

/**
 * The emulator's state and its operations on invoices, orders, captures and refunds, as PayPal's Invoicing v2,
 * Orders v2 and Payments v2 behave for the calls cobro makes. Bodies are already spec-validated by the caller.
 */
export function createPayPalEmulatorStore({
  now,
  baseURL,
  emit,
}: {
  now: () => Date;
  baseURL: () => string;
  emit: Emit;
}) {
  const invoices = new Map<string, PayPalJson>();
  const orders = new Map<string, PayPalJson>();
  const captures = new Map<string, PayPalJson>();
  const captureOutcome = new Map<string, string>();
  const invoiceByCapture = new Map<string, string>();
  const counts = { invoicesCreated: 0, invoicesSent: 0, ordersCreated: 0, captures: 0, refunds: 0 };
  const timestamp = () =>
    now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  const today = () => now().toISOString().slice(0, 10);
  const link = (path: string, rel: string, method = 'GET') => ({ href: `${baseURL()}${path}`, rel, method });

  function createInvoice(body: PayPalJson): PayPalEmulatorAnswer {
    const detail = asObject(body.detail);
    const currency = String(detail.currency_code);
    const number = typeof detail.invoice_number === 'string' ? detail.invoice_number : String(invoices.size + 1);
    if ([...invoices.values()].some((invoice) => asObject(invoice.detail).invoice_number === number)) {
      return payPalErrors.unprocessable('DUPLICATE_INVOICE_NUMBER', `Invoice number ${number} is already in use.`);
    }
    let total = 0n;
    const items = ((body.items as PayPalJson[] | undefined) ?? []).map((item) => {
      const unit = asObject(item.unit_amount);
      const units = toUnits(String(unit.value), currency);
      const quantity = /^\d+$/.test(String(item.quantity)) ? BigInt(String(item.quantity)) : undefined;
      if (units === undefined || unit.currency_code !== currency || quantity === undefined) return undefined;
      total += units * quantity;
      return { id: `ITEM-${payPalStyleId(15)}`, ...item };
    });
    if (items.some((item) => item === undefined)) {
      return payPalErrors.unprocessable(
        'CURRENCY_MISMATCH',
        'Item amounts must be whole quantities in the invoice currency with its decimals.',
      );
    }
    const id = invoiceStyleId();
    const invoice: PayPalJson = {
      id,
      status: 'DRAFT',
      detail: {
        ...detail,
        invoice_number: number,
        invoice_date: today(),
        metadata: {
          create_time: timestamp(),
          created_by_flow: 'REGULAR_SINGLE',
          invoicer_view_url: `https://www.sandbox.paypal.com/invoice/details/${id}`,
        },
      },
      invoicer: { email_address: 'merchant@example.com' },
      ...(body.primary_recipients ? { primary_recipients: body.primary_recipients } : {}),
      items,
      configuration: { ...asObject(body.configuration), template_id: 'TEMP-EMULATOR' },
      amount: { ...emulatorMoney(total, currency), breakdown: { item_total: emulatorMoney(total, currency) } },
      due_amount: emulatorMoney(total, currency),
      links: [
        link(`/v2/invoicing/invoices/${id}`, 'self'),
        link(`/v2/invoicing/invoices/${id}/send`, 'send', 'POST'),
        link(`/v2/invoicing/invoices/${id}`, 'delete', 'DELETE'),
      ],
    };
    invoices.set(id, invoice);
    counts.invoicesCreated += 1;
    return { status: 201, body: invoice };
  }

  function sendInvoice(id: string): PayPalEmulatorAnswer {
    const invoice = invoices.get(id);
    if (!invoice) return payPalErrors.notFound('Invoice', id);
    if (invoice.status !== 'DRAFT')
      return payPalErrors.unprocessable(
        'INVALID_INVOICE_STATUS',
        `Invoice ${id} is ${String(invoice.status)}, not DRAFT.`,
      );
    const url = `https://www.sandbox.paypal.com/invoice/p/#${id}`;
    invoice.status = 'SENT';
    invoice.detail = {
      ...asObject(invoice.detail),
      metadata: {
        ...asObject(asObject(invoice.detail).metadata),
        first_sent_time: timestamp(),
        last_sent_time: timestamp(),
        recipient_view_url: url,
      },
    };
    counts.invoicesSent += 1;
    return { status: 200, body: { href: url, rel: 'payer-view', method: 'GET' } };
  }

  function cancelInvoice(id: string): PayPalEmulatorAnswer {
    const invoice = invoices.get(id);
    if (!invoice) return payPalErrors.notFound('Invoice', id);
    if (invoice.status !== 'SENT' && invoice.status !== 'UNPAID' && invoice.status !== 'SCHEDULED') {
      return payPalErrors.unprocessable(
        'INVALID_INVOICE_STATUS',
        `Invoice ${id} is ${String(invoice.status)} and cannot be cancelled.`,
      );
    }
    invoice.status = 'CANCELLED';
    invoice.detail = {
      ...asObject(invoice.detail),
      metadata: { ...asObject(asObject(invoice.detail).metadata), cancel_time: timestamp() },
    };
    emit('INVOICING.INVOICE.CANCELLED', 'invoices', { invoice: structuredClone(invoice) });
    return { status: 204 };
  }

  function searchInvoices(body: PayPalJson): PayPalEmulatorAnswer {
    const items = [...invoices.values()].filter((invoice) => {
      const detail = asObject(invoice.detail);
      if (body.invoice_number !== undefined && detail.invoice_number !== body.invoice_number) return false;
      if (body.reference !== undefined && detail.reference !== body.reference) return false;
      return true;
    });
    return { status: 200, body: { items, total_items: items.length, total_pages: 1, links: [] } };
  }

  function newCapture(amount: PayPalJson, status: string, extra: PayPalJson): PayPalJson {
    const id = payPalStyleId();
    const capture: PayPalJson = {
      id,
      status,
      ...(status === 'DECLINED' || status === 'PENDING'
        ? { status_details: { reason: status === 'PENDING' ? 'PENDING_REVIEW' : 'OTHER' } }
        : {}),
      amount,
      final_capture: true,
      seller_protection: { status: 'ELIGIBLE', dispute_categories: ['ITEM_NOT_RECEIVED', 'UNAUTHORIZED_TRANSACTION'] },
      ...extra,
      create_time: timestamp(),
      update_time: timestamp(),
      links: [
        link(`/v2/payments/captures/${id}`, 'self'),
        link(`/v2/payments/captures/${id}/refund`, 'refund', 'POST'),
      ],
    };
    captures.set(id, capture);
    counts.captures += 1;
    return capture;
  }

  function payInvoice(id: string) {
    const invoice = invoices.get(id);
    if (!invoice) throw new Error(`no invoice ${id}`);
    if (invoice.status !== 'SENT' && invoice.status !== 'UNPAID')
      throw new Error(`invoice ${id} is ${String(invoice.status)}, not payable`);
    const amount = asObject(invoice.amount);
    const money = { currency_code: amount.currency_code, value: amount.value };
    const capture = newCapture(money, 'COMPLETED', { invoice_id: asObject(invoice.detail).invoice_number });
    invoiceByCapture.set(capture.id as string, id);
    invoice.status = 'PAID';
    invoice.payments = {
      paid_amount: money,
      transactions: [
        { type: 'PAYPAL', payment_id: capture.id, payment_date: today(), method: 'PAYPAL', amount: money },
      ],
    };
    invoice.due_amount = emulatorMoney(0n, String(amount.currency_code));
    return { invoice, capture };
  }

  function createOrder(body: PayPalJson): PayPalEmulatorAnswer {
    const units = (body.purchase_units as PayPalJson[]).map((unit) => {
      const amount = asObject(unit.amount);
      return {
        reference_id: 'default',
        ...unit,
        amount,
        valid: toUnits(String(amount.value), String(amount.currency_code)) !== undefined,
      };
    });
    if (units.some((unit) => !unit.valid))
      return payPalErrors.unprocessable(
        'DECIMAL_PRECISION',
        'The amount has more decimals than the currency supports.',
      );
    const id = payPalStyleId();
    const wallet = asObject(asObject(body.payment_source).paypal);
    const order: PayPalJson = {
      id,
      intent: body.intent,
      status: wallet.experience_context ? 'PAYER_ACTION_REQUIRED' : 'CREATED',
      ...(body.payment_source ? { payment_source: { paypal: {} } } : {}),
      purchase_units: units.map(({ valid: _valid, ...unit }) => ({
        ...unit,
        payee: { merchant_id: 'EMVLATEDMRCH2', email_address: 'merchant@example.com' },
      })),
      create_time: timestamp(),
      links: [
        link(`/v2/checkout/orders/${id}`, 'self'),
        {
          href: `https://www.sandbox.paypal.com/checkoutnow?token=${id}`,
          rel: wallet.experience_context ? 'payer-action' : 'approve',
          method: 'GET',
        },
        link(`/v2/checkout/orders/${id}`, 'update', 'PATCH'),
        link(`/v2/checkout/orders/${id}/capture`, 'capture', 'POST'),
      ],
    };
    orders.set(id, order);
    counts.ordersCreated += 1;
    return { status: 201, body: order };
  }

  function approveOrder(id: string, captureStatus = 'COMPLETED') {
    const order = orders.get(id);
    if (!order) throw new Error(`no order ${id}`);
    order.status = 'APPROVED';
    order.payer = {
      name: { given_name: 'Test', surname: 'Payer' },
      email_address: 'payer@example.com',
      payer_id: 'EMULATORPAYER',
    };
    captureOutcome.set(id, captureStatus);
    return order;
  }

  function captureOrder(id: string): PayPalEmulatorAnswer {
    const order = orders.get(id);
    if (!order) return payPalErrors.notFound('Order', id);
    if (order.status === 'COMPLETED')
      return payPalErrors.unprocessable('ORDER_ALREADY_CAPTURED', `Order ${id} is already captured.`);
    if (order.status !== 'APPROVED')
      return payPalErrors.unprocessable('ORDER_NOT_APPROVED', 'Payer has not yet approved the Order for payment.');
    const status = captureOutcome.get(id) ?? 'COMPLETED';
    for (const unit of order.purchase_units as PayPalJson[]) {
      const amount = asObject(unit.amount);
      const capture = newCapture({ currency_code: amount.currency_code, value: amount.value }, status, {
        ...(unit.invoice_id ? { invoice_id: unit.invoice_id } : {}),
        ...(unit.custom_id ? { custom_id: unit.custom_id } : {}),
        supplementary_data: { related_ids: { order_id: id } },
      });
      unit.payments = { captures: [capture] };
      const eventType =
        status === 'COMPLETED'
          ? 'PAYMENT.CAPTURE.COMPLETED'
          : status === 'PENDING'
            ? 'PAYMENT.CAPTURE.PENDING'
            : 'PAYMENT.CAPTURE.DENIED';
      emit(eventType, 'capture', structuredClone(capture));
    }
    order.status = 'COMPLETED';
    order.update_time = timestamp();
    return { status: 201, body: order };
  }

  function refundCapture(id: string, body: PayPalJson): PayPalEmulatorAnswer {
    const capture = captures.get(id);
    if (!capture) return payPalErrors.notFound('Capture', id);
    if (capture.status !== 'COMPLETED' && capture.status !== 'PARTIALLY_REFUNDED') {
      return payPalErrors.unprocessable('CAPTURE_FULLY_REFUNDED', `Capture ${id} is ${String(capture.status)}.`);
    }
    const captured = asObject(capture.amount);
    const currency = String(captured.currency_code);
    const refundedSoFar = asObject(capture)._refundedUnits as bigint | undefined;
    const left = (toUnits(String(captured.value), currency) ?? 0n) - (refundedSoFar ?? 0n);
    const requested = body.amount ? asObject(body.amount) : undefined;
    if (requested && requested.currency_code !== currency)
      return payPalErrors.unprocessable('CURRENCY_MISMATCH', 'The refund currency must match the capture currency.');
    const units = requested ? toUnits(String(requested.value), currency) : left;
    if (units === undefined)
      return payPalErrors.unprocessable(
        'DECIMAL_PRECISION',
        'The amount has more decimals than the currency supports.',
      );
    if (units <= 0n || units > left)
      return payPalErrors.unprocessable(
        'REFUND_AMOUNT_EXCEEDED',
        'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
      );
    const refundId = payPalStyleId();
    const refund: PayPalJson = {
      id: refundId,
      status: 'COMPLETED',
      amount: emulatorMoney(units, currency),
      ...(capture.invoice_id ? { invoice_id: capture.invoice_id } : {}),
      ...(capture.custom_id ? { custom_id: capture.custom_id } : {}),
      seller_payable_breakdown: {
        gross_amount: emulatorMoney(units, currency),
        net_amount: emulatorMoney(units, currency),
      },
      create_time: timestamp(),
      update_time: timestamp(),
      links: [link(`/v2/payments/refunds/${refundId}`, 'self'), link(`/v2/payments/captures/${id}`, 'up')],
    };
    const total = (refundedSoFar ?? 0n) + units;
    Object.defineProperty(capture, '_refundedUnits', {
      value: total,
      enumerable: false,
      configurable: true,
      writable: true,
    });
    const full = total === toUnits(String(captured.value), currency);
    capture.status = full ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    capture.update_time = timestamp();
    counts.refunds += 1;
    const orderId = asObject(asObject(capture.supplementary_data).related_ids).order_id;
    const order = typeof orderId === 'string' ? orders.get(orderId) : undefined;
    for (const unit of (order?.purchase_units as PayPalJson[] | undefined) ?? []) {
      const payments = asObject(unit.payments);
      if ((payments.captures as PayPalJson[] | undefined)?.some((item) => item.id === id)) {
        payments.captures = (payments.captures as PayPalJson[]).map((item) => (item.id === id ? capture : item));
        payments.refunds = [...((payments.refunds as PayPalJson[] | undefined) ?? []), refund];
        unit.payments = payments;
      }
    }
    emit('PAYMENT.CAPTURE.REFUNDED', 'refund', structuredClone(refund));
    const invoiceId = invoiceByCapture.get(id);
    const invoice = invoiceId ? invoices.get(invoiceId) : undefined;
    if (invoice) {
      const refunds = asObject(invoice.refunds);
      invoice.refunds = {
        refund_amount: emulatorMoney(total, currency),
        transactions: [
          ...((refunds.transactions as PayPalJson[] | undefined) ?? []),
          {
            type: 'PAYPAL',
            refund_id: refundId,
            refund_date: today(),
            amount: emulatorMoney(units, currency),
            method: 'PAYPAL',
          },
        ],
      };
      invoice.status = full ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
      emit('INVOICING.INVOICE.REFUNDED', 'invoices', { invoice: structuredClone(invoice) });
    }
    return { status: 201, body: refund };
  }

  return {
    invoices,
    orders,
    captures,
    counts,
    createInvoice,
    sendInvoice,
    cancelInvoice,
    searchInvoices,
    payInvoice,
    createOrder,
    approveOrder,
    captureOrder,
    refundCapture,
  };
}

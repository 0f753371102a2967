import { type CobroEventMap, type CobroEventName, createEventBus, money } from '@cobro/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { openInvoice } from '../model/invoice-fixtures';

describe('createEventBus', () => {
  it('delivers typed payloads to on, once and stops after off or unsubscribe', () => {
    const bus = createEventBus();
    const seen: string[] = [];
    const listener = (payload: CobroEventMap['invoice.paid']) => seen.push(`on:${payload.invoice.id}`);
    bus.on('invoice.paid', listener);
    const unsubscribe = bus.on('invoice.paid', (payload) => seen.push(`second:${payload.at}`));
    bus.once('invoice.paid', () => seen.push('once'));
    const invoice = openInvoice();
    expect(bus.emit('invoice.paid', { invoice, at: '2026-11-23T10:00:00Z' })).toBe(true);
    bus.off('invoice.paid', listener);
    unsubscribe();
    bus.emit('invoice.paid', { invoice, at: '2026-11-23T11:00:00Z' });
    expect(seen).toEqual(['on:inv_1', 'second:2026-11-23T10:00:00Z', 'once']);
    expect(bus.listenerCount('invoice.paid')).toBe(0);
    expect(bus.emit('invoice.paid', { invoice, at: '2026-11-23T12:00:00Z' })).toBe(false);
  });

  it('isolates a throwing listener and reports its error', () => {
    const errors: Array<[unknown, CobroEventName]> = [];
    const bus = createEventBus({ onListenerError: (error, name) => errors.push([error, name]) });
    const seen: number[] = [];
    bus.on('payment.mismatch', () => {
      throw new Error('boom');
    });
    bus.on('payment.mismatch', (payload) => seen.push(payload.amount.amountMinor));
    const payload = {
      provider: 'stripe',
      providerPaymentId: 'pi_1',
      amount: money(500, 'EUR'),
      reason: 'unknown-invoice',
      at: '2026-11-23T10:00:00Z',
    };
    expect(() => bus.emit('payment.mismatch', payload)).not.toThrow();
    expect(seen).toEqual([500]);
    expect(errors.map(([error, name]) => [(error as Error).message, name])).toEqual([['boom', 'payment.mismatch']]);
  });

  it('types payloads per event', () => {
    const bus = createEventBus();
    bus.on('reminder.refused', (payload) => {
      expectTypeOf(payload.rule).toEqualTypeOf<string>();
    });
    // @ts-expect-error: `invoice.paid` needs an invoice
    bus.emit('invoice.paid', { at: '2026-11-23T10:00:00Z' });
    // @ts-expect-error: unknown event names are refused
    bus.on('invoice.exploded', () => {});
  });
});

import {
  ApiCallError,
  type MessagingChannelV1,
  type MessagingChannelV1OutboundMessage,
  type MessagingChannelV1Recipient,
  WebhookVerificationError,
} from '@cobro/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDelivery } from './in-memory-payment-provider';

/** What a channel's test gives the messaging channel contract: the channel, wired to an emulator or sandbox. */
export interface MessagingChannelContractHarness {
  /** The channel under test. */
  readonly channel: MessagingChannelV1;
  /** A recipient the (fake) provider can reach. */
  readonly recipient: MessagingChannelV1Recipient;
  /** A signed webhook of an inbound text from `recipient` (the customer writes: the window opens). */
  inboundText(text: string): Promise<WebhookDelivery>;
  /** A signed status webhook for a message the channel sent; `outsideServiceWindow` as WhatsApp's 131047. */
  status(
    messageId: string,
    status: 'delivered' | 'read' | 'failed',
    options?: { outsideServiceWindow?: boolean },
  ): Promise<WebhookDelivery>;
  /** What reached the provider, oldest first, as free-form content or a template. */
  delivered(): readonly ('free-form' | 'template')[];
  /** The header that carries the signature. */
  readonly signatureHeader: string;
  /** Makes the provider refuse the next send as outside the window even though the channel thinks it is open. */
  failNextSendOutsideWindow?(): void;
  /** Stops servers. */
  teardown?(): Promise<void>;
}

/** Options of {@link runMessagingChannelContract}. */
export interface MessagingChannelContractOptions {
  /** Suite name. */
  readonly name: string;
  /** Builds a fresh harness for each case (each starts with a closed window). */
  readonly setup: () => Promise<MessagingChannelContractHarness>;
}

const message = (to: MessagingChannelV1Recipient, withTemplate = true): MessagingChannelV1OutboundMessage => ({
  to,
  reference: 'inv-1:1:after-3',
  content: {
    kind: 'cta-url',
    text: 'Hi Ana, invoice F-1 for $20.00 was due on 1 June.',
    buttonLabel: 'Pay now',
    url: 'https://pay.example.com/l/1',
  },
  ...(withTemplate
    ? {
        template: {
          name: 'cobro_reminder_overdue_gentle',
          language: 'en',
          parameters: { name: 'Ana' },
          urlButtonSuffix: '1',
        },
      }
    : {}),
});

/**
 * The messaging channel contract: a Vitest suite every `MessagingChannelV1` runs (a WhatsApp business solution
 * provider's API, say). It checks the 24-hour window (template outside, free-form inside, an error without a
 * template), signed webhooks (inbound messages open the window; tampered or unsigned ones are refused), statuses
 * carrying cobro's reference, and that a window refusal, from the call or from a status, is handled the same way.
 */
export function runMessagingChannelContract(options: MessagingChannelContractOptions): void {
  describe(`MessagingChannelV1 contract: ${options.name}`, () => {
    let harness: MessagingChannelContractHarness;
    const fresh = async () => {
      await harness?.teardown?.();
      harness = await options.setup();
      return harness;
    };
    beforeAll(fresh);
    afterAll(async () => harness?.teardown?.());

    it('declares spec v1 and a channel id', async () => {
      const { channel } = await fresh();
      expect(channel.specificationVersion).toBe('v1');
      expect(channel.channel).toMatch(/^[a-z0-9-]+$/);
    });

    it('sends the template while the window is closed, and refuses free-form content without one', async () => {
      const { channel, recipient } = await fresh();
      expect(channel.serviceWindow(recipient, new Date().toISOString()).open).toBe(false);
      expect(await channel.send(message(recipient))).toMatchObject({ deliveredAs: 'template' });
      const error = await channel.send(message(recipient, false)).catch((caught: unknown) => caught);
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ kind: 'outside-service-window' });
      expect(harness.delivered()).toEqual(['template']);
    });

    it('opens the window on a verified inbound message and then sends free-form content', async () => {
      const { channel, recipient } = await fresh();
      const events = await channel.parseWebhook(await harness.inboundText('How much do I owe?'));
      expect(events).toContainEqual(expect.objectContaining({ type: 'inbound-text', text: 'How much do I owe?' }));
      expect(channel.serviceWindow(recipient, new Date().toISOString())).toMatchObject({ open: true });
      expect(await channel.send(message(recipient))).toMatchObject({ deliveredAs: 'free-form' });
    });

    it('reports statuses with the message id and cobro’s reference', async () => {
      const { channel, recipient } = await fresh();
      const sent = await channel.send(message(recipient));
      const events = await channel.parseWebhook(await harness.status(sent.messageId, 'delivered'));
      expect(events).toContainEqual(
        expect.objectContaining({
          type: 'message-status',
          messageId: sent.messageId,
          status: 'delivered',
          reference: 'inv-1:1:after-3',
        }),
      );
    });

    it('refuses tampered, re-serialised and unsigned webhooks', async () => {
      const { channel } = await fresh();
      const delivery = await harness.inboundText('hola');
      const bad = [
        { ...delivery, rawBody: delivery.rawBody.replace('hola', 'hole') },
        { ...delivery, rawBody: JSON.stringify(JSON.parse(delivery.rawBody), null, 1) },
        {
          rawBody: delivery.rawBody,
          headers: Object.fromEntries(
            Object.entries(delivery.headers).filter(([name]) => name.toLowerCase() !== harness.signatureHeader),
          ),
        },
      ];
      for (const request of bad) {
        const error = await channel.parseWebhook(request).catch((caught: unknown) => caught);
        expect(WebhookVerificationError.isInstance(error), String(error)).toBe(true);
      }
    });

    it('treats a window refusal in a failed status like one from the call: the next send uses the template', async () => {
      const { channel, recipient } = await fresh();
      await channel.parseWebhook(await harness.inboundText('hi'));
      const sent = await channel.send(message(recipient));
      expect(sent.deliveredAs).toBe('free-form');
      await channel.parseWebhook(await harness.status(sent.messageId, 'failed', { outsideServiceWindow: true }));
      expect(await channel.send(message(recipient))).toMatchObject({ deliveredAs: 'template' });
    });

    it('falls back to the template when the provider refuses free-form content as outside the window', async (context) => {
      const { channel, recipient } = await fresh();
      if (!harness.failNextSendOutsideWindow) context.skip();
      await channel.parseWebhook(await harness.inboundText('hi'));
      harness.failNextSendOutsideWindow!();
      expect(await channel.send(message(recipient))).toMatchObject({ deliveredAs: 'template' });
    });
  });
}

import { currencyExponent, type Money, ValidationError } from '@cobro/core';
import type { WhatsAppMessagePayload } from './build-messages';

/** A template parameter: plain text, an amount, or a date; `name` for named templates, none for positional ones. */
export type WhatsAppTemplateParameter =
  | {
      /** Plain text. */
      readonly type: 'text';
      /** The value. */
      readonly text: string;
      /** Parameter name (named templates). */
      readonly name?: string;
    }
  | {
      /**
       * An amount: sent as `amount_1000`, exact, with the text WhatsApp shows; as a text parameter with that text
       * when `amount_1000` would not be an integer within int32 (CLF's fourth decimal, COP 10,000,000.00).
       */
      readonly type: 'currency';
      /** The amount. */
      readonly amount: Money;
      /** What the customer sees (WhatsApp renders only this): format it in their locale. */
      readonly fallback: string;
      /** Parameter name (named templates). */
      readonly name?: string;
    }
  | {
      /** A date: WhatsApp renders only the fallback, so format it in the customer's locale and zone. */
      readonly type: 'date_time';
      /** What the customer sees. */
      readonly fallback: string;
      /** Parameter name (named templates). */
      readonly name?: string;
    };

/** A template message with every component WhatsApp accepts for cobro's use. */
export interface WhatsAppTemplateInput {
  /** Template name. */
  readonly name: string;
  /** Language code, e.g. `es_MX`. */
  readonly language: string;
  /** Header: text parameters, or a document (invoice PDF, with its file name) or an image. */
  readonly header?:
    | {
        /** A text header. */
        readonly type: 'text';
        /** Its parameters. */
        readonly parameters: readonly WhatsAppTemplateParameter[];
      }
    | {
        /** A document header, e.g. the invoice PDF. */
        readonly type: 'document';
        /** Uploaded media id, or … */
        readonly id?: string;
        /** … an https link. */
        readonly link?: string;
        /** The file name the customer sees. */
        readonly filename: string;
      }
    | {
        /** An image header. */
        readonly type: 'image';
        /** Uploaded media id, or … */
        readonly id?: string;
        /** … an https link. */
        readonly link?: string;
      };
  /** Body parameters, all named or all positional. */
  readonly body?: readonly WhatsAppTemplateParameter[];
  /** Dynamic buttons: a URL suffix or a quick-reply payload, by button index. */
  readonly buttons?: readonly (
    | {
        /** A URL button's dynamic suffix. */
        readonly subType: 'url';
        /** The button's position. */
        readonly index: number;
        /** The suffix appended to the approved URL. */
        readonly text: string;
      }
    | {
        /** A quick-reply button's payload. */
        readonly subType: 'quick_reply';
        /** The button's position. */
        readonly index: number;
        /** Returned in the reply webhook. */
        readonly payload: string;
      }
  )[];
}

// The Cloud API takes amount_1000 as a 32-bit signed integer.
const int32Max = 2_147_483_647;

/**
 * The amount × 1000 in major units, exactly: minor units × 10^(3 − exponent), or ÷ 10^(exponent − 3) for CLF's four
 * decimals when that divides. `undefined` when it is not an integer or does not fit an int32 (COP, IDR or CLP above
 * about 2.1 million units).
 */
function amount1000(amount: Money): number | undefined {
  const exponent = currencyExponent(amount.currency);
  const divisor = 10 ** Math.max(0, exponent - 3);
  if (amount.amountMinor % divisor !== 0) return undefined;
  const value = (amount.amountMinor / divisor) * 10 ** Math.max(0, 3 - exponent);
  return Number.isSafeInteger(value) && Math.abs(value) <= int32Max ? value : undefined;
}

function parameter(value: WhatsAppTemplateParameter): Record<string, unknown> {
  const name = value.name ? { parameter_name: value.name } : {};
  if (value.type === 'text') return { type: 'text', ...name, text: value.text };
  if (value.type === 'date_time') return { type: 'date_time', ...name, date_time: { fallback_value: value.fallback } };
  const exact = amount1000(value.amount);
  // WhatsApp shows only the fallback text anyway: an amount it cannot take as amount_1000 goes as that text.
  if (exact === undefined) return { type: 'text', ...name, text: value.fallback };
  return {
    type: 'currency',
    ...name,
    currency: { fallback_value: value.fallback, code: value.amount.currency, amount_1000: exact },
  };
}

/**
 * Builds a template message with header, body and button components; text, `currency` and `date_time` parameters;
 * named or positional. WhatsApp never localises currency or dates, so the fallback text is what the customer reads.
 *
 * @throws `ValidationError` when named and positional parameters are mixed, or a media header has neither id nor link.
 */
export function buildWhatsAppTemplateMessage(input: WhatsAppTemplateInput): WhatsAppMessagePayload {
  const parameters = [...(input.header?.type === 'text' ? input.header.parameters : []), ...(input.body ?? [])];
  const named = parameters.filter((value) => value.name !== undefined).length;
  const issues: { path: string; message: string }[] = [];
  if (named !== 0 && named !== parameters.length) {
    issues.push({ path: 'body', message: 'parameters must be all named or all positional' });
  }
  if (input.header && input.header.type !== 'text' && !input.header.id && !input.header.link) {
    issues.push({ path: 'header', message: 'a media header needs an id or a link' });
  }
  if (issues.length > 0) throw new ValidationError({ subject: `template ${input.name}`, issues });

  const components: Record<string, unknown>[] = [];
  if (input.header?.type === 'text') {
    components.push({ type: 'header', parameters: input.header.parameters.map(parameter) });
  } else if (input.header) {
    const { type, id, link } = input.header;
    const media = { ...(id ? { id } : { link }), ...(type === 'document' ? { filename: input.header.filename } : {}) };
    components.push({ type: 'header', parameters: [{ type, [type]: media }] });
  }
  if (input.body && input.body.length > 0) components.push({ type: 'body', parameters: input.body.map(parameter) });
  for (const button of input.buttons ?? []) {
    components.push({
      type: 'button',
      sub_type: button.subType,
      index: String(button.index),
      parameters: [
        button.subType === 'url' ? { type: 'text', text: button.text } : { type: 'payload', payload: button.payload },
      ],
    });
  }
  return {
    type: 'template',
    template: { name: input.name, language: { code: input.language, policy: 'deterministic' }, components },
  };
}

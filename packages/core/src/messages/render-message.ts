import handlebarsRuntime from 'handlebars/runtime.js';
import { TemplateRenderError } from '../errors/template-render-error';
import { catalogFor, messageCatalogs } from './catalogs';
import type { MessageCatalog, QuickReplyId } from './message-catalog';
import { collectionMessageKeys, type MessageKey } from './message-key';
import { precompiledTemplates } from './precompiled-templates.generated';
import { supplierIdentityText } from './supplier-identity';

/** Values for a message's `{{variables}}`, already formatted for the customer (see {@link formatMessageVariables}). */
export type MessageVariables = Readonly<Record<string, string | number>>;

/** A rendered message, ready to send as free-form WhatsApp text. */
export interface RenderedMessage {
  /** The catalogue key. */
  readonly key: MessageKey;
  /** The catalogue locale used after fallback (`es` for `es-MX`). */
  readonly locale: string;
  /** The full text: body, payment line, then any lines the jurisdiction requires. */
  readonly text: string;
  /** The body alone (what the WhatsApp template carries). */
  readonly body: string;
  /** The quick replies to offer, with their labels. */
  readonly quickReplies: readonly {
    /** What the reply means, for the runtime. */
    readonly id: QuickReplyId;
    /** The button's text in the customer's language. */
    readonly label: string;
  }[];
  /** The label of the "Pay now" button, when the message has a payment action. */
  readonly payNowLabel?: string;
}

/** What a jurisdiction, and the way to pay, add to a message. */
export interface MessageAdditions {
  /** Append the opt-out line. */
  readonly optOutLine?: boolean;
  /**
   * Append the supplier's identity (Brazil, CDC art. 42-A) to messages that ask for money: needs `supplierName`;
   * `supplierTaxId` and `supplierAddress` are written when given and not empty.
   */
  readonly supplierIdentity?: boolean;
  /**
   * How the customer pays: `link` (the default) appends the payment line with `{{paymentUrl}}`; `offline` the
   * catalogue's `offlineAction` with `{{paymentOptions}}`, as the `_offline` template does.
   */
  readonly payment?: 'link' | 'offline';
}

type Template = (variables: MessageVariables) => string;

// handlebars/runtime.js ships no usable typings (its .d.ts re-exports nothing); this is the one call used.
const runtime = handlebarsRuntime as unknown as { template(specification: unknown): Template };

const compiled = new Map<string, Template>();

// cobro's own catalogues were precompiled at build time (scripts/precompile-templates.ts): the Handlebars runtime
// runs them without generating code, which edge runtimes refuse. Copy from a catalogue given at run time has no
// precompiled form; it is rendered by `renderVariables`, which takes the documented `{{variable}}` syntax only.
function compile(source: string): Template {
  let template = compiled.get(source);
  if (!template) {
    const specification = precompiledTemplates[source];
    template = specification ? runtime.template(specification) : (variables) => renderVariables(source, variables);
    compiled.set(source, template);
  }
  return template;
}

const variablePattern = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;

// The same strictness as the precompiled templates: a variable not given throws, naming it the way Handlebars does.
function renderVariables(source: string, variables: MessageVariables): string {
  if (source.replace(variablePattern, '').includes('{{')) {
    throw new Error('A catalogue given at run time may use only {{variable}} expressions.');
  }
  return source.replace(variablePattern, (_, name: string) => {
    if (!Object.hasOwn(variables, name)) throw new Error(`"${name}" not defined in the message variables`);
    return String(variables[name] ?? '');
  });
}

function renderPart(source: string, variables: MessageVariables, key: MessageKey, catalog: MessageCatalog): string {
  try {
    return compile(source)(variables);
  } catch (error) {
    const missing = /"([^"]+)" not defined/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new TemplateRenderError({ messageKey: key, locale: catalog.locale, variable: missing, cause: error });
  }
}

/**
 * Renders a catalogue message in the customer's locale (with fallback `es-MX` → `es` → `en`). Strict: every
 * variable the copy uses must be given, or a {@link TemplateRenderError} names it and the key.
 *
 * @throws {@link TemplateRenderError} when a variable is missing.
 */
export function renderMessage({
  key,
  locale,
  variables,
  additions = {},
  catalogs = messageCatalogs,
}: {
  /** The catalogue key. */
  key: MessageKey;
  /** The customer's locale. */
  locale: string;
  /** The formatted values. */
  variables: MessageVariables;
  /** Lines the jurisdiction requires. */
  additions?: MessageAdditions;
  /** Catalogues to use instead of cobro's (to reword messages). */
  catalogs?: Readonly<Record<string, MessageCatalog>>;
}): RenderedMessage {
  const catalog = catalogFor(locale, catalogs);
  const entry = catalog.messages[key];
  const body = renderPart(entry.body, variables, key, catalog);
  const lines = [body];
  if (entry.action)
    lines.push(
      renderPart(additions.payment === 'offline' ? catalog.offlineAction : entry.action, variables, key, catalog),
    );
  if (additions.supplierIdentity && collectionMessageKeys.has(key)) {
    const supplier = (name: string) => (variables[name] === undefined ? '' : String(variables[name]));
    if (!supplier('supplierName'))
      throw new TemplateRenderError({ messageKey: key, locale: catalog.locale, variable: 'supplierName' });
    lines.push(
      supplierIdentityText(catalog, {
        name: supplier('supplierName'),
        taxId: supplier('supplierTaxId'),
        address: supplier('supplierAddress'),
      }),
    );
  }
  if (additions.optOutLine) lines.push(catalog.optOutLine);
  return {
    key,
    locale: catalog.locale,
    text: lines.join('\n\n'),
    body,
    quickReplies: (entry.quickReplies ?? []).map((id) => ({ id, label: catalog.quickReplyLabels[id] })),
    ...(entry.action && additions.payment !== 'offline' ? { payNowLabel: catalog.payNowLabel } : {}),
  };
}

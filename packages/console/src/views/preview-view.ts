import {
  buildWhatsAppTemplates,
  catalogFor,
  jurisdictionPresets,
  type MessageKey,
  messageCatalogs,
  messageKeys,
  renderMessage,
} from '@cobro/core';
import type { ConsoleContext } from '../console-context';
import { html } from '../html';
import { page } from '../layout';
import { localizedSamples } from './preview-samples';

/**
 * The message preview: a catalogue key, a locale and a jurisdiction preset give the bubble the customer would read
 * (with sample values) and the WhatsApp template definition it would be sent as outside the service window.
 */
export function previewView(context: ConsoleContext): Response {
  const query = context.url.searchParams;
  const catalogs = context.catalogs ?? messageCatalogs;
  const locales = Object.keys(catalogs);
  const key: MessageKey = messageKeys.find((each) => each === query.get('key')) ?? messageKeys[0] ?? 'invoice-sent';
  const locale = locales.find((each) => each === query.get('locale')) ?? locales[0] ?? 'en';
  const presetId =
    query.get('preset') && jurisdictionPresets[query.get('preset') ?? '']
      ? (query.get('preset') as string)
      : 'whatsapp-base';
  const preset = jurisdictionPresets[presetId];
  const additions = {
    optOutLine: preset?.restrictions.requireOptOutLine === true,
    supplierIdentity: preset?.restrictions.requireSupplierIdentity === true,
  };
  const rendered = renderMessage({ key, locale, variables: localizedSamples(locale), additions, catalogs });
  const catalog = catalogFor(locale, catalogs);
  const definition = buildWhatsAppTemplates({
    business: context.business,
    paymentUrlBase: context.paymentUrlBase,
    supplierIdentity: additions.supplierIdentity,
    catalogs: { [catalog.locale]: catalog },
  }).find((each) => each.name.endsWith(`_${key.replace(/-/g, '_')}`));
  const buttons = [
    ...(rendered.payNowLabel ? [rendered.payNowLabel] : []),
    ...rendered.quickReplies.map((reply) => reply.label),
  ];

  const body = html`
<form class="filters" method="get" action="${context.base}/preview" aria-label="Preview options">
<label>Message<select name="key">${messageKeys.map((each) => html`<option${each === key ? html` selected` : ''}>${each}</option>`)}</select></label>
<label>Locale<select name="locale">${locales.map((each) => html`<option${each === locale ? html` selected` : ''}>${each}</option>`)}</select></label>
<label>Preset<select name="preset">${Object.keys(jurisdictionPresets).map((each) => html`<option${each === presetId ? html` selected` : ''}>${each}</option>`)}</select></label>
<button type="submit">Preview</button>
</form>
<p class="muted">${preset?.summary ?? ''}</p>
<div class="split">
<section aria-labelledby="bubble-title"><h2 id="bubble-title">As the customer reads it (free-form, inside the 24-hour window)</h2>
<div class="chat" lang="${rendered.locale}"><div class="bubble out"><span class="kind" lang="en">${key} · ${rendered.locale}</span>${rendered.text}${
    buttons.length > 0 ? html`<span class="buttons">${buttons.map((label) => html`<span>${label}</span>`)}</span>` : ''
  }</div></div>
</section>
<section aria-labelledby="template-title"><h2 id="template-title">WhatsApp template (outside the window)</h2>
${definition ? html`<p>Name <code>${definition.name}</code>, language <code>${definition.language}</code>, category ${definition.category}.</p><pre tabindex="0" aria-label="Template definition (JSON)">${JSON.stringify(definition, null, 2)}</pre>` : html`<p class="error">No template for this key.</p>`}
</section>
</div>`;
  return page(context, 'Message preview', body);
}

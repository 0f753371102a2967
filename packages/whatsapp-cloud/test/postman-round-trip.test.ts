import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { currencyExponent, type MessagingChannelV1Content } from '@cobro/core';
import {
  buildContentMessage,
  buildWhatsAppTemplateMessage,
  type WhatsAppTemplateInput,
  type WhatsAppTemplateParameter,
} from '@cobro/whatsapp-cloud';
import { expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: Postman examples are free-form JSON, read field by field
type Json = Record<string, any>;

// Read each Postman example into cobro's inputs, build it again, and compare with the example.
function toContent(body: Json): MessagingChannelV1Content | undefined {
  const value = body[body.type];
  if (body.type === 'text') return { kind: 'text', text: value.body, previewUrl: value.preview_url };
  if (body.type === 'image')
    return {
      kind: 'image',
      ...(value.id ? { mediaId: value.id } : { link: value.link }),
      ...(value.caption ? { caption: value.caption } : {}),
    };
  // cobro always names documents (WhatsApp shows "Untitled" otherwise): examples without a file name are left out.
  if (body.type === 'document' && value.filename) {
    return {
      kind: 'document',
      ...(value.id ? { mediaId: value.id } : { link: value.link }),
      filename: value.filename,
      ...(value.caption ? { caption: value.caption } : {}),
    };
  }
  if (body.type === 'interactive' && (value.type === 'list' || value.type === 'button')) {
    const frame = {
      text: value.body.text,
      ...(value.header ? { header: value.header.text } : {}),
      ...(value.footer ? { footer: value.footer.text } : {}),
    };
    return value.type === 'list'
      ? { kind: 'list', ...frame, buttonLabel: value.action.button, sections: value.action.sections }
      : {
          kind: 'reply-buttons',
          ...frame,
          buttons: value.action.buttons.map((button: Json) => ({ id: button.reply.id, label: button.reply.title })),
        };
  }
  return undefined;
}

function toParameter(parameter: Json): WhatsAppTemplateParameter {
  if (parameter.type === 'currency') {
    const { code, amount_1000: amount1000, fallback_value: fallback } = parameter.currency;
    return {
      type: 'currency',
      fallback,
      amount: { amountMinor: amount1000 / 10 ** (3 - currencyExponent(code)), currency: code },
    };
  }
  if (parameter.type === 'date_time') return { type: 'date_time', fallback: parameter.date_time.fallback_value };
  return {
    type: 'text',
    text: parameter.text,
    ...(parameter.parameter_name ? { name: parameter.parameter_name } : {}),
  };
}

function toTemplate(template: Json): WhatsAppTemplateInput {
  const components: Json[] = template.components ?? [];
  const header = components.find((component) => component.type === 'header')?.parameters?.[0];
  return {
    name: template.name,
    language: template.language.code,
    ...(header?.type === 'image' ? { header: { type: 'image', ...header.image } } : {}),
    body: components.find((component) => component.type === 'body')?.parameters?.map(toParameter) ?? [],
    buttons: components
      .filter((component) => component.type === 'button')
      .map((component) => ({
        subType: component.sub_type,
        index: Number(component.index),
        payload: component.parameters[0].payload,
      })),
  };
}

// WhatsApp renders only a date's fallback text (the detailed fields are deprecated) and `policy` is optional.
function normalise(template: Json): Json {
  const copy = structuredClone(template);
  delete copy.language.policy;
  copy.components = (copy.components ?? []).filter((component: Json) => component.parameters?.length !== 0);
  for (const component of copy.components) {
    if (component.index !== undefined) component.index = String(component.index); // some examples send a number

    for (const parameter of component.parameters ?? []) {
      if (parameter.type === 'date_time') parameter.date_time = { fallback_value: parameter.date_time.fallback_value };
    }
  }
  return copy;
}

it('rebuilds the Postman collection’s text, image, document, list, button and template examples exactly', () => {
  const path = fileURLToPath(
    new URL('../../../../shared/specs/whatsapp/whatsapp-cloud-api.postman_collection.json', import.meta.url),
  );
  const examples: { name: string; body: Json }[] = [];
  const walk = (items: Json[]) => {
    for (const item of items) {
      if (item.item) walk(item.item);
      try {
        const body = JSON.parse(item.request?.body?.raw ?? '');
        if (body?.messaging_product === 'whatsapp' && /\/messages$/.test(item.request.url.raw))
          examples.push({ name: item.name, body });
      } catch {
        // not JSON
      }
    }
  };
  walk(JSON.parse(readFileSync(path, 'utf8')).item);
  let rebuilt = 0;
  for (const { name, body } of examples) {
    const content = toContent(body);
    if (content) {
      const { type, [body.type]: built } = buildContentMessage(content) as Json;
      expect([name, type, built]).toEqual([name, body.type, body[body.type]]);
      rebuilt++;
    } else if (
      body.type === 'template' &&
      // Catalog and flow buttons are for shops and forms, not billing: cobro's builder covers URL buttons and
      // quick replies with payloads (one example gives a quick reply a `text` parameter, which Meta documents as
      // `payload`, and is left out).
      (body.template.components ?? []).every(
        (component: Json) =>
          component.type !== 'button' ||
          (component.sub_type === 'url' && component.parameters?.[0]?.type === 'text') ||
          (component.sub_type === 'quick_reply' && component.parameters?.[0]?.type === 'payload'),
      )
    ) {
      const built = buildWhatsAppTemplateMessage(toTemplate(body.template)).template as Json;
      expect([name, normalise(built)]).toEqual([name, normalise(body.template)]);
      rebuilt++;
    }
  }
  expect(rebuilt).toBeGreaterThanOrEqual(15);
});

import type { JurisdictionPreset } from '../jurisdiction-preset';

/** WhatsApp Business policy, for every customer: opt-in before business-initiated messages, utility-only copy. */
export const whatsappBasePreset: JurisdictionPreset = {
  id: 'whatsapp-base',
  summary:
    'Business-initiated messages need the customer’s opt-in to messages from this business; reminders are utility ' +
    'templates (no promotion); opt-outs are honoured at once; never two messages for the same invoice stage.',
  appliesTo: { kinds: ['consumer', 'business'] },
  restrictions: { requireOptIn: true },
  sources: [
    {
      title: 'WhatsApp Business Messaging Policy: opt-in',
      reference: 'https://developers.facebook.com/docs/whatsapp/overview/getting-opt-in',
    },
    { title: 'WhatsApp Business Policy', reference: 'https://www.whatsapp.com/legal/business-policy' },
    {
      title: 'Template categorisation (utility vs marketing)',
      reference:
        'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization',
    },
  ],
};

/** A WhatsApp message template as `POST /{WABA_ID}/message_templates` takes it (named parameters). */
export interface WhatsAppTemplateDefinition {
  /** Template name: lower case, digits and underscores, e.g. `cobro_reminder_upcoming`. */
  readonly name: string;
  /** WhatsApp language code, e.g. `pt_BR`. */
  readonly language: string;
  /** Always `UTILITY` for cobro's catalogue. */
  readonly category: 'UTILITY';
  /** Named parameters (`{{customer_name}}`). */
  readonly parameter_format: 'NAMED';
  /** Body and buttons. */
  readonly components: readonly WhatsAppTemplateComponentDefinition[];
}

/** A component of a template definition. */
export type WhatsAppTemplateComponentDefinition =
  | {
      /** The body. */
      readonly type: 'BODY';
      /** Text with `{{named}}` parameters, at most 1,024 characters. */
      readonly text: string;
      /** An example for each parameter, for Meta's review. */
      readonly example?: {
        /** One example per named parameter. */
        readonly body_text_named_params: readonly { readonly param_name: string; readonly example: string }[];
      };
    }
  | {
      /** Buttons under the message. */
      readonly type: 'BUTTONS';
      /** At most one URL button and three quick replies. */
      readonly buttons: readonly (
        | { readonly type: 'URL'; readonly text: string; readonly url: string; readonly example?: readonly string[] }
        | { readonly type: 'QUICK_REPLY'; readonly text: string }
      )[];
    };

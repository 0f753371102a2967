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
  /** Body, footer and buttons. */
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
        readonly body_text_named_params: readonly {
          /** The parameter's name, snake_case. */
          readonly param_name: string;
          /** A realistic value. */
          readonly example: string;
        }[];
      };
    }
  | {
      /** The footer: fixed text (the opt-out line), no variables. */
      readonly type: 'FOOTER';
      /** At most 60 characters. */
      readonly text: string;
    }
  | {
      /** Buttons under the message. */
      readonly type: 'BUTTONS';
      /** At most one URL button and three quick replies. */
      readonly buttons: readonly (
        | {
            /** A link button ("Pay now"). */
            readonly type: 'URL';
            /** The label, at most 25 characters. */
            readonly text: string;
            /** The URL, with `{{1}}` for the per-message suffix. */
            readonly url: string;
            /** An example full URL. */
            readonly example?: readonly string[];
          }
        | {
            /** A quick-reply button. */
            readonly type: 'QUICK_REPLY';
            /** The label, at most 25 characters. */
            readonly text: string;
          }
      )[];
    };

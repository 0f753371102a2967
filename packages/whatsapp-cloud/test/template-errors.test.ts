import { ApiCallError } from '@cobro/core';
import { toWhatsAppApiError, whatsappErrorKind } from '@cobro/whatsapp-cloud';
import { describe, expect, it } from 'vitest';

// Meta's template errors: missing, paused, disabled or not yet approved templates, parameter mismatches, and the
// flow errors 132068/132069. The runtime holds a reminder refused with kind `template` instead of dropping it.
const templateCodes = [132000, 132001, 132005, 132007, 132012, 132015, 132016, 132068, 132069] as const;

describe('WhatsApp template errors', () => {
  it.each(templateCodes)('%i is a non-retryable template error', (code) => {
    expect(whatsappErrorKind(code, 400)).toBe('template');
    const error = toWhatsAppApiError({
      status: 400,
      body: {
        error: { code, message: '(#132001) Template name does not exist in the translation', fbtrace_id: 'Atr' },
      },
      headers: {},
    });
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'template', providerCode: String(code), isRetryable: false, requestId: 'Atr' });
  });

  it('leaves neighbouring codes to their own kinds', () => {
    expect(whatsappErrorKind(131047, 400)).toBe('outside-service-window');
    expect(whatsappErrorKind(131026, 400)).toBe('undeliverable');
    expect(whatsappErrorKind(133010, 400)).not.toBe('template');
  });
});

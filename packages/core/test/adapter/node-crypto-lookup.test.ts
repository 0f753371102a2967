import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

describe('@cobro/core/adapter and node:crypto', () => {
  it('looks node:crypto up on the first HMAC, not at import', async () => {
    const lookUp = vi.spyOn(process, 'getBuiltinModule');
    const adapter = await import('@cobro/core/adapter');
    expect(lookUp.mock.calls.filter(([id]) => id === 'node:crypto')).toEqual([]);

    const mac = await adapter.computeHmac({ secret: 'secret', data: new TextEncoder().encode('body') });
    expect(adapter.nodeHmacHex({ secret: 'secret', data: 'body' })).toBe(Buffer.from(mac).toString('hex'));
    expect(lookUp.mock.calls.filter(([id]) => id === 'node:crypto').length).toBeGreaterThan(0);
  });
});

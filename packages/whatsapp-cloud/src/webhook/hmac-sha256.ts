import { computeHmac, type RawBody } from '@cobro/core/adapter';

interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: string): { update(data: string | Uint8Array): { digest(): Uint8Array } };
}

// Node's HMAC answers in the same tick, with no promise and no copy of a string body (it hashes the string's UTF-8
// itself). Looked up at run time, not imported, so edge runtimes without `node:crypto` load this module and fall back
// to @cobro/core's WebCrypto path.
const nodeCrypto = (() => {
  try {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
})();

/** HMAC-SHA256 of the raw body, synchronously where the runtime has `node:crypto`; `undefined` elsewhere. */
export function hmacSha256Sync(secret: string, body: RawBody): Uint8Array | undefined {
  if (!nodeCrypto) return undefined;
  return nodeCrypto
    .createHmac('sha256', secret)
    .update(body instanceof ArrayBuffer ? new Uint8Array(body) : body)
    .digest();
}

/** HMAC-SHA256 of the raw body on any runtime. */
export function hmacSha256(secret: string, body: RawBody): Promise<Uint8Array> {
  const mac = hmacSha256Sync(secret, body);
  return mac ? Promise.resolve(mac) : computeHmac({ secret, data: body });
}

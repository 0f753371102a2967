import { computeHmac, type RawBody } from '@cobro/core/adapter';

interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: string): { update(data: string | Uint8Array): { digest(): Uint8Array } };
}

// Node's HMAC answers in the same tick, with no promise and no copy of a string body (it hashes the string's UTF-8
// itself). Looked up at run time, not imported, so edge runtimes without `node:crypto` load this module and fall back
// to @cobro/core's WebCrypto path. Looked up on the first delivery, not at import, which would cost every importing
// process `node:crypto`'s start-up.
let looked: NodeCrypto | null | undefined;
function nodeCrypto(): NodeCrypto | undefined {
  if (looked === undefined) {
    try {
      const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      looked = (process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined) ?? null;
    } catch {
      looked = null;
    }
  }
  return looked ?? undefined;
}

/** HMAC-SHA256 of the raw body, synchronously where the runtime has `node:crypto`; `undefined` elsewhere. */
export function hmacSha256Sync(secret: string, body: RawBody): Uint8Array | undefined {
  const node = nodeCrypto();
  if (!node) return undefined;
  return node
    .createHmac('sha256', secret)
    .update(body instanceof ArrayBuffer ? new Uint8Array(body) : body)
    .digest();
}

/** HMAC-SHA256 of the raw body on any runtime. */
export function hmacSha256(secret: string, body: RawBody): Promise<Uint8Array> {
  const mac = hmacSha256Sync(secret, body);
  return mac ? Promise.resolve(mac) : computeHmac({ secret, data: body });
}

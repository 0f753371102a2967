import { computeHmac, nodeHmac, type RawBody } from '@cobro/core/adapter';

/**
 * HMAC-SHA256 of the raw body, synchronously where the runtime has `node:crypto` (Node's own HMAC, with the key made
 * once per secret, hashing a string body's UTF-8 itself with no copy); `undefined` elsewhere.
 */
export function hmacSha256Sync(secret: string, body: RawBody): Uint8Array | undefined {
  return nodeHmac({ secret, data: body instanceof ArrayBuffer ? new Uint8Array(body) : body });
}

/** HMAC-SHA256 of the raw body on any runtime. */
export function hmacSha256(secret: string, body: RawBody): Promise<Uint8Array> {
  const mac = hmacSha256Sync(secret, body);
  return mac ? Promise.resolve(mac) : computeHmac({ secret, data: body });
}

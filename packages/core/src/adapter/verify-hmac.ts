/** Bytes of a raw request body: exactly as received, before any JSON parsing. */
export type RawBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

/** The raw body as bytes; a string is taken as the UTF-8 text that was received. */
export function toBytes(body: RawBody): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(body);
}

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available in this runtime.');
  return crypto.subtle;
}

/**
 * HMAC of `data` with `secret`, computed with WebCrypto so it runs in Node ≥ 20 and edge runtimes alike.
 *
 * @param options - the secret, the raw bytes, and the hash (`SHA-256` for WhatsApp and Stripe)
 * @returns the raw MAC bytes
 */
export async function computeHmac({
  secret,
  data,
  algorithm = 'SHA-256',
}: {
  /** The shared secret. */
  secret: string | Uint8Array;
  /** The bytes to authenticate. */
  data: RawBody;
  /** Hash algorithm. */
  algorithm?: 'SHA-256' | 'SHA-1' | 'SHA-512';
}): Promise<Uint8Array> {
  const node = nodeCrypto();
  if (node) {
    const hmac = node.createHmac(algorithm.replace('-', '').toLowerCase(), secret);
    return new Uint8Array(hmac.update(data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest());
  }
  const key = await hmacKey(secret, algorithm);
  return new Uint8Array(await subtle().sign('HMAC', key, toBufferSource(toBytes(data))));
}

interface NodeCryptoHmac {
  createHmac(
    algorithm: string,
    key: string | Uint8Array,
  ): { update(data: string | Uint8Array): { digest(): Uint8Array } };
}

// On Node, its own HMAC answers in the same tick; WebCrypto's `sign` hops to a worker thread and back, which made
// webhook verification an order of magnitude slower than stripe-node's. Looked up at run time, not imported, so edge
// runtimes without `node:crypto` load this module and use WebCrypto.
// Looked up on the first HMAC rather than at import, which would cost every importing process `node:crypto`'s start-up.
let looked: NodeCryptoHmac | null | undefined;
function nodeCrypto(): NodeCryptoHmac | undefined {
  if (looked === undefined) {
    try {
      const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      looked = (process?.getBuiltinModule?.('node:crypto') as NodeCryptoHmac | undefined) ?? null;
    } catch {
      looked = null;
    }
  }
  return looked ?? undefined;
}

// Importing a key costs far more than signing a webhook body, and an app verifies with the same few secrets all
// day: keep the imported (non-extractable) keys. The secrets are in the process's memory anyway.
const importedKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string | Uint8Array, algorithm: string): Promise<CryptoKey> {
  const importKey = () =>
    subtle().importKey(
      'raw',
      toBufferSource(typeof secret === 'string' ? encoder.encode(secret) : secret),
      { name: 'HMAC', hash: algorithm },
      false,
      ['sign'],
    );
  if (typeof secret !== 'string') return importKey();
  const cacheKey = `${algorithm}:${secret}`;
  let key = importedKeys.get(cacheKey);
  if (!key) {
    if (importedKeys.size >= 64) importedKeys.clear();
    key = importKey();
    // A failed import must not stay cached.
    key.catch(() => importedKeys.delete(cacheKey));
    importedKeys.set(cacheKey, key);
  }
  return key;
}

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Constant-time comparison of two byte strings or hex strings: the time taken does not depend on where they differ,
 * so an attacker cannot find a valid signature byte by byte. Different lengths compare unequal.
 */
export function timingSafeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = typeof a === 'string' ? encoder.encode(a) : a;
  const right = typeof b === 'string' ? encoder.encode(b) : b;
  let difference = left.length ^ right.length;
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index++) {
    difference |= (left[index % Math.max(left.length, 1)] ?? 0) ^ (right[index % Math.max(right.length, 1)] ?? 0);
  }
  return difference === 0;
}

/**
 * True when `signatureHex` is the hex HMAC of the raw body under `secret`, compared in constant time.
 * Verify on the raw bytes, before parsing: a re-serialised body has different bytes and fails.
 */
export async function verifyHmacHex({
  secret,
  data,
  signatureHex,
  algorithm = 'SHA-256',
}: {
  /** The shared secret. */
  secret: string | Uint8Array;
  /** The raw bytes that were signed. */
  data: RawBody;
  /** The signature received, as hex (any case). */
  signatureHex: string;
  /** Hash algorithm. */
  algorithm?: 'SHA-256' | 'SHA-1' | 'SHA-512';
}): Promise<boolean> {
  if (!/^[0-9a-fA-F]+$/.test(signatureHex)) return false;
  const expected = toHex(await computeHmac({ secret, data, algorithm }));
  return timingSafeEqual(expected, signatureHex.toLowerCase());
}

// The view itself, never its ArrayBuffer: edge-runtime's SubtleCrypto checks `instanceof ArrayBuffer` against the
// host's realm and refuses a buffer made in the worker's (what `new Uint8Array(n).buffer` is there), while typed
// arrays of any realm pass. The cast only narrows TypeScript's `ArrayBufferLike`.
function toBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}

import { crc32 } from 'node:zlib';

/**
 * Builds `template` with its `PADDING` placeholder replaced by letters chosen so that the CRC32 of the result equals
 * `target`: what a forger does to PayPal's `id|time|webhookId|crc32(body)` signature. CRC32 is affine over GF(2), so
 * flipping one padding byte (`a` ↔ `b`) XORs a fixed 32-bit vector into the checksum; 96 such vectors span the
 * 32-bit space, and Gaussian elimination picks the flips.
 */
export function forgeCrc32(template: string, target: number): string {
  const size = 96;
  const base = template.replace('PADDING', 'a'.repeat(size));
  const start = Buffer.from(template.slice(0, template.indexOf('PADDING')), 'utf8').length;
  const bytes = Buffer.from(base, 'utf8');
  const baseCrc = crc32(bytes) >>> 0;
  const deltas: number[] = [];
  for (let i = 0; i < size; i++) {
    const flipped = Buffer.from(bytes);
    flipped[start + i] = 0x62;
    deltas.push(((crc32(flipped) >>> 0) ^ baseCrc) >>> 0);
  }
  // Rows: (vector, set of positions as a bigint mask); reduce to find a combination equal to baseCrc ^ target.
  const pivots = new Map<number, { vector: number; mask: bigint }>();
  for (let i = 0; i < size; i++) {
    let vector = deltas[i] as number;
    let mask = 1n << BigInt(i);
    for (let bit = 31; bit >= 0 && vector !== 0; bit--) {
      if (((vector >>> bit) & 1) === 0) continue;
      const pivot = pivots.get(bit);
      if (!pivot) {
        pivots.set(bit, { vector, mask });
        vector = 0;
        break;
      }
      vector = (vector ^ pivot.vector) >>> 0;
      mask ^= pivot.mask;
    }
  }
  let wanted = (baseCrc ^ target) >>> 0;
  let chosen = 0n;
  for (let bit = 31; bit >= 0; bit--) {
    if (((wanted >>> bit) & 1) === 0) continue;
    const pivot = pivots.get(bit);
    if (!pivot) throw new Error('forgeCrc32: the padding does not span the CRC space');
    wanted = (wanted ^ pivot.vector) >>> 0;
    chosen ^= pivot.mask;
  }
  for (let i = 0; i < size; i++) if ((chosen >> BigInt(i)) & 1n) bytes[start + i] = 0x62;
  const forged = bytes.toString('utf8');
  if (crc32(Buffer.from(forged, 'utf8')) >>> 0 !== target) throw new Error('forgeCrc32: no match');
  return forged;
}

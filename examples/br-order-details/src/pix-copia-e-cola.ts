// A dynamic Pix "copia e cola" code (BR Code, EMV® QRCPS-MPM as the Banco Central do Brasil profiles it). Your PSP
// or bank returns this string when it creates the charge (`POST /v2/cob` → `pixCopiaECola`); it is built here only
// because the example has no PSP, so the code in the order_details message is well formed, CRC included.

/** One EMV field: two-digit id, two-digit length, value. */
function field(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`BR Code field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as the BR Code's field 63 requires, in upper-case hex. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * A dynamic BR Code: the amount and the payer's data live at the PSP's `location` URL (fetched by the payer's bank),
 * so the code itself carries no amount. Names are upper-cased ASCII, as the BR Code manual asks.
 */
export function buildPixCopiaECola({
  location,
  merchantName,
  merchantCity,
}: {
  /** The charge's payload URL without scheme, e.g. `pix.example-psp.com.br/qr/v2/9d36b84f…`. */
  location: string;
  /** At most 25 characters. */
  merchantName: string;
  /** At most 15 characters. */
  merchantCity: string;
}): string {
  const ascii = (text: string, max: number) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .slice(0, max);
  const payload = [
    field('00', '01'),
    field('01', '12'), // 12: single use, as a charge's code is
    field('26', field('00', 'br.gov.bcb.pix') + field('25', location)),
    field('52', '0000'),
    field('53', '986'), // BRL
    field('58', 'BR'),
    field('59', ascii(merchantName, 25)),
    field('60', ascii(merchantCity, 15)),
    field('62', field('05', '***')), // a dynamic code's txid lives at the location
    '6304',
  ].join('');
  return `${payload}${crc16(payload)}`;
}

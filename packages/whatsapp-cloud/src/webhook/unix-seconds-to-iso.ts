const lastSecondOfYear9999 = 253_402_300_799;
const days = new Map<number, string>();
// `00`…`59`, written once: the time of day is three table reads, no number formatting.
const two = Array.from({ length: 60 }, (_, value) => (value < 10 ? `0${value}` : String(value)));
// The items of one delivery nearly always share a day: the last one is checked before the map.
let lastDay = Number.NaN;
let lastPrefix = '';

/**
 * `new Date(seconds * 1000).toISOString()` for WhatsApp's Unix-second timestamps (digits only), without building a
 * Date per item: the day's `YYYY-MM-DDT` is kept, the time of day is written out. Outside years 1970–9999 it is
 * exactly `toISOString` (which throws where the instant is not a date).
 */
export function unixSecondsToIso(seconds: string): string {
  const total = Number(seconds);
  if (!(Number.isInteger(total) && total >= 0 && total <= lastSecondOfYear9999)) {
    return new Date(total * 1000).toISOString();
  }
  const day = Math.floor(total / 86_400);
  let prefix = day === lastDay ? lastPrefix : days.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
    // Deliveries carry recent timestamps: a few days are ever in use, so a small cache is enough.
    if (days.size >= 64) days.clear();
    days.set(day, prefix);
  }
  lastDay = day;
  lastPrefix = prefix;
  const rest = total - day * 86_400;
  const hours = Math.floor(rest / 3_600);
  const minutes = Math.floor((rest % 3_600) / 60);
  return `${prefix}${two[hours]}:${two[minutes]}:${two[rest % 60]}.000Z`;
}

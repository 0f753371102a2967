const lastSecondOfYear9999 = 253_402_300_799;
const days = new Map<number, string>();
// `00`…`59`, written once: the time of day is three table reads, no number formatting.
const two = Array.from({ length: 60 }, (_, value) => (value < 10 ? `0${value}` : String(value)));
// The items of one delivery nearly always share a minute: the last minute's `YYYY-MM-DDTHH:MM:` is kept.
let lastMinute = Number.NaN;
let lastMinutePrefix = '';

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
  const minute = Math.floor(total / 60);
  if (minute !== lastMinute) {
    const day = Math.floor(total / 86_400);
    let prefix = days.get(day);
    if (prefix === undefined) {
      prefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
      // Deliveries carry recent timestamps: a few days are ever in use, so a small cache is enough.
      if (days.size >= 64) days.clear();
      days.set(day, prefix);
    }
    const minuteOfDay = minute - day * 1_440;
    lastMinutePrefix = `${prefix}${two[Math.floor(minuteOfDay / 60)]}:${two[minuteOfDay % 60]}:`;
    lastMinute = minute;
  }
  return `${lastMinutePrefix}${two[total - minute * 60]}.000Z`;
}

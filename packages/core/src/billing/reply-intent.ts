import { addDays, addMonths } from '../model/calendar-date';
import { lazyPattern } from '../model/lazy-pattern';
import type { CalendarDate } from '../model/time';

/** What a customer's free text asks for. */
export type ReplyIntent =
  | {
      /** Stop all reminders (STOP, BAJA, SAIR, ANNULLA… as the whole message). */
      readonly kind: 'opt-out';
    }
  | {
      /** Send me what I owe ("saldo", "quanto devo", "estado de cuenta"…). */
      readonly kind: 'balance';
    }
  | {
      /** I will pay on a date. */
      readonly kind: 'promise';
      /** The date named, after today and within 90 days. */
      readonly date: CalendarDate;
    }
  | {
      /** Anything else: for the app or a person. */
      readonly kind: 'other';
    };

// Whole-message keywords only (the SMS convention): "stop" inside a sentence is not an opt-out.
const optOutWords = new Set([
  'STOP',
  'STOP ALL',
  'UNSUBSCRIBE',
  'END',
  'QUIT',
  'OPT OUT',
  'OPTOUT',
  'BAJA',
  'DAR DE BAJA',
  'ALTO',
  'PARAR',
  'CANCELAR',
  'SAIR',
  'PARE',
  'DESCADASTRAR',
  'ANNULLA',
  'DISISCRIVIMI',
  'BASTA',
  'CANCELLAMI',
]);

const balancePhrases = [
  'saldo',
  'balance',
  'how much do i owe',
  'what do i owe',
  'statement',
  'quanto devo',
  'quanto eu devo',
  'extrato',
  'cuanto debo',
  'estado de cuenta',
  'adeudo',
  'estratto conto',
  'quanto le devo',
];

const payWords = /\b(pag|pay|paid|pagh|pagu|salda|quit|deposit)/;

// Unicode classes as strings, compiled on first use (see lazy-pattern.ts).
const combiningMarks = /* @__PURE__ */ lazyPattern('\\p{M}', 'gu');
const notWordCharacters = /* @__PURE__ */ lazyPattern('[^\\p{L}\\p{N}/.\\- ]', 'gu');

/** Lower case, no accents, no punctuation, single spaces: how replies are compared. */
export function normalizeReply(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks(), '')
    .toLowerCase()
    .replace(notWordCharacters(), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a customer's reply: an opt-out keyword (STOP, BAJA, SAIR, ANNULLA… as the whole message), a balance request
 * ("saldo", "quanto devo", "estado de cuenta"…), or a promise to pay with a date ("posso pagar no dia 15", "I'll pay
 * on 12/20"; with `expectingDate`, a bare date is enough). Dates are read in the customer's convention (month first
 * only in the US) and must lie after `today` and within 90 days.
 */
export function readReplyIntent(
  text: string,
  { today, locale, expectingDate = false }: { today: CalendarDate; locale: string; expectingDate?: boolean },
): ReplyIntent {
  const normalized = normalizeReply(text);
  if (optOutWords.has(normalized.replace(/[./-]/g, ' ').trim().toUpperCase())) return { kind: 'opt-out' };
  if (balancePhrases.some((phrase) => normalized.includes(phrase))) return { kind: 'balance' };
  if (expectingDate || payWords.test(normalized)) {
    const date = readDate(normalized, today, locale);
    if (date) return { kind: 'promise', date };
  }
  return { kind: 'other' };
}

function readDate(text: string, today: CalendarDate, locale: string): CalendarDate | undefined {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const candidates: CalendarDate[] = [];
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const slashed = /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b/.exec(text);
  const dayOnly = /\b(?:dia|el|il|on the|on|the|al|giorno|ate o dia|ate dia)\s+(\d{1,2})(?:st|nd|rd|th|o)?\b/.exec(
    text,
  );
  if (iso) candidates.push(`${iso[1]}-${iso[2]}-${iso[3]}`);
  else if (slashed) {
    const monthFirst = locale.endsWith('-US') || locale === 'en';
    const a = Number(slashed[1]);
    const b = Number(slashed[2]);
    const [d, m] = monthFirst ? [b, a] : [a, b];
    const y = slashed[3] ? (slashed[3].length === 2 ? 2000 + Number(slashed[3]) : Number(slashed[3])) : year;
    const date = calendar(y, m, d);
    if (date) candidates.push(date < today && !slashed[3] ? addMonths(date, 12) : date);
  } else if (dayOnly) {
    const d = Number(dayOnly[1]);
    const thisMonth = calendar(year, month, d);
    if (thisMonth) candidates.push(thisMonth > today ? thisMonth : addMonths(thisMonth, 1));
  }
  const date = candidates[0];
  if (!date || date <= today || date > addDays(today, 90)) return undefined;
  return date;
}

function calendar(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return probe.toISOString().slice(0, 10);
}

/** A phone number as the viewer may see it: in full, or with all but the country prefix and last two digits hidden. */
export function displayPhone(phone: string, full: boolean): string {
  if (full) return phone;
  const digits = phone.replace(/[^\d]/g, '');
  if (digits.length <= 4) return '••••';
  return `+${digits.slice(0, 2)}${'•'.repeat(digits.length - 4)}${digits.slice(-2)}`;
}

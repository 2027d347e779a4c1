/** A `tel:` link for a number written for people (« 0 805 23 23 36 »): digits only, and a leading + kept. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/(?!^\+)\D/g, '')}`;
}

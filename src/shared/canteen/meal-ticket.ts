/**
 * The 取餐码 of a booking: six digits derived from its id, so the resident's phone shows it
 * offline and the counter, holding the same rows, finds the booking by it without the server.
 * Digits, because an elder reads them out; two bookings of one meal sharing a code (about one
 * meal in a thousand at sixty diners) both show at the counter, which then asks the name.
 */
export function mealTicketCode(bookingId: string): string {
  // FNV-1a over the id's UTF-16 units
  let h = 0x811c9dc5;
  for (let i = 0; i < bookingId.length; i += 1) {
    h ^= bookingId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(h % 1_000_000).padStart(6, '0');
}

/** 我的预订. */
export const BOOKINGS_PATH = '/bookings';

/** The page of one booking, which can be linked or reopened after a reload. */
export function bookingPath(bookingId: string): string {
  return `${BOOKINGS_PATH}/${encodeURIComponent(bookingId)}`;
}

import './event-messages';
import type { Member } from '../../../shared/member';
import { partySize, type Signup } from '../../../shared/events/signup';
import { formatList } from '../../i18n/format';
import { t } from '../../i18n/t';
import { clockTime, dayLabel } from './event-labels';

const STATUS_KEY = { confirmed: 'events.statusConfirmed', waiting: 'events.statusWaiting', offered: 'events.statusOffered', cancelled: 'events.cancelledNotice' } as const;

/**
 * Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180). Text that Excel would
 * run as a formula (a name typed as "=HYPERLINK(…)") gets a leading apostrophe, so it stays text.
 */
function cell(value: string | number): string {
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The roster and waiting list as CSV with headers in the current language. It starts with a UTF-8 byte-order
 * mark and uses CRLF, which is what Excel needs to open Chinese text correctly.
 */
export function rosterCsv(signups: Signup[], members: Map<string, Member>): string {
  const name = (id: string) => members.get(id)?.name ?? id;
  const rows = signups.map((s) => [
    name(s.bookedById), formatList(s.memberIds.map(name)), s.adults, s.children, partySize(s), t(STATUS_KEY[s.status]), s.ticketCode,
    s.checkedInAt ? `${dayLabel(s.checkedInAt)} ${clockTime(s.checkedInAt)}` : '', s.checkedInByName ?? '',
  ].map(cell).join(','));
  return `\uFEFF${[t('events.csvHeader'), ...rows].join('\r\n')}\r\n`;
}

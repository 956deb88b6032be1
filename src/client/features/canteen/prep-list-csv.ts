import './counter-messages';
import { SERVICE_MODES } from '../../../shared/canteen/canteen';
import type { PrepList } from '../../../shared/canteen/prep-list';
import { t } from '../../i18n/t';

/**
 * Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180); text Excel would run
 * as a formula gets a leading apostrophe.
 */
function cell(value: string | number): string {
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (cells: (string | number)[]) => cells.map(cell).join(',');

/**
 * The prep list as CSV with Chinese headers: the dishes, a blank line, then the diet notes. A
 * UTF-8 byte-order mark and CRLF make Excel open the Chinese text correctly.
 */
export function prepListCsv(list: PrepList): string {
  const modes = SERVICE_MODES.map((m) => t(`mode.${m}`));
  const lines = [
    row([t('prep.dish'), t('prep.portions'), ...modes]),
    ...list.dishes.map((d) => row([d.name, d.total, ...SERVICE_MODES.map((m) => d.byMode[m])])),
    '',
    row([t('prep.diner'), t('prep.mode'), t('prep.diet'), t('prep.allergies'), t('prep.note')]),
    ...list.dietLines.map((l) => row([l.dinerName, t(`mode.${l.mode}`), l.conditions.map((c) => t(`diet.${c}`)).join('、'), l.allergies, l.note])),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Offers a text file for download under a name. */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

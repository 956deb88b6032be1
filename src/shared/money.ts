/** Money is always integer fen (1 yuan = 100 fen) so sums never drift. */
export type Fen = number;

/** Yuan with two decimals, for display (e.g. 990 → "9.90"). */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Reads yuan as typed at a counter ("12.6", "12.60", "12") into fen; null for anything else. */
export function parseYuan(text: string): Fen | null {
  const match = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

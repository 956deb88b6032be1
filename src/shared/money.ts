/** Money is always integer fen (1 yuan = 100 fen) so sums never drift. */
export type Fen = number;

/** Yuan with two decimals, for display (e.g. 990 → "9.90"). */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Money is always integer fen (1 yuan = 100 fen) so sums never drift. */
export type Fen = number;

/** Yuan with two decimals, for display (e.g. 990 → "9.90"). */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Yuan as staff type it ("9.9", "18", "12.50") in fen; null for anything else (a third decimal,
 * a sign, letters), so a form can say which price it could not read.
 */
export function parseYuan(text: string): Fen | null {
  const match = /^\s*(\d{1,5})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

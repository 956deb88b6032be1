import { useState } from 'preact/hooks';
import type { Canteen } from '../../../shared/canteen/canteen';
import type { PriceTier } from '../../../shared/canteen/price-tier';
import { formatYuan, parseYuan, type Fen } from '../../../shared/money';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import './editor-messages';

/** A tier as the form holds it: prices and age as typed. */
interface TierRow extends Pick<PriceTier, 'id' | 'kind' | 'group'> {
  minAge: string;
  lunch: string;
  dinner: string;
}

const yuanText = (fen: Fen | null) => (fen === null ? '' : formatYuan(fen));

function rowOf(tier: PriceTier): TierRow {
  return { id: tier.id, kind: tier.kind, group: tier.group, minAge: tier.minAge === null ? '' : String(tier.minAge), lunch: yuanText(tier.prices.lunch), dinner: yuanText(tier.prices.dinner) };
}

/** A price box's value: fen, null when left empty (and allowed to be), or 'bad' when unreadable. */
function priceOf(text: string, required: boolean): Fen | null | 'bad' {
  if (text.trim() === '') return required ? 'bad' : null;
  return parseYuan(text) ?? 'bad';
}

/** The tiers the rows describe, or the first row and field that could not be read. */
function tiersOf(rows: TierRow[]): PriceTier[] | { row: number; field: 'lunch' | 'dinner' | 'minAge' } {
  const tiers: PriceTier[] = [];
  for (const [i, row] of rows.entries()) {
    const lunch = priceOf(row.lunch, row.kind !== 'elder');
    const dinner = row.kind === 'group' ? null : priceOf(row.dinner, row.kind === 'standard');
    if (lunch === 'bad') return { row: i, field: 'lunch' };
    if (dinner === 'bad') return { row: i, field: 'dinner' };
    const age = Number(row.minAge);
    if (row.kind === 'elder' && !(Number.isInteger(age) && age >= 50 && age <= 120)) return { row: i, field: 'minAge' };
    tiers.push({ id: row.id, kind: row.kind, group: row.group, minAge: row.kind === 'elder' ? age : null, prices: { lunch, dinner } });
  }
  return tiers;
}

/** Props of PriceTierEditor: the canteen and where to save; the tiers' rule comes along, loaded with the editor. */
export interface PriceTierEditorProps {
  canteen: Pick<Canteen, 'priceTiers' | 'pricing'>;
  check: (tiers: PriceTier[]) => string | null;
  onSave: (tiers: PriceTier[]) => Promise<string | null>;
}

/**
 * The canteen's price tiers: the standard price, 助老价 from an age (several allowed, as in
 * Guangzhou: 60+ and 80+), and the 爱心午餐 set lunch for verified 新就业群体. Prices in yuan.
 */
export function PriceTierEditor({ canteen, check, onSave }: PriceTierEditorProps) {
  const [rows, setRows] = useState<TierRow[]>(() => canteen.priceTiers.map(rowOf));
  const [problem, setProblem] = useState<{ row: number; field: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = (i: number, patch: Partial<TierRow>) => setRows(rows.map((row, j) => (i === j ? { ...row, ...patch } : row)));
  const hasGroup = rows.some((row) => row.kind === 'group');
  const addElder = () => {
    const taken = new Set(rows.map((row) => row.id));
    let n = 80;
    while (taken.has(`elder${n}`)) n += 1;
    setRows([...rows, { id: `elder${n}`, kind: 'elder', group: null, minAge: String(n), lunch: '', dinner: '' }]);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = tiersOf(rows);
    if (!Array.isArray(parsed)) {
      setProblem(parsed);
      setError(t(parsed.field === 'minAge' ? 'editor.ageUnreadable' : 'editor.priceUnreadable'));
      return;
    }
    setProblem(null);
    setError(check(parsed) ?? (await onSave(parsed)));
  };
  const invalid = (i: number, field: string) => problem?.row === i && problem.field === field;
  const title = (row: TierRow) => {
    if (row.kind === 'standard') return t('editor.tierStandard');
    if (row.kind === 'elder') return t('editor.tierElder', { age: row.minAge });
    return t('editor.tierGroup', { group: row.group ? t(`group.${row.group}`) : '' });
  };
  return (
    <form class="tier-editor" aria-labelledby="tier-editor-title" onSubmit={submit}>
      <h2 id="tier-editor-title">{t('editor.tiers')}</h2>
      <p class="intro">{t(canteen.pricing === 'weighed' ? 'editor.weighedNote' : 'editor.fixedNote')}</p>
      {rows.map((row, i) => (
        <fieldset key={row.id} class="panel">
          <legend>{title(row)}</legend>
          {row.kind === 'elder' && (
            <label>{t('editor.elderAge')}
              <input type="number" inputMode="numeric" min={50} max={120} value={row.minAge} aria-invalid={invalid(i, 'minAge')}
                onInput={(e) => set(i, { minAge: e.currentTarget.value })} />
            </label>
          )}
          <label>{t('editor.lunchPrice')}
            <input type="text" inputMode="decimal" value={row.lunch} aria-invalid={invalid(i, 'lunch')} onInput={(e) => set(i, { lunch: e.currentTarget.value })} />
          </label>
          {row.kind !== 'group' && (
            <label>{t('editor.dinnerPrice')}
              <input type="text" inputMode="decimal" value={row.dinner} aria-invalid={invalid(i, 'dinner')}
                aria-describedby={row.kind === 'elder' ? `tier-${i}-optional` : undefined} onInput={(e) => set(i, { dinner: e.currentTarget.value })} />
            </label>
          )}
          {row.kind === 'elder' && <p id={`tier-${i}-optional`} class="choice-note">{t('editor.priceOptional')}</p>}
          {row.kind !== 'standard' && (
            <Button kind="danger" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('editor.removeTier')}</Button>
          )}
        </fieldset>
      ))}
      <div class="panel-actions">
        <Button kind="secondary" onClick={addElder}>{t('editor.addElderTier')}</Button>
        {!hasGroup && (
          <Button kind="secondary" onClick={() => setRows([...rows, { id: 'worker', kind: 'group', group: 'newEmployment', minAge: '', lunch: '9.90', dinner: '' }])}>
            {t('editor.addGroupTier')}
          </Button>
        )}
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
      <Button type="submit">{t('editor.saveTiers')}</Button>
    </form>
  );
}

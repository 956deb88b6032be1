import type { Canteen } from '../../../shared/canteen/canteen';
import { t } from '../../i18n/t';

/** A labelled choice of canteen, shown only when the user's communities have more than one. */
export function CanteenPicker({
  canteens,
  selectedId,
  onSelect,
}: {
  canteens: Pick<Canteen, 'id' | 'name'>[];
  selectedId: string;
  onSelect: (id: string) => void;
}) {
  if (canteens.length < 2) return null;
  return (
    <label class="field canteen-picker">
      <span>{t('menu.canteen')}</span>
      <select value={selectedId} onChange={(e) => onSelect(e.currentTarget.value)}>
        {canteens.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

import './counter-messages';
import { SERVICE_MODES } from '../../../shared/canteen/canteen';
import type { PrepList } from '../../../shared/canteen/prep-list';
import { t } from '../../i18n/t';
import { dayLabel } from './date-label';

/** The printable 备餐单 of one meal: portions per dish by mode, then the diners whose meal needs care. */
export function PrepSheet({ list, canteenName, generatedAt }: { list: PrepList; canteenName: string; generatedAt: string }) {
  const heading = t('prep.heading', { canteen: canteenName, date: dayLabel(list.date), meal: t(`meal.${list.meal}`) });
  return (
    <article class="prep-sheet" aria-label={heading}>
      <h2>{heading}</h2>
      <p class="prep-total">{t('prep.total', { total: list.total, ...list.byMode })}</p>
      {/* a wide table scrolls inside its box on a narrow phone with large text, never the page */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('prep.dish')}>
      <table class="prep-dishes">
        <thead>
          <tr>
            <th scope="col">{t('prep.dish')}</th>
            <th scope="col">{t('prep.portions')}</th>
            {SERVICE_MODES.map((m) => <th key={m} scope="col">{t(`mode.${m}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {list.dishes.map((d) => (
            <tr key={d.dishId}>
              <th scope="row">{d.name}</th>
              <td>{d.total}</td>
              {SERVICE_MODES.map((m) => <td key={m}>{d.byMode[m]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <h3>{t('prep.diets')}</h3>
      <p>{t('prep.dietCounts', list.dietCounts)}</p>
      {list.dietLines.length === 0 ? <p class="empty">{t('prep.noDiets')}</p> : (
        <ul class="prep-diets">
          {list.dietLines.map((l) => (
            <li key={l.dinerId}>
              <strong>{l.dinerName}</strong>（{t(`mode.${l.mode}`)}）
              {[...l.conditions.map((c) => t(`diet.${c}`)), l.allergies && t('prep.allergyLine', { allergies: l.allergies }), l.note].filter(Boolean).join(t('counter.dietSeparator'))}
            </li>
          ))}
        </ul>
      )}
      <p class="prep-basis">{t('prep.basis', { time: generatedAt })}</p>
    </article>
  );
}

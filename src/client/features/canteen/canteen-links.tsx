import { isStaffRole, type Role } from '../../../shared/role';
import { t } from '../../i18n/t';
import { COUNTER_PATHS } from './counter-paths';

/**
 * The canteen's other pages, under the menu and 我的预订: for the canteen's staff the prep list
 * and the counter first; for staff and volunteers the meals to carry; for everyone standing
 * orders, diet notes and the month's bill.
 */
export function CanteenLinks({ role }: { role: Role }) {
  const items = [
    ...(isStaffRole(role) ? [[COUNTER_PATHS.prepList, 'canteenLinks.prepList'], [COUNTER_PATHS.counter, 'canteenLinks.counter']] as const : []),
    ...(isStaffRole(role) || role === 'volunteer' ? [[COUNTER_PATHS.delivery, 'canteenLinks.delivery']] as const : []),
    [COUNTER_PATHS.standingOrders, 'canteenLinks.standing'],
    [COUNTER_PATHS.dietNotes, 'canteenLinks.diet'],
    [COUNTER_PATHS.statement, 'canteenLinks.statement'],
  ] as const;
  return (
    <nav class="canteen-links" aria-label={t('canteenLinks.label')}>
      {items.map(([path, label]) => <a key={path} href={path}>{t(label)}</a>)}
    </nav>
  );
}

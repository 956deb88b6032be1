import './help-messages';
import { halfHoursOf } from '../../../shared/help/help-hours';
import { t } from '../../i18n/t';
import { StatusBadge, type SyncState } from '../../ui/status-badge';

/** One done task as the hours list shows it. */
export interface HoursTask {
  id: string;
  kindName: string;
  window: string;
  minutes: number | null;
  hoursConfirmed: boolean;
  syncState: SyncState;
}

/**
 * 服务时长: the volunteer's total in half-hour steps, how much of it the office confirmed, and
 * each done task with the minutes given and the hours they count for.
 */
export function HoursView({ tasks }: { tasks: HoursTask[] }) {
  const half = (list: HoursTask[]) => list.reduce((sum, task) => sum + halfHoursOf(task.minutes), 0) / 2;
  return (
    <div class="help-hours">
      <p data-testid="help-hours-total" class="help-hours-total">
        {t('help.hoursTotal', { hours: half(tasks), confirmed: half(tasks.filter((task) => task.hoursConfirmed)) })}
      </p>
      <p class="hint">{t('help.hoursRule')}</p>
      {tasks.length === 0 ? <p class="empty">{t('help.empty')}</p> : (
        <ul class="help-list">
          {tasks.map((task) => (
            <li key={task.id} aria-label={`${task.kindName} ${task.window}`}>
              {t('help.hoursTask', { kind: task.kindName, window: task.window, minutes: task.minutes ?? 0, hours: halfHoursOf(task.minutes) / 2 })}
              {task.hoursConfirmed && <span class="badge badge-confirmed">{t('help.hoursConfirmed')}</span>}
              {task.syncState === 'pending' && <StatusBadge state="pending" />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

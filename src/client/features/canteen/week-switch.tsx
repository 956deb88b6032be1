import { t } from '../../i18n/t';

/** 本周 / 下周 as two toggle buttons. */
export function WeekSwitch({ offset, onChange }: { offset: 0 | 1; onChange: (offset: 0 | 1) => void }) {
  return (
    <div class="week-switch" role="group" aria-label={t('menu.week')}>
      <button type="button" class="toggle" aria-pressed={offset === 0} onClick={() => onChange(0)}>
        {t('menu.thisWeek')}
      </button>
      <button type="button" class="toggle" aria-pressed={offset === 1} onClick={() => onChange(1)}>
        {t('menu.nextWeek')}
      </button>
    </div>
  );
}

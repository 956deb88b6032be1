import type { MealSlot } from '../../../shared/canteen/meal-slot';
import { addDays } from '../../../shared/time';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { dayLabel } from './date-label';
import './editor-messages';

/** The weeks the editor offers: this one, next, and the one after. */
export type EditorWeekOffset = 0 | 1 | 2;
const OFFSETS: EditorWeekOffset[] = [0, 1, 2];

/** Props of EditorWeekBar: the week shown, its meals, and the week's two actions. */
export interface EditorWeekBarProps {
  offset: EditorWeekOffset;
  monday: string;
  slots: Pick<MealSlot, 'published'>[];
  onOffset: (offset: EditorWeekOffset) => void;
  onCopy: () => void;
  onPublish: () => void;
}

/** The week being edited, how much of it residents see, and 复制上周菜单 / 发布 for it. */
export function EditorWeekBar({ offset, monday, slots, onOffset, onCopy, onPublish }: EditorWeekBarProps) {
  const week = t(`editor.week${offset}`);
  const previous = offset === 0 ? t('editor.weekOf', { from: dayLabel(addDays(monday, -7)), to: dayLabel(addDays(monday, -1)) }) : t(`editor.week${(offset - 1) as 0 | 1}`);
  const published = slots.filter((s) => s.published).length;
  return (
    <section class="editor-week-bar" aria-label={t('editor.week')}>
      <div class="week-switch" role="group" aria-label={t('editor.week')}>
        {OFFSETS.map((o) => (
          <button key={o} type="button" class="toggle" aria-pressed={offset === o} onClick={() => onOffset(o)}>{t(`editor.week${o}`)}</button>
        ))}
      </div>
      <p>{t('editor.weekOf', { from: dayLabel(monday), to: dayLabel(addDays(monday, 6)) })}</p>
      <p role="status">{t('editor.summary', { published, drafts: slots.length - published })}</p>
      <div class="panel-actions">
        <Button kind="secondary" onClick={onCopy} aria-describedby="copy-hint">{t('editor.copy')}</Button>
        <Button onClick={onPublish}>{t('editor.publish', { week })}</Button>
      </div>
      <p id="copy-hint" class="choice-note">{t('editor.copyHint', { from: previous, to: week })}</p>
    </section>
  );
}

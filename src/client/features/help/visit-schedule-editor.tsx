import './help-messages';
import { useState } from 'preact/hooks';
import type { ServiceKind } from '../../../shared/help/service-kind';
import type { VisitSchedule } from '../../../shared/help/visit-schedule';
import { mutationArgsSchemas, type MutationArgs } from '../../../shared/sync/mutations';
import { parseWith } from '../../../shared/validation';
import { t, type MessageKey } from '../../i18n/t';
import { Button } from '../../ui/button';
import type { HelpPlace } from './help-queries';
import type { HelpPerson } from './request-form';

/** What saving a schedule sends: the saveVisitSchedule mutation's arguments. */
export type VisitScheduleDraft = MutationArgs<'saveVisitSchedule'>;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const FIELD_LABELS: Partial<Record<keyof VisitScheduleDraft, MessageKey>> = {
  residentId: 'help.visitResident', kindId: 'help.form.kind', weekday: 'help.visitWeekday', fromTime: 'help.form.from',
  toTime: 'help.form.to', building: 'help.form.building', address: 'help.form.address', phone: 'help.form.phone',
};

/** The first thing wrong with a schedule, naming the field; null when it may be saved. */
export function scheduleProblem(draft: VisitScheduleDraft): string | null {
  if (draft.residentId === '') return t('help.form.choose', { field: t('help.visitResident') });
  const parsed = parseWith(mutationArgsSchemas.saveVisitSchedule, draft);
  if (!parsed.ok) {
    const field = (parsed.problems[0]?.field ?? 'address') as keyof VisitScheduleDraft;
    const value = draft[field];
    const label = t(FIELD_LABELS[field] ?? 'help.form.address');
    return t(typeof value === 'string' && value.trim() === '' ? 'help.form.missing' : 'help.form.invalid', { field: label });
  }
  if (draft.fromTime >= draft.toTime) return t('help.form.windowOrder');
  return null;
}

/**
 * 定期探访 (敲门行动): the visits to elders who live alone, one weekday and time window each; the
 * server's job makes a visit request for each coming week. A paused schedule makes no more.
 */
export function VisitScheduleEditor({ schedules, residents, kinds, placeOf, newId, onSave }: {
  schedules: VisitSchedule[];
  residents: HelpPerson[];
  /** The community's visit kinds (isVisit); the first is the default. */
  kinds: ServiceKind[];
  placeOf: (residentId: string) => HelpPlace | null;
  newId: () => string;
  onSave: (draft: VisitScheduleDraft) => void;
}) {
  const [editing, setEditing] = useState<VisitScheduleDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (draft: VisitScheduleDraft) => {
    setEditing(draft);
    setProblem(null);
  };
  const addNew = () => edit({
    scheduleId: newId(), residentId: '', kindId: kinds[0]?.id ?? '', weekday: 2, fromTime: '09:00', toTime: '10:30',
    building: '', address: '', phone: '', active: true,
  });
  const set = <K extends keyof VisitScheduleDraft>(field: K, value: VisitScheduleDraft[K]) => editing && setEditing({ ...editing, [field]: value });
  const chooseResident = (residentId: string) => editing && setEditing({ ...editing, residentId, ...placeOf(residentId) });
  const save = (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    const draft = { ...editing, building: editing.building.trim(), address: editing.address.trim(), phone: editing.phone.trim() };
    const found = scheduleProblem(draft);
    setProblem(found);
    if (found) return;
    setEditing(null);
    onSave(draft);
  };
  const text = (field: 'fromTime' | 'toTime' | 'building' | 'address' | 'phone') => (e: Event) => set(field, (e.target as HTMLInputElement).value);
  return (
    <div class="help-visit-editor">
      <ul class="help-list">
        {schedules.map((s) => (
          <li key={s.id}>
            {t('help.visitRow', { name: s.residentName, weekday: t(`helpWeekday.${s.weekday}` as MessageKey), from: s.fromTime, to: s.toTime })}
            {!s.active && ` · ${t('help.visitPaused')}`}
            <Button kind="secondary" aria-label={t('help.editNamed', { name: s.residentName })} onClick={() => {
              const { id, communityId: _c, householdId: _h, residentName: _n, ...rest } = s;
              edit({ scheduleId: id, ...rest });
            }}>{t('help.edit')}</Button>
          </li>
        ))}
      </ul>
      {editing ? (
        <form class="help-form" noValidate onSubmit={save} aria-label={t('help.visit')}>
          <label>{t('help.visitResident')}
            <select value={editing.residentId} onChange={(e) => chooseResident((e.target as HTMLSelectElement).value)}>
              <option value="">{t('help.form.choosePerson')}</option>
              {residents.map((p) => <option key={p.id} value={p.id}>{p.hasLogin ? p.name : t('help.form.noPhone', { name: p.name })}</option>)}
            </select>
          </label>
          {kinds.length > 1 && (
            <label>{t('help.form.kind')}
              <select value={editing.kindId} onChange={(e) => set('kindId', (e.target as HTMLSelectElement).value)}>
                {kinds.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
              </select>
            </label>
          )}
          <label>{t('help.visitWeekday')}
            <select value={String(editing.weekday)} onChange={(e) => set('weekday', Number((e.target as HTMLSelectElement).value))}>
              {WEEKDAYS.map((d) => <option key={d} value={String(d)}>{t(`helpWeekday.${d}` as MessageKey)}</option>)}
            </select>
          </label>
          <label>{t('help.form.from')}<input type="time" value={editing.fromTime} onInput={text('fromTime')} /></label>
          <label>{t('help.form.to')}<input type="time" value={editing.toTime} onInput={text('toTime')} /></label>
          <label>{t('help.form.building')}<input maxLength={20} value={editing.building} onInput={text('building')} /></label>
          <label>{t('help.form.address')}<input maxLength={60} value={editing.address} onInput={text('address')} /></label>
          <label>{t('help.form.phone')}<input type="tel" inputMode="numeric" value={editing.phone} onInput={text('phone')} /></label>
          <label class="check">
            <input type="checkbox" checked={editing.active} onChange={(e) => set('active', (e.target as HTMLInputElement).checked)} />
            {t('help.visitActive')}
          </label>
          {problem && <p role="alert" class="form-error">{problem}</p>}
          <Button type="submit">{t('help.kindSave')}</Button>
          <Button kind="secondary" onClick={() => setEditing(null)}>{t('help.editCancel')}</Button>
        </form>
      ) : <Button kind="secondary" onClick={addNew}>{t('help.visitAdd')}</Button>}
    </div>
  );
}

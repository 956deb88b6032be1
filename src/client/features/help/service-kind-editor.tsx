import './help-messages';
import { useState } from 'preact/hooks';
import { SERVICE_ICONS, type ServiceKind } from '../../../shared/help/service-kind';
import type { MutationArgs } from '../../../shared/sync/mutations';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';

/** What saving a kind sends: the saveServiceKind mutation's arguments. */
export type ServiceKindDraft = MutationArgs<'saveServiceKind'>;

function draftOf(kind: ServiceKind): ServiceKindDraft {
  const { id, ...rest } = kind;
  return { kindId: id, ...rest };
}

/**
 * 服务项目: the community's list of services, each editable (name, plain words, icon, offered or
 * not); a new one goes to the end of the list. An unoffered kind stays for old requests.
 */
export function ServiceKindEditor({ kinds, communityId, newId, onSave }: {
  kinds: ServiceKind[];
  communityId: string;
  /** A fresh id for a new kind. */
  newId: () => string;
  onSave: (draft: ServiceKindDraft) => void;
}) {
  const [editing, setEditing] = useState<ServiceKindDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (draft: ServiceKindDraft) => {
    setEditing(draft);
    setProblem(null);
  };
  const addNew = () => edit({
    kindId: newId(), communityId, name: '', icon: 'other', description: '', isVisit: false, active: true,
    order: kinds.reduce((max, k) => Math.max(max, k.order + 1), 0),
  });
  const save = (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    const name = editing.name.trim();
    if (name === '') return setProblem(t('help.form.missing', { field: t('help.kindName') }));
    setEditing(null);
    onSave({ ...editing, name, description: editing.description.trim() });
  };
  const set = <K extends keyof ServiceKindDraft>(field: K, value: ServiceKindDraft[K]) => editing && setEditing({ ...editing, [field]: value });
  return (
    <div class="help-kind-editor">
      <ul class="help-list">
        {kinds.map((k) => (
          <li key={k.id}>
            <span aria-hidden="true">{t(`helpIcon.${k.icon}`)}</span> {k.name}
            {!k.active && ` · ${t('help.kindInactive')}`}
            <Button kind="secondary" aria-label={t('help.editNamed', { name: k.name })} onClick={() => edit(draftOf(k))}>{t('help.edit')}</Button>
          </li>
        ))}
      </ul>
      {editing ? (
        <form class="help-form" noValidate onSubmit={save} aria-label={t('help.kinds')}>
          <label>{t('help.kindName')}
            <input maxLength={20} value={editing.name} onInput={(e) => set('name', (e.target as HTMLInputElement).value)} />
          </label>
          <label>{t('help.kindDescription')}
            <input maxLength={60} value={editing.description} onInput={(e) => set('description', (e.target as HTMLInputElement).value)} />
          </label>
          <label>{t('help.kindIcon')}
            <select value={editing.icon} onChange={(e) => set('icon', (e.target as HTMLSelectElement).value as ServiceKindDraft['icon'])}>
              {SERVICE_ICONS.map((icon) => <option key={icon} value={icon}>{t(`helpIcon.${icon}`)} {t(`helpIconName.${icon}`)}</option>)}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" checked={editing.active} onChange={(e) => set('active', (e.target as HTMLInputElement).checked)} />
            {t('help.kindActive')}
          </label>
          {problem && <p role="alert" class="form-error">{problem}</p>}
          <Button type="submit">{t('help.kindSave')}</Button>
          <Button kind="secondary" onClick={() => setEditing(null)}>{t('help.editCancel')}</Button>
        </form>
      ) : <Button kind="secondary" onClick={addNew}>{t('help.kindAdd')}</Button>}
    </div>
  );
}

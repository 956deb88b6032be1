import './help-messages';
import { useState } from 'preact/hooks';
import type { ServiceKind } from '../../../shared/help/service-kind';
import { mutationArgsSchemas } from '../../../shared/sync/mutations';
import { parseWith } from '../../../shared/validation';
import { t, type MessageKey } from '../../i18n/t';
import { Button } from '../../ui/button';
import type { HelpPlace } from './help-queries';
import { SpeechButton } from './speech-button';

/** What the form hands back; the container adds the ids and queues the mutation. */
export interface RequestDraft {
  residentId: string;
  kindId: string;
  date: string;
  fromTime: string;
  toTime: string;
  building: string;
  address: string;
  phone: string;
  note: string;
}

/** A person the form may ask for; `hasLogin` false marks a resident without a phone. */
export interface HelpPerson {
  id: string;
  name: string;
  hasLogin: boolean;
}

/** The label that names each field in a validation message. */
const FIELD_LABELS: Record<keyof RequestDraft, MessageKey> = {
  residentId: 'help.form.for', kindId: 'help.form.kind', date: 'help.form.date', fromTime: 'help.form.from',
  toTime: 'help.form.to', building: 'help.form.building', address: 'help.form.address', phone: 'help.form.phone',
  note: 'help.form.note',
};

/** The first thing wrong with a draft, in words that name the field; null when it may be sent. */
export function draftProblem(draft: RequestDraft): string | null {
  if (draft.kindId === '' || draft.residentId === '') {
    return t('help.form.choose', { field: t(FIELD_LABELS[draft.kindId === '' ? 'kindId' : 'residentId']) });
  }
  // the same schema the mutation is checked with; the id is made after this check
  const parsed = parseWith(mutationArgsSchemas.fileHelpRequest, { ...draft, requestId: '00000000-0000-4000-8000-000000000000' });
  if (!parsed.ok) {
    const field = (parsed.problems[0]?.field ?? 'note') as keyof RequestDraft;
    const empty = typeof draft[field] === 'string' && draft[field].trim() === '';
    return t(empty ? 'help.form.missing' : 'help.form.invalid', { field: t(FIELD_LABELS[field] ?? 'help.form.note') });
  }
  if (draft.fromTime >= draft.toTime) return t('help.form.windowOrder');
  return null;
}

/**
 * 我要求助: kind in large taps, for whom, when, where (prefilled with where that person lives),
 * phone, a note typed or spoken. Staff choose any resident of the community, also one without a
 * phone; nothing is sent until every field is right, and the message names the field.
 */
export function RequestForm({ kinds, people, initial, placeOf, chooseResident = false, onSubmit }: {
  kinds: ServiceKind[];
  people: HelpPerson[];
  initial: RequestDraft;
  /** Where a person lives, to prefill building, address and phone when they are chosen. */
  placeOf: (residentId: string) => HelpPlace | null;
  /** Staff: no one is preselected, the resident must be chosen. */
  chooseResident?: boolean;
  onSubmit: (draft: RequestDraft) => void;
}) {
  const [draft, setDraft] = useState<RequestDraft>(() => {
    const residentId = chooseResident ? '' : initial.residentId;
    return { ...initial, residentId, ...(residentId ? placeOf(residentId) : null) };
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof RequestDraft) => (e: Event) => setDraft({ ...draft, [field]: (e.target as HTMLInputElement).value });
  const choosePerson = (e: Event) => {
    const residentId = (e.target as HTMLSelectElement).value;
    // someone else lives elsewhere: take their place, or leave the fields empty to be filled in
    setDraft({ ...draft, residentId, ...(placeOf(residentId) ?? { building: '', address: '', phone: '' }) });
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const found = draftProblem(draft);
    setProblem(found);
    if (!found) onSubmit({ ...draft, building: draft.building.trim(), address: draft.address.trim(), phone: draft.phone.trim() });
  };
  return (
    <form class="help-form" noValidate onSubmit={submit}>
      <fieldset>
        <legend>{t('help.form.kind')}</legend>
        {kinds.filter((k) => k.active).map((k) => (
          <label key={k.id} class="kind-choice">
            <input type="radio" name="kind" value={k.id} checked={draft.kindId === k.id} onChange={() => setDraft({ ...draft, kindId: k.id })} />
            <span class="kind-icon" aria-hidden="true">{t(`helpIcon.${k.icon}`)}</span> {k.name}
            <small>{k.description}</small>
          </label>
        ))}
      </fieldset>
      {(chooseResident || people.length > 1) && (
        <label>{t('help.form.for')}
          <select value={draft.residentId} onChange={choosePerson}>
            {chooseResident && <option value="">{t('help.form.choosePerson')}</option>}
            {people.map((p, i) => (
              <option key={p.id} value={p.id}>
                {!chooseResident && i === 0 ? t('help.form.self', { name: p.name }) : p.hasLogin ? p.name : t('help.form.noPhone', { name: p.name })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>{t('help.form.date')}<input type="date" value={draft.date} onInput={set('date')} /></label>
      <label>{t('help.form.from')}<input type="time" value={draft.fromTime} onInput={set('fromTime')} /></label>
      <label>{t('help.form.to')}<input type="time" value={draft.toTime} onInput={set('toTime')} /></label>
      <label>{t('help.form.building')}<input maxLength={20} value={draft.building} onInput={set('building')} /></label>
      <label>{t('help.form.address')}<input maxLength={60} value={draft.address} onInput={set('address')} /></label>
      <label>{t('help.form.phone')}<input type="tel" inputMode="numeric" value={draft.phone} onInput={set('phone')} /></label>
      <label>{t('help.form.note')}<textarea maxLength={200} value={draft.note} onInput={set('note')} /></label>
      <SpeechButton onText={(text) => setDraft((d) => ({ ...d, note: `${d.note}${text}` }))} />
      {problem && <p role="alert" class="form-error">{problem}</p>}
      <Button type="submit">{t('help.form.submit')}</Button>
    </form>
  );
}

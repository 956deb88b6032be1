import './help-messages';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import type { HelpAction } from '../../../shared/help/help-request';
import { isStaffRole } from '../../../shared/role';
import { addDays, shanghaiDate } from '../../../shared/time';
import { actorOf } from '../../session/actor';
import { actorFor } from '../../../shared/member';
import { useChosenCommunity } from '../../state/community-choice';
import { CommunityPicker } from '../../ui/community-picker';
import type { AppDb } from '../../data/db';
import { loadHelpData, placeOf, type HelpData, type HelpItem } from './help-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import { mutate } from '../../sync/mutate';
import { appStore } from '../../state/app-store';
import { useAppStore } from '../../state/use-store';
import { NotDownloaded } from '../../ui/not-downloaded';
import { useConfirm } from '../../ui/confirm-dialog';
import { Page } from '../../ui/page';
import { useNow } from '../../ui/use-now';
import { RequestCard } from './request-card';
import { cancelHelpQuestion, requestCardView, runHelpAction } from './request-card-view';
import { RequestForm, type HelpPerson, type RequestDraft } from './request-form';
import { HoursView } from './hours-view';
import { OfficeDesk } from './office-desk';
import { ServiceKindEditor } from './service-kind-editor';
import { VisitScheduleEditor } from './visit-schedule-editor';

const EMPTY: HelpData = { kinds: [], items: [], household: [], volunteers: [], residents: [], visitSchedules: [] };

/** 帮办代办 (loaded on demand): ask and follow; the volunteers' board and tasks; the office desk. */
export function HelpScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const now = useNow();
  const data = useLiveQuery(() => loadHelpData(db, session), [db, session], EMPTY);
  // staff limited to another service use help as the resident they also are
  const actor = actorFor(actorOf(session), 'help');
  const role = actor.role;
  // an administrator picks which community's services to edit
  const [kindCommunity, chooseKindCommunity] = useChosenCommunity(session);
  const communities = useLiveQuery(() => db.community.toArray(), [db], []);

  const view = (item: HelpItem) => requestCardView(item, actor, now);
  const confirm = useConfirm();
  const run = async (id: string, action: HelpAction, value?: string | number) => {
    if (action === 'cancel' && !(await confirm.ask(cancelHelpQuestion(data.items.find((i) => i.id === id))))) return;
    await runHelpAction(db, session, id, action, value);
  };

  const cards = (items: HelpItem[]) =>
    items.length === 0 ? <p class="empty">{t('help.empty')}</p> : (
      <ul class="help-list">
        {items.map((item) => <RequestCard key={item.id} view={view(item)} volunteers={data.volunteers} onAction={run} />)}
      </ul>
    );

  const mine = data.items.filter((i) => i.contact && (i.contact.residentId === actor.id || (actor.householdId !== null && i.contact.householdId === actor.householdId)));
  const isVolunteer = role === 'volunteer';
  const isStaff = isStaffRole(role);
  const myDone = data.items.filter((i) => i.assigneeId === actor.id && ['done', 'confirmed'].includes(i.status))
    .sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
  const saveFailed = (error: unknown) => appStore.getState().showToast({ text: errorMessage(error), tone: 'error' });

  return (
    <Page title={t('help.title')}>
      {isVolunteer && (
        <>
          <section aria-labelledby="help-board"><h2 id="help-board">{t('help.board')}</h2>
            {cards(data.items.filter((i) => i.status === 'submitted'))}</section>
          <section aria-labelledby="help-tasks"><h2 id="help-tasks">{t('help.tasks')}</h2>
            {cards(data.items.filter((i) => i.assigneeId === actor.id && ['accepted', 'started'].includes(i.status)))}</section>
          <section aria-labelledby="help-hours"><h2 id="help-hours">{t('help.hours')}</h2>
            <HoursView tasks={myDone.map((i) => ({ ...view(i), minutes: i.minutes }))} /></section>
        </>
      )}
      {confirm.dialog}
      {isStaff && <OfficeDesk data={data} now={now} cards={cards} />}
      {!isVolunteer && <AskSection db={db} session={session} data={data} people={isStaff ? data.residents : data.household} forResident={isStaff} />}
      {!isVolunteer && !isStaff && <section aria-labelledby="help-mine"><h2 id="help-mine">{t('help.mine')}</h2>{cards(mine)}</section>}
      {isStaff && (
        <>
          <section aria-labelledby="help-kinds"><h2 id="help-kinds">{t('help.kinds')}</h2>
            <CommunityPicker communities={communities.filter((c) => session.communityIds.includes(c.id))} value={kindCommunity} onChange={chooseKindCommunity} />
            <ServiceKindEditor key={kindCommunity} kinds={data.kinds.filter((k) => k.communityId === kindCommunity)} communityId={kindCommunity}
              newId={() => crypto.randomUUID()} onSave={(args) => mutate(db, session, 'saveServiceKind', args).catch(saveFailed)} /></section>
          <section aria-labelledby="help-visits"><h2 id="help-visits">{t('help.visit')}</h2>
            <VisitScheduleEditor schedules={data.visitSchedules} residents={data.residents} kinds={data.kinds.filter((k) => k.isVisit && k.active)}
              placeOf={(id) => placeOf(data, id)} newId={() => crypto.randomUUID()}
              onSave={(args) => mutate(db, session, 'saveVisitSchedule', args).catch(saveFailed)} /></section>
        </>
      )}
    </Page>
  );
}

/** 我要求助 (staff: 代居民求助): the form, prefilled with where the chosen person lives. */
function AskSection({ db, session, data, people, forResident }: {
  db: AppDb; session: SessionInfo; data: HelpData; people: HelpPerson[]; forResident: boolean;
}) {
  const [open, setOpen] = useState(false);
  const sync = useAppStore((s) => s.sync);
  const title = t(forResident ? 'help.fileFor' : 'help.ask');
  const initial: RequestDraft = {
    residentId: session.user.id, kindId: '', date: addDays(shanghaiDate(new Date()), 1), fromTime: '09:00', toTime: '11:00',
    building: '', address: '', phone: forResident ? '' : session.user.phone ?? '', note: '',
  };
  const submit = async (draft: RequestDraft) => {
    try {
      await mutate(db, session, 'fileHelpRequest', { requestId: crypto.randomUUID(), ...draft });
      appStore.getState().showToast({ text: t('help.form.sent'), tone: 'info' });
      setOpen(false);
    } catch (error) {
      appStore.getState().showToast({ text: errorMessage(error), tone: 'error' });
    }
  };
  return (
    <section aria-labelledby="help-ask"><h2 id="help-ask">{title}</h2>
      {open && !data.kinds.some((k) => k.active)
        ? (sync.downloaded ? <p class="empty">{t('help.noKinds')}</p> : <NotDownloaded what={t('help.missingKinds')} online={sync.online} />)
        : open
        ? <RequestForm kinds={data.kinds} people={people} initial={initial} chooseResident={forResident}
            placeOf={(id) => placeOf(data, id)} onSubmit={submit} />
        : <button type="button" class="btn btn-primary" onClick={() => setOpen(true)}>{title}</button>}
    </section>
  );
}

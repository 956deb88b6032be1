import './accounts-messages';
import './accounts.css';
import type { HouseholdLink } from '../../../shared/accounts/household-link';
import type { Member } from '../../../shared/member';
import { isStaffRole } from '../../../shared/role';
import { actorFor } from '../../../shared/member';
import { actorOf } from '../../session/actor';
import { useLiveQuery } from '../../data/use-live-query';
import { pendingRowKeys } from '../../data/sync-queries';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import type { ScreenProps } from '../../service';
import { appStore } from '../../state/app-store';
import { mutate } from '../../sync/mutate';
import { Page } from '../../ui/page';
import { deleteMyData, endOtherSessions, endSession, fetchMyData, listSessions } from './accounts-api';
import { MyDataPanel } from './my-data-panel';
import { ACCOUNT_PATHS } from './accounts-paths';
import { HouseholdPanel } from './household-panel';
import { SessionsPanel } from './sessions-panel';

interface AccountData {
  family: Member[];
  links: HouseholdLink[];
  unsent: Set<string>;
}

/**
 * 我的: the phones logged in as this person, their household and its requests, and for staff the
 * way to the office desk (service cards, residents without a phone, household requests).
 */
export function AccountScreen({ db, session }: ScreenProps) {
  const me = session.user;
  const data = useLiveQuery<AccountData>(async () => {
    const family = me.householdId === null ? [] : await db.member.where('householdId').equals(me.householdId).toArray();
    const asked = await db.householdLink.where('requesterId').equals(me.id).toArray();
    const toMe = await db.householdLink.where('parentId').equals(me.id).toArray();
    const keys = await pendingRowKeys(db);
    const links = [...asked, ...toMe];
    return {
      family: family.filter((m) => m.id !== me.id),
      links,
      unsent: new Set(links.filter((l) => keys.has(`householdLink:${l.id}`)).map((l) => l.id)),
    };
  }, [db, me.id, me.householdId], { family: [], links: [], unsent: new Set() });

  const onRequest = async (phone: string) => {
    try {
      await mutate(db, session, 'requestHouseholdLink', { linkId: crypto.randomUUID(), phone });
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };
  const onAnswer = (linkId: string, accept: boolean) => {
    mutate(db, session, 'answerHouseholdLink', { linkId, accept })
      .catch((error: unknown) => appStore.getState().showToast({ text: errorMessage(error), tone: 'error' }));
  };

  return (
    <Page title={t('account.title')}>
      <p class="account-who">{t('account.who', { name: me.name })}</p>
      {isStaffRole(actorFor(actorOf(session), 'accounts').role) && <p><a class="btn btn-secondary" href={ACCOUNT_PATHS.office}>{t('account.office')}</a></p>}
      <SessionsPanel api={{ list: () => listSessions(), endOne: (id) => endSession(id), endOthers: () => endOtherSessions(me.id) }} />
      <HouseholdPanel meId={me.id} family={data.family} links={data.links} unsent={data.unsent} onRequest={onRequest} onAnswer={onAnswer} />
      <MyDataPanel canDelete={!isStaffRole(me.role)} api={{
        fetch: () => fetchMyData(),
        // the phone is cleared: start the app over, at the login page that says why
        delete: async () => { await deleteMyData(db); location.replace('/login'); },
      }} />
    </Page>
  );
}

import './accounts-messages';
import './accounts.css';
import { useLocation } from 'preact-iso';
import type { HouseholdLink } from '../../../shared/accounts/household-link';
import type { ServiceCard } from '../../../shared/accounts/service-card';
import type { Community } from '../../../shared/community';
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
import { useChosenCommunity } from '../../state/community-choice';
import { mutate } from '../../sync/mutate';
import { CommunityPicker } from '../../ui/community-picker';
import { useConfirm } from '../../ui/confirm-dialog';
import { Page } from '../../ui/page';
import { useNow } from '../../ui/use-now';
import { ACCOUNT_PATHS, cardPrintPath } from './accounts-paths';
import { CardDesk } from './card-desk';
import { hashCardToken, newCardToken, rememberCardToken } from './card-token';
import { LinkDesk } from './link-desk';
import { ResidentForm } from './resident-form';
import { RoleDesk } from './role-desk';
import { SERVICES } from '../../../shared/services';

interface OfficeData {
  communities: Community[];
  people: Member[];
  cards: ServiceCard[];
  links: HouseholdLink[];
  unsent: Set<string>;
}

/**
 * 社区账号服务, for staff: service cards, residents without a phone, and household requests, for
 * one community at a time (an administrator picks which). Works offline; what is not yet with the
 * community says so.
 */
export function OfficeScreen({ db, session }: ScreenProps) {
  const { route } = useLocation();
  const now = useNow();
  const confirm = useConfirm();
  const [communityId, chooseCommunity] = useChosenCommunity(session);
  const data = useLiveQuery<OfficeData>(async () => {
    const keys = await pendingRowKeys(db);
    const cards = await db.serviceCard.where('communityId').equals(communityId).toArray();
    return {
      communities: await db.community.toArray(),
      people: (await db.member.where('communityId').equals(communityId).toArray()).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      cards: cards.sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)),
      links: await db.householdLink.where('communityId').equals(communityId).toArray(),
      unsent: new Set(cards.filter((c) => keys.has(`serviceCard:${c.id}`)).map((c) => c.id)),
    };
  }, [db, communityId], { communities: [], people: [], cards: [], links: [], unsent: new Set() });

  // staff limited to another service serve here as residents
  if (!isStaffRole(actorFor(actorOf(session), 'accounts').role)) return <Page title={t('office.title')}><p>{t('office.staffOnly')}</p></Page>;

  const tryMutate = async (run: () => Promise<void>): Promise<string | null> => {
    try {
      await run();
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };
  const toastIfRefused = (refused: string | null) => {
    if (refused) appStore.getState().showToast({ text: refused, tone: 'error' });
  };

  const onIssue = async (memberId: string) => {
    const cardId = crypto.randomUUID();
    const token = newCardToken();
    const refused = await tryMutate(async () => mutate(db, session, 'issueServiceCard', { cardId, memberId, tokenHash: await hashCardToken(token) }));
    if (refused) return toastIfRefused(refused);
    rememberCardToken(cardId, token);
    route(cardPrintPath(cardId));
  };
  const onRevoke = async (card: ServiceCard) => {
    const holder = data.people.find((p) => p.id === card.memberId)?.name ?? '';
    const asked = await confirm.ask({
      title: t('cards.revokeTitle', { name: holder }), message: t('cards.revokeMessage'),
      confirmLabel: t('cards.revokeConfirm'), keepLabel: t('cards.revokeKeep'),
    });
    if (asked) toastIfRefused(await tryMutate(() => mutate(db, session, 'revokeServiceCard', { cardId: card.id })));
  };
  const communities = data.communities.filter((c) => session.communityIds.includes(c.id));

  return (
    <Page title={t('office.title')}>
      {session.user.role === 'admin' && <p><a class="btn btn-secondary" href={ACCOUNT_PATHS.audit}>{t('audit.title')}</a></p>}
      <CommunityPicker communities={communities} value={communityId} onChange={chooseCommunity} />
      <CardDesk people={data.people} cards={data.cards} unsent={data.unsent} now={now} onIssue={(id) => void onIssue(id)}
        onRevoke={(card) => void onRevoke(card)}
        onAttachPhone={(memberId, phone) => tryMutate(() => mutate(db, session, 'attachPhone', { memberId, phone }))} />
      <ResidentForm onRegister={(name, birthDate) =>
        tryMutate(() => mutate(db, session, 'registerResident', { memberId: crypto.randomUUID(), communityId, name, birthDate }))} />
      <LinkDesk links={data.links} onAnswer={(linkId, accept) =>
        void tryMutate(() => mutate(db, session, 'answerHouseholdLink', { linkId, accept })).then(toastIfRefused)} />
      <RoleDesk people={data.people.filter((p) => p.id !== session.user.id)} canGiveStaffRoles={session.user.role === 'admin'}
        services={Object.keys(SERVICES)} onSave={(memberId, role, staffOf) =>
          tryMutate(() => mutate(db, session, 'setMemberRole', { memberId, role, staffOf }))} />
      {confirm.dialog}
    </Page>
  );
}

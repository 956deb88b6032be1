import './event-messages';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import { rankWishes } from '../../../shared/events/event-wish';
import type { AppDb } from '../../data/db';
import { listWishes } from './event-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { t } from '../../i18n/t';
import { EVENT_PATHS } from './event-paths';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { runEventAction } from './event-actions';
import { EventTabs } from './event-tabs';

/** 反馈学习需求: propose a topic, add one's voice to others'; ranked by votes (organisers see the same list). */
export function WishesScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const wishes = useLiveQuery(() => listWishes(db, session.communityIds), [db, session], []);
  const [topic, setTopic] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Page title={t('events.wishesTitle')}>
      <EventTabs route={EVENT_PATHS.eventWishes} role={session.user.role} />
      <p>{t('events.wishesIntro')}</p>
      <form onSubmit={async (e) => {
        e.preventDefault();
        const failed = await runEventAction(db, session, 'proposeEventWish', { wishId: crypto.randomUUID(), topic });
        setError(failed);
        if (!failed) setTopic('');
      }}>
        <label>{t('events.wishTopic')}<input value={topic} onInput={(e) => setTopic(e.currentTarget.value)} /></label>
        <Button type="submit">{t('events.wishPropose')}</Button>
      </form>
      {error && <p role="alert">{error}</p>}
      {wishes.length === 0 && <p class="empty">{t('events.wishesEmpty')}</p>}
      <ol class="wish-list">
        {rankWishes(wishes).map((w) => (
          <li key={w.id}>
            <span>{w.topic}</span> <span>{t('events.wishVotes', { count: w.votes })}</span>{' '}
            {w.voterIds.includes(session.user.id)
              ? <span class="badge">{t('events.wishVoted')}</span>
              : <Button kind="secondary" onClick={async () => setError(await runEventAction(db, session, 'voteEventWish', { wishId: w.id }))}>{t('events.wishVote')}</Button>}
          </li>
        ))}
      </ol>
    </Page>
  );
}

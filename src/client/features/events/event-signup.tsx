import './event-messages';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import type { CommunityEvent } from '../../../shared/events/event';
import { ageAtEvent, signupStatusFor, type Signup } from '../../../shared/events/signup';
import type { Member } from '../../../shared/member';
import type { AppDb } from '../../data/db';
import { t } from '../../i18n/t';
import { appStore } from '../../state/app-store';
import { EventCard } from './event-card';
import { runEventAction } from './event-actions';
import { PartyPicker } from './party-picker';

/** Props of EventSignup: the event, the household's sign-up for it, and whether the picker is open. */
export interface EventSignupProps {
  db: AppDb;
  session: SessionInfo;
  event: CommunityEvent;
  mine: Pick<Signup, 'status' | 'waitlistPosition'> | null;
  household: Member[];
  now: Date;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}

/** An event's card and, once 报名 is pressed, the party picker under it (the calendar and the event's own page). */
export function EventSignup({ db, session, event, mine, household, now, open, onOpen, onClose }: EventSignupProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <EventCard
        event={event}
        myStatus={mine?.status ?? null}
        myWaitlistPosition={mine?.waitlistPosition ?? null}
        now={now}
        onSignUp={() => { setError(null); onOpen(); }}
      />
      {open && (
        <PartyPicker
          event={event}
          members={household}
          initial={household.filter((m) => m.id === session.user.id || (m.birthDate !== null && (ageAtEvent(m, event) ?? 99) < 18)).map((m) => m.id)}
          willWait={(size) => signupStatusFor(event, size) === 'waiting'}
          error={error}
          submitLabel={t('events.confirmSignUp')}
          onClose={onClose}
          onAddChild={async (name, birthDate) => {
            setError(await runEventAction(db, session, 'addHouseholdMember', { memberId: crypto.randomUUID(), name, birthDate }));
          }}
          onConfirm={async (memberIds) => {
            const waiting = signupStatusFor(event, memberIds.length) === 'waiting';
            const failed = await runEventAction(db, session, 'signUpForEvent', { signupId: crypto.randomUUID(), eventId: event.id, memberIds });
            setError(failed);
            if (failed) return;
            onClose();
            appStore.getState().showToast({ text: t(waiting ? 'events.joinedWaiting' : 'events.signedUp'), tone: 'info' });
          }}
        />
      )}
    </div>
  );
}

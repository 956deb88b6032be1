import type { CommunityEvent } from '../../../src/shared/events/event';
import type { Actor, Member } from '../../../src/shared/member';
import type { Signup } from '../../../src/shared/events/signup';

/** Monday 2026-11-23 10:00 in Shanghai. */
export const NOW = new Date('2026-11-23T02:00:00Z');

/** The art-therapy class: children 6-14, 30 places, Saturday 28 Nov 09:30, sign-up until Friday. */
export function event(overrides: Partial<CommunityEvent> = {}): CommunityEvent {
  return {
    id: 'ev-art', communityId: 'bixiahu', seriesId: null, organiserId: 'u-staff', organiserName: '何老师',
    kind: 'parentChild', title: '艺术疗愈课', description: '', place: '碧霞湖社区党群服务中心',
    startsAt: '2026-11-28T01:30:00.000Z', endsAt: '2026-11-28T03:00:00.000Z', signupDeadline: '2026-11-27T10:00:00.000Z',
    capacity: 30, placesTaken: 0, waitingCount: 0, minAge: 6, maxAge: 14, adultsAccompany: true,
    promotion: 'auto', offerHours: 24, status: 'scheduled', createdAt: '2026-11-20T00:00:00.000Z', ...overrides,
  };
}

/** A household member. */
export function person(id: string, birthDate: string | null, overrides: Partial<Member> = {}): Member {
  return {
    id, communityId: 'bixiahu', householdId: 'hh-lin', name: id, role: 'resident', birthDate, ageVerified: false,
    groups: [], hasLogin: false, ...overrides,
  };
}

export const PARENT = person('u-lin', '1988-04-02', { hasLogin: true });
export const SON = person('c-son', '2017-05-01');
export const DAUGHTER = person('c-daughter', '2021-09-10');

export const ACTOR: Actor = { id: 'u-lin', role: 'resident', communityId: 'bixiahu', householdId: 'hh-lin', communityIds: ['bixiahu'] };
export const STAFF: Actor = { id: 'u-staff', role: 'staff', communityId: 'bixiahu', householdId: null, communityIds: ['bixiahu'] };

/** A sign-up of some size and status, queued at a given minute. */
export function signup(id: string, size: number, status: Signup['status'], minute: number, overrides: Partial<Signup> = {}): Signup {
  return {
    id, eventId: 'ev-art', communityId: 'bixiahu', householdId: `hh-${id}`, bookedById: `u-${id}`,
    memberIds: Array.from({ length: size }, (_, i) => `${id}-m${i}`), adults: 1, children: size - 1, status,
    ticketCode: 'ABCDEF', queuedAt: new Date(Date.UTC(2026, 10, 22, 0, minute)).toISOString(), waitlistPosition: null, offerExpiresAt: null,
    checkedInAt: null, checkedInById: null, checkedInByName: null, createdAt: '2026-11-22T00:00:00.000Z', ...overrides,
  };
}

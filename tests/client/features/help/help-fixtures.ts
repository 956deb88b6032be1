import type { ServiceKind } from '../../../../src/shared/help/service-kind';
import type { RequestCardView } from '../../../../src/client/features/help/request-card';

/** Two kinds of 农南二社区, one no longer offered. */
export const KINDS: ServiceKind[] = [
  { id: 'sk-grocery', communityId: 'nongnaner', name: '代买菜', icon: 'grocery', description: '帮您买菜、买米面油', isVisit: false, active: true, order: 0 },
  { id: 'sk-bill', communityId: 'nongnaner', name: '代缴水电费', icon: 'bill', description: '帮您缴水费、电费', isVisit: false, active: true, order: 1 },
  { id: 'sk-old', communityId: 'nongnaner', name: '代取快递', icon: 'other', description: '', isVisit: false, active: false, order: 2 },
];

/** A request as a card shows it; the contact is present unless the viewer may not see it. */
export function cardView(overrides: Partial<RequestCardView> = {}): RequestCardView {
  return {
    id: 'r1', kindName: '代买菜', icon: '🥬', window: '2026-11-25 15:00–16:00', building: '5栋', status: 'submitted',
    assigneeName: null, syncState: 'confirmed', minutes: null, hoursConfirmed: false, thanked: false, overdue: null,
    contact: { name: '何淑芬', address: '5栋1单元302', phone: '13800000021', note: '买两斤青菜', volunteerNote: '' },
    actions: [],
    ...overrides,
  };
}

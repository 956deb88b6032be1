import type { Transaction } from 'kysely';
import { checkCanteenStaff } from '../../shared/canteen/canteen-staff';
import type { Canteen } from '../../shared/canteen/canteen';
import type { Actor } from '../../shared/member';
import type { MealSlot } from '../../shared/canteen/meal-slot';
import {
  checkCopy, checkMealDraft, checkMonday, checkRemoveSlot, copiedSlots, draftedSlot, draftsToPublish, slotAt,
} from '../../shared/canteen/menu-week';
import { RejectionError, refuse, type Rejection } from '../../shared/rejection';
import { addDays } from '../../shared/time';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import type { MutationHandler } from '../sync/mutation-context';
import { findCanteens, findDishes, findMealSlots, insertMealSlot } from './canteen.repository';
import { recordDish, recordMealSlot } from './canteen-changes';
import {
  deleteMealSlot, findShownDishIds, findSlotsOn, findWeekSlots, markDishesShown, markSlotsPublished, updateSlotMenu,
} from './menu.repository';

/** Throws a rule's refusal, if it has one. */
function stand(refusal: Rejection | null): void {
  if (refusal) throw new RejectionError(refusal);
}

/** Loads the canteen a menu change is for, refusing unknown canteens and anyone not on its community's staff. */
export async function canteenRunBy(trx: Transaction<Database>, actor: Actor, canteenId: string): Promise<Canteen> {
  const [canteen] = await findCanteens(trx, [canteenId]);
  if (!canteen) refuse('NOT_FOUND', ['canteenId'], 'no such canteen');
  stand(checkCanteenStaff(actor, canteen.communityId, 'canteenId'));
  return canteen;
}

/**
 * Once a meal is published its dishes are residents' to see: marks the ones not shown before and
 * records them again without the staff-only audience, in the same transaction as the meal.
 */
async function showDishesOf(trx: Transaction<Database>, record: ChangeRecorder, slots: readonly MealSlot[]): Promise<void> {
  const ids = [...new Set(slots.filter((s) => s.published).flatMap((s) => s.dishIds))];
  const shown = await findShownDishIds(trx, ids);
  const fresh = ids.filter((id) => !shown.has(id));
  await markDishesShown(trx, fresh);
  for (const id of fresh) await recordDish(trx, record, id, slots[0]?.communityId ?? '', true);
}

/**
 * Drafts a meal or changes one. Its id comes from canteen, date and meal, so two phones drafting
 * the same meal offline end with one meal, the later push's dishes. A published meal stays
 * published and residents see the change at their next sync.
 */
export const saveMealSlot: MutationHandler<'saveMealSlot'> = async ({ trx, recordChange, actor }, args) => {
  const canteen = await canteenRunBy(trx, actor, args.canteenId);
  const existing = slotAt(await findSlotsOn(trx, canteen.id, args.date), canteen.id, args.date, args.meal);
  const dishes = new Map((await findDishes(trx, args.dishIds)).map((d) => [d.id, d]));
  stand(checkMealDraft(canteen, args, args.dishIds.map((id) => dishes.get(id))));
  const slot = draftedSlot(canteen, args, existing);
  if (existing) await updateSlotMenu(trx, slot);
  else await insertMealSlot(trx, slot);
  await showDishesOf(trx, recordChange, [slot]);
  await recordMealSlot(trx, recordChange, slot);
};

/** Removes a draft meal; a published one stays (ALREADY_PUBLISHED). */
export const removeMealSlot: MutationHandler<'removeMealSlot'> = async ({ trx, recordChange, actor }, args) => {
  const [slot] = await findMealSlots(trx, [args.slotId]);
  if (!slot) refuse('NOT_FOUND', ['slotId'], 'no such meal');
  stand(checkCanteenStaff(actor, slot.communityId, 'slotId'));
  stand(checkRemoveSlot(slot));
  await deleteMealSlot(trx, slot.id);
  await recordMealSlot(trx, recordChange, slot, true);
};

/** Copies last week's meals into the week of `monday` as drafts; meals the week has stay as they are. */
export const copyLastWeekMenu: MutationHandler<'copyLastWeekMenu'> = async ({ trx, recordChange, actor }, args) => {
  stand(checkMonday(args.monday));
  const canteen = await canteenRunBy(trx, actor, args.canteenId);
  const lastWeek = await findWeekSlots(trx, canteen.id, addDays(args.monday, -7));
  const thisWeek = await findWeekSlots(trx, canteen.id, args.monday);
  const copies = copiedSlots(lastWeek, thisWeek, args.monday);
  stand(checkCopy(copies, lastWeek.length));
  for (const slot of copies) {
    await insertMealSlot(trx, slot);
    await recordMealSlot(trx, recordChange, slot);
  }
};

/** Publishes the week's drafts: recorded for everyone in the community, so residents' next pull brings them. */
export const publishWeekMenu: MutationHandler<'publishWeekMenu'> = async ({ trx, recordChange, actor }, args) => {
  stand(checkMonday(args.monday));
  const canteen = await canteenRunBy(trx, actor, args.canteenId);
  const { drafts, refusal } = draftsToPublish(await findWeekSlots(trx, canteen.id, args.monday));
  stand(refusal);
  await markSlotsPublished(trx, drafts.map((s) => s.id));
  const published = drafts.map((s) => ({ ...s, published: true }));
  await showDishesOf(trx, recordChange, published);
  for (const slot of published) await recordMealSlot(trx, recordChange, slot);
};

/**
 * Optimistic mutators of the menu editor (canteen staff). They load with the editor, not with the
 * menu: residents never run them. Each runs the shared rule the server runs again; offline, the
 * phone shows the draft at once and the server's answer replaces it at the next sync.
 */
import { checkCanteenStaff } from '../../../shared/canteen/canteen-staff';
import type { Canteen } from '../../../shared/canteen/canteen';
import { checkDishFields } from '../../../shared/canteen/menu-week';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import {
  checkCopy, checkMealDraft, checkMonday, checkRemoveSlot, copiedSlots, draftedSlot, draftsToPublish, inWeek, slotAt,
} from '../../../shared/canteen/menu-week';
import { checkPriceTiers } from '../../../shared/canteen/price-tier-rules';
import type { Actor } from '../../../shared/member';
import { RejectionError, refuse, type Rejection } from '../../../shared/rejection';
import { addDays } from '../../../shared/time';
import type { ClientMutator } from '../../sync/client-mutator';
import type { RecordingStore } from '../../sync/recording-store';

function stand(refusal: Rejection | null): void {
  if (refusal) throw new RejectionError(refusal);
}

/** The canteen as this phone has it, if the actor runs it. */
async function canteenRunBy(store: RecordingStore, actor: Actor, canteenId: string): Promise<Canteen> {
  const canteen = (await store.get('canteen', canteenId)) ?? refuse('NOT_FOUND', ['canteenId'], 'no such canteen');
  stand(checkCanteenStaff(actor, canteen.communityId, 'canteenId'));
  return canteen;
}

/** The canteen's meals on this phone, drafts included (staff receive them). */
async function slotsOf(store: RecordingStore, canteen: Canteen): Promise<MealSlot[]> {
  return (await store.where('mealSlot', 'communityId', canteen.communityId)).filter((slot) => slot.canteenId === canteen.id);
}

/** Adds or changes a dish on this phone. */
export const saveDish: ClientMutator<'saveDish'> = async (store, args, { actor }) => {
  const canteen = await canteenRunBy(store, actor, args.canteenId);
  const existing = await store.get('dish', args.dishId);
  if (existing && existing.canteenId !== canteen.id) refuse('FORBIDDEN', ['dishId'], 'this dish belongs to another canteen');
  stand(checkDishFields(args));
  store.put('dish', { id: args.dishId, canteenId: canteen.id, name: args.name, tags: args.tags, allergens: args.allergens, photoId: args.photoId });
};

/** Drafts or changes a meal on this phone (same id and rules as the server). */
export const saveMealSlot: ClientMutator<'saveMealSlot'> = async (store, args, { actor }) => {
  const canteen = await canteenRunBy(store, actor, args.canteenId);
  const dishes = await Promise.all(args.dishIds.map((id) => store.get('dish', id)));
  stand(checkMealDraft(canteen, args, dishes));
  store.put('mealSlot', draftedSlot(canteen, args, slotAt(await slotsOf(store, canteen), canteen.id, args.date, args.meal)));
};

/** Removes a draft meal from this phone. */
export const removeMealSlot: ClientMutator<'removeMealSlot'> = async (store, args, { actor }) => {
  const slot = (await store.get('mealSlot', args.slotId)) ?? refuse('NOT_FOUND', ['slotId'], 'no such meal');
  stand(checkCanteenStaff(actor, slot.communityId, 'slotId'));
  stand(checkRemoveSlot(slot));
  store.delete('mealSlot', slot.id);
};

/** Copies last week's meals into the week as drafts, from what this phone has. */
export const copyLastWeekMenu: ClientMutator<'copyLastWeekMenu'> = async (store, args, { actor }) => {
  stand(checkMonday(args.monday));
  const canteen = await canteenRunBy(store, actor, args.canteenId);
  const slots = await slotsOf(store, canteen);
  const lastWeek = slots.filter((slot) => inWeek(slot.date, addDays(args.monday, -7)));
  const copies = copiedSlots(lastWeek, slots.filter((slot) => inWeek(slot.date, args.monday)), args.monday);
  stand(checkCopy(copies, lastWeek.length));
  for (const slot of copies) store.put('mealSlot', slot);
};

/** Marks the week's drafts published on this phone; residents get them once the server has them. */
export const publishWeekMenu: ClientMutator<'publishWeekMenu'> = async (store, args, { actor }) => {
  stand(checkMonday(args.monday));
  const canteen = await canteenRunBy(store, actor, args.canteenId);
  const { drafts, refusal } = draftsToPublish((await slotsOf(store, canteen)).filter((slot) => inWeek(slot.date, args.monday)));
  stand(refusal);
  for (const slot of drafts) store.put('mealSlot', { ...slot, published: true });
};

/** Replaces the canteen's price tiers on this phone. */
export const setPriceTiers: ClientMutator<'setPriceTiers'> = async (store, args, { actor }) => {
  const canteen = await canteenRunBy(store, actor, args.canteenId);
  stand(checkPriceTiers(args.tiers));
  store.put('canteen', { ...canteen, priceTiers: args.tiers });
};

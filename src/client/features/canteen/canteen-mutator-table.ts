/**
 * Every canteen mutator, booking's and the menu editor's, as one lazily loaded table: the sync
 * engine asks for it right after the first paint, so it is there before the signal may go.
 */
export { bookMeal, cancelBooking, setSlotSeats } from './canteen-mutators';
export { copyLastWeekMenu, publishWeekMenu, removeMealSlot, saveDish, saveMealSlot, setPriceTiers } from './menu-mutators';

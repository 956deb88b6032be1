/**
 * Every mutator of the canteen, loaded on first use (the first tap of 预订, or the first sync),
 * so that neither they nor the shared rules they run weigh on the menu's first paint.
 */
export { bookMeal, cancelBooking, setSlotSeats } from './canteen-mutators';
export { serveMeal, serveWalkIn } from './counter-mutators';
export { saveDietNote } from './diet-note-mutators';
export { saveDeliveryProfile, markMealDelivered } from './delivery-mutators';
export { saveStandingOrder, pauseStandingOrder, resumeStandingOrder, endStandingOrder } from './standing-order-mutators';
export { copyLastWeekMenu, publishWeekMenu, removeMealSlot, saveDish, saveMealSlot, setPriceTiers } from './menu-mutators';

/** A canteen; cutoffs is JSON `{ lunch: CutoffRule, dinner: CutoffRule }`, price_tiers a JSON PriceTier[]. */
export interface CanteenTable {
  id: string;
  community_id: string;
  name: string;
  address: string;
  seats: number;
  pricing: string;
  price_tiers: string;
  min_age: number | null;
  delivery_age: number;
  cutoffs: string;
}

/**
 * A dish; tags and allergens are JSON arrays. shown is 1 once the dish has been on a published
 * menu: until then residents are not sent it (its sync entry has audience 'staff').
 */
export interface DishTable {
  id: string;
  canteen_id: string;
  name: string;
  tags: string;
  allergens: string;
  photo_id: string | null;
  shown: number;
}

/** One meal of one canteen on one date; dish_ids and modes are JSON; published 0 is a draft only staff see. */
export interface MealSlotTable {
  id: string;
  canteen_id: string;
  community_id: string;
  date: string;
  meal: string;
  dish_ids: string;
  seats: number;
  seats_taken: number;
  cutoff_at: string;
  modes: string;
  published: number;
}

/** A booked meal (one seat, one portion). */
export interface BookingTable {
  id: string;
  slot_id: string;
  canteen_id: string;
  community_id: string;
  diner_id: string;
  booked_by_id: string;
  household_id: string | null;
  mode: string;
  status: string;
  price_tier: string;
  price_fen: number;
  created_at: string;
  cancelled_at: string | null;
}

declare module '../db/schema' {
  interface Database {
    canteens: CanteenTable;
    dishes: DishTable;
    meal_slots: MealSlotTable;
    bookings: BookingTable;
  }
}

/** A canteen; cutoffs is JSON `{ lunch: CutoffRule, dinner: CutoffRule }`. */
export interface CanteenTable {
  id: string;
  community_id: string;
  name: string;
  address: string;
  seats: number;
  pricing: string;
  elder_age: number;
  min_age: number | null;
  delivery_age: number;
  cutoffs: string;
}

/** A dish; tags is a JSON array. */
export interface DishTable {
  id: string;
  canteen_id: string;
  name: string;
  tags: string;
}

/** One meal of one canteen on one date; dish_ids, modes and prices are JSON. */
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
  prices: string;
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

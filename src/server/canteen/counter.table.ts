/** A booking handed over (one per booking); grams null for a fixed-price meal. */
export interface MealServingTable {
  booking_id: string;
  grams: number | null;
  charged_fen: number;
  served_at: string;
  served_by_id: string;
  served_by_name: string;
  how: string;
}

/** What the kitchen must know about one resident; conditions is a JSON array. */
export interface DietNoteTable {
  resident_id: string;
  conditions: string;
  allergies: string;
  note: string;
  updated_at: string;
  updated_by_name: string;
}

/** A standing order; weekdays is a JSON array of 1–7; ended 0/1. */
export interface StandingOrderTable {
  id: string;
  community_id: string;
  canteen_id: string;
  diner_id: string;
  meal: string;
  weekdays: string;
  mode: string;
  start_date: string;
  paused_from: string | null;
  resume_on: string | null;
  ended: number;
  created_by_id: string;
  created_at: string;
}

declare module '../db/schema' {
  interface Database {
    meal_servings: MealServingTable;
    diet_notes: DietNoteTable;
    standing_orders: StandingOrderTable;
  }
}

import { createStore } from 'zustand/vanilla';

/** Which canteen and which week the menu shows: choices on screen, not data, kept while the app runs. */
export interface MenuChoices {
  selectedCanteenId: string | null;
  /** 0 for this week, 1 for next week; null until chosen: the week of the next meal one can book. */
  weekOffset: 0 | 1 | null;
  selectCanteen: (id: string) => void;
  setWeekOffset: (offset: 0 | 1) => void;
}

/** The menu's choices; tests reset them with setState. */
export const menuChoices = createStore<MenuChoices>()((set) => ({
  selectedCanteenId: null,
  weekOffset: null,
  selectCanteen: (id) => set({ selectedCanteenId: id }),
  setWeekOffset: (weekOffset) => set({ weekOffset }),
}));

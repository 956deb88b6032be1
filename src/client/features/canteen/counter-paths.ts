/** The pages of the canteen's own work and of a household's standing orders and bills. */
export const COUNTER_PATHS = {
  prepList: '/canteen/prep',
  counter: '/canteen/counter',
  standingOrders: '/canteen/standing',
  dietNotes: '/canteen/diet',
  statement: '/canteen/statement',
  delivery: '/canteen/delivery',
} as const;

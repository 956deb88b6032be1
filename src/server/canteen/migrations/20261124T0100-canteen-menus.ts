import { sql, type Kysely } from 'kysely';

// The menu editor: canteens get price tiers (replacing one elder age and per-meal prices), meals
// can be drafts, dishes get allergens, a photo, and whether residents have been shown them.

type Prices = { standard: number; elder: number | null; worker: number | null };

/** The tiers a canteen had implicitly: standard, elder from its elder age, the workers' set lunch. */
function tiersFrom(elderAge: number, lunch: Prices | undefined, dinner: Prices | undefined): unknown[] {
  const standard = { lunch: lunch?.standard ?? dinner?.standard ?? 0, dinner: dinner?.standard ?? lunch?.standard ?? 0 };
  const tiers: unknown[] = [{ id: 'standard', kind: 'standard', minAge: null, group: null, prices: standard }];
  const elder = { lunch: lunch?.elder ?? null, dinner: dinner?.elder ?? null };
  if (elder.lunch !== null || elder.dinner !== null) tiers.push({ id: 'elder', kind: 'elder', minAge: Math.max(50, elderAge), group: null, prices: elder });
  if (lunch?.worker != null) tiers.push({ id: 'worker', kind: 'group', minAge: null, group: 'newEmployment', prices: { lunch: lunch.worker, dinner: null } });
  return tiers;
}

// Kysely<any>: migrations see the tables as they were when written, not today's Database type.

/** Adds the new columns, turns each canteen's prices into tiers, then drops what tiers replace. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('canteens').addColumn('price_tiers', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  // meals already there were seen by residents: they count as published
  await db.schema.alterTable('meal_slots').addColumn('published', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('dishes').addColumn('allergens', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('dishes').addColumn('photo_id', 'text').execute();
  await db.schema.alterTable('dishes').addColumn('shown', 'integer', (c) => c.notNull().defaultTo(1)).execute();

  const canteens = await db.selectFrom('canteens').select(['id', 'elder_age']).execute();
  for (const canteen of canteens as { id: string; elder_age: number }[]) {
    // the latest menu's prices are the ones the canteen charges now
    const latest = async (meal: string) => {
      const row = await db.selectFrom('meal_slots').select('prices').where('canteen_id', '=', canteen.id)
        .where('meal', '=', meal).orderBy('date', 'desc').limit(1).executeTakeFirst() as { prices: string } | undefined;
      return row && (JSON.parse(row.prices) as Prices);
    };
    const tiers = tiersFrom(canteen.elder_age, await latest('lunch'), await latest('dinner'));
    await db.updateTable('canteens').set({ price_tiers: JSON.stringify(tiers) }).where('id', '=', canteen.id).execute();
  }
  await db.schema.alterTable('canteens').dropColumn('elder_age').execute();
  await db.schema.alterTable('meal_slots').dropColumn('prices').execute();
}

/** Puts the elder age and per-meal prices back from the tiers, and drops the new columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('canteens').addColumn('elder_age', 'integer', (c) => c.notNull().defaultTo(60)).execute();
  await db.schema.alterTable('meal_slots').addColumn('prices', 'text', (c) => c.notNull().defaultTo('{"standard":0,"elder":null,"worker":null}')).execute();
  const canteens = await db.selectFrom('canteens').select(['id', 'price_tiers']).execute();
  for (const canteen of canteens as { id: string; price_tiers: string }[]) {
    const tiers = JSON.parse(canteen.price_tiers) as { kind: string; minAge: number | null; prices: { lunch: number | null; dinner: number | null } }[];
    const of = (kind: string) => tiers.find((t) => t.kind === kind);
    const elder = of('elder');
    for (const meal of ['lunch', 'dinner'] as const) {
      const prices: Prices = { standard: of('standard')?.prices[meal] ?? 0, elder: elder?.prices[meal] ?? null, worker: of('group')?.prices[meal] ?? null };
      await db.updateTable('meal_slots').set({ prices: JSON.stringify(prices) }).where('canteen_id', '=', canteen.id).where('meal', '=', meal).execute();
    }
    await db.updateTable('canteens').set({ elder_age: elder?.minAge ?? 60 }).where('id', '=', canteen.id).execute();
  }
  await sql`delete from meal_slots where published = 0`.execute(db);
  for (const [table, column] of [['canteens', 'price_tiers'], ['meal_slots', 'published'], ['dishes', 'allergens'], ['dishes', 'photo_id'], ['dishes', 'shown']] as const) {
    await db.schema.alterTable(table).dropColumn(column).execute();
  }
}

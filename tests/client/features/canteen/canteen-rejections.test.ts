import { describe, expect, it } from 'vitest';
import { describeCanteenRejection } from '../../../../src/client/features/canteen/canteen-rejections';
import type { RejectionEntry } from '../../../../src/client/data/db';
import { freshDb, slot } from '../../sync/fixtures';

const entry = (name: RejectionEntry['name'], args: unknown): RejectionEntry =>
  ({ id: 'm1', name, args, code: 'SLOT_FULL', fields: [], message: '', at: '2026-11-23T02:00:00.000Z' });

describe('describeCanteenRejection', () => {
  it('names the meal a refused booking was for, as the banner shows it', async () => {
    const db = freshDb();
    await db.mealSlot.put(slot({ id: 's1', date: '2026-11-27', meal: 'lunch' }));
    expect(await describeCanteenRejection(db, entry('bookMeal', { slotId: 's1' }))).toBe('11月27日 周五 午餐');
  });

  it('says nothing of a meal this phone no longer knows, nor of another service\'s mutation', async () => {
    const db = freshDb();
    expect(await describeCanteenRejection(db, entry('cancelBooking', { bookingId: 'gone' }))).toBeNull();
    expect(await describeCanteenRejection(db, entry('voteEventWish', { wishId: 'w1' }))).toBeNull();
  });
});

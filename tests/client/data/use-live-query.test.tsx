import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import type { AppDb } from '../../../src/client/data/db';
import { useLiveQuery } from '../../../src/client/data/use-live-query';
import { freshDb } from '../sync/fixtures';

function DishCount({ db }: { db: AppDb }) {
  const count = useLiveQuery(() => db.dish.count(), [db], -1);
  return <p>dishes: {count}</p>;
}

describe('useLiveQuery', () => {
  it('shows the initial value, then follows the database', async () => {
    const db = freshDb();
    render(<DishCount db={db} />);
    expect(screen.getByText('dishes: -1')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('dishes: 0')).toBeTruthy());
    await db.dish.put({ id: 'd1', canteenId: 'ct1', name: '清蒸鱼', tags: [], allergens: [], photoId: null });
    await waitFor(() => expect(screen.getByText('dishes: 1')).toBeTruthy());
  });
});

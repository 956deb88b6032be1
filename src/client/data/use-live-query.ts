import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { currentLanguage } from '../i18n/t';

/**
 * Re-renders with a query's latest answer whenever the tables it read change, in this tab or
 * another (Dexie observes them), and when the language changes, since some answers hold words (a
 * refusal's reason). Shows `initial` until the first answer. A failing query is logged and leaves
 * the last answer on screen.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => setValue(() => next),
      error: (error: unknown) => console.error('live query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query is a new one, as with useEffect; a new language
    // re-renders every screen from the shell down, and so reaches here too
  }, [...deps, currentLanguage()]);
  return value;
}

import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { t, withMessages } from '../i18n/t';

/** Stands in for a screen whose code could not be fetched (offline before it was ever cached). */
function ScreenUnavailable() {
  return <p role="alert">{t('error.network')}</p>;
}

/**
 * A screen whose code loads when first shown (preact-iso's lazy, which the Router awaits), so it
 * stays out of the first screen's code; says so plainly if it cannot be fetched. Its words in the
 * current language are fetched with it, so it never shows for a moment in another.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(() => withMessages(load()).catch((): ComponentType<P> => ScreenUnavailable));
}

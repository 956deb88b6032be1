import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';

/**
 * Wraps a dynamically imported screen so its code loads only when first shown; a tiny stand-in
 * for preact/compat's lazy, which would pull compat into the first screen.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      load().then(
        (component) => {
          loaded = component;
          setScreen(() => component);
        },
        () => setFailed(true),
      );
    }, [Screen]);
    if (failed) return <p role="alert">{t('error.network')}</p>;
    if (!Screen) return <p role="status">{t('app.loading')}</p>;
    return <Screen {...props} />;
  };
}

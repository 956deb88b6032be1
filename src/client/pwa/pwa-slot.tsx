import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { withMessages } from '../i18n/t';

/**
 * Where the update banner and the app's offers appear. Their code loads once the page has
 * loaded, like workbox-window, so none of it weighs on the first screen.
 */
export function PwaSlot({ path }: { path: string }) {
  const [Prompts, setPrompts] = useState<ComponentType<{ path: string }> | null>(null);
  useEffect(() => {
    const load = () =>
      void withMessages(import('./pwa-prompts')).then(
        (m) => setPrompts(() => m.PwaPrompts),
        (error: unknown) => console.warn('could not load the update banner', error),
      );
    if (document.readyState === 'complete') load();
    else addEventListener('load', load, { once: true });
  }, []);
  return Prompts ? <Prompts path={path} /> : null;
}

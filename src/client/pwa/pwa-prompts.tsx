import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { applyUpdate, onUpdateWaiting } from '../sw-bridge';
import { onOutboxChanged } from '../sync/outbox-signal';
import { IosInstallHint } from '../ui/ios-install-hint';
import { OfferCard } from '../ui/offer-card';
import { UpdateBanner } from '../ui/update-banner';
import { canInstall, onInstallOfferChanged, promptInstall } from './install-prompt';
import { installHintKind, type InstallHintKind } from './install-hint';
import { rememberAnswered, wasAnswered, type OfferName } from './prompt-memory';
import { persistStorage, shouldAskToPersist } from './storage-persistence';

/** Whether the app was opened from the home screen. */
function isStandalone(): boolean {
  const fromHomeScreen = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return fromHomeScreen || (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches);
}

function currentInstallHint(): InstallHintKind {
  return installHintKind({
    canInstall: canInstall(),
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: isStandalone(),
    dismissed: wasAnswered('install'),
  });
}

/**
 * What the app offers about itself, in the flow under the header: the update banner whenever a
 * new version waits, otherwise one offer at a time (keep data on the phone, then install). An
 * offer shows from the next change of screen (`path`) on: arriving by itself while a screen is
 * read, it would push that screen down under the resident's eye or finger.
 */
export function PwaPrompts({ path }: { path: string }) {
  const [updateWaiting, setUpdateWaiting] = useState(false);
  const [updating, setUpdating] = useState(false);
  const [askPersist, setAskPersist] = useState(false);
  const [installHint, setInstallHint] = useState<InstallHintKind>(currentInstallHint);

  useEffect(() => onUpdateWaiting(() => setUpdateWaiting(true)), []);
  useEffect(() => {
    const update = () => setInstallHint(currentInstallHint());
    return onInstallOfferChanged(update);
  }, []);
  // the first queued change is when keeping data on the phone starts to matter
  useEffect(
    () =>
      onOutboxChanged(() => {
        shouldAskToPersist(navigator.storage, wasAnswered('persist')).then(setAskPersist, (error: unknown) =>
          console.warn('could not read whether storage is kept', error),
        );
      }),
    [],
  );

  const answer = (name: OfferName) => {
    rememberAnswered(name);
    if (name === 'persist') setAskPersist(false);
    else setInstallHint(null);
  };
  const onUpdate = () => {
    setUpdating(true);
    applyUpdate();
  };

  const wanted = askPersist ? 'persist' : installHint;
  // decided while drawing, so the offer comes with the new screen's first frame, not one later
  const screen = useRef({ path, offer: null as typeof wanted });
  if (screen.current.path !== path) screen.current = { path, offer: wanted };
  const shown = wanted === screen.current.offer ? wanted : null;

  if (updateWaiting) return <UpdateBanner updating={updating} onUpdate={onUpdate} />;
  if (shown === 'persist') {
    const onAllow = () => {
      answer('persist');
      persistStorage(navigator.storage).catch((error: unknown) => console.warn('could not ask to keep storage', error));
    };
    return (
      <OfferCard label={t('pwa.persistLabel')} actionLabel={t('pwa.persistAllow')} onAction={onAllow} onDismiss={() => answer('persist')}>
        <p>{t('pwa.persistWhy')}</p>
      </OfferCard>
    );
  }
  if (shown === 'prompt') {
    const onInstall = () => {
      answer('install');
      promptInstall().catch((error: unknown) => console.warn('the install dialog failed', error));
    };
    return (
      <OfferCard label={t('pwa.installLabel')} actionLabel={t('pwa.install')} onAction={onInstall} onDismiss={() => answer('install')}>
        <p>{t('pwa.installWhy')}</p>
      </OfferCard>
    );
  }
  if (shown === 'ios') {
    return (
      <OfferCard label={t('pwa.installLabel')} onDismiss={() => answer('install')}>
        <p>{t('pwa.installWhy')}</p>
        <IosInstallHint />
      </OfferCard>
    );
  }
  return null;
}

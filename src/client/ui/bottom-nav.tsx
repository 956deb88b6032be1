import { t, type MessageKey } from '../i18n/t';

/** The tab bar at the bottom: one or more tabs per service; preact-iso follows the links in-app. */
export function BottomNav({ items, path }: { items: readonly { path: string; label: MessageKey }[]; path: string }) {
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a href={item.path} aria-current={path === item.path ? 'page' : undefined}>
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

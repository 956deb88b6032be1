import type { ComponentChildren } from 'preact';

/** A strip across the screen that draws attention; `alert` ones are read out as they appear. */
export function Banner({ tone, title, children }: { tone: 'warning' | 'info'; title: string; children?: ComponentChildren }) {
  return (
    <div class={`banner banner-${tone}`} role={tone === 'warning' ? 'alert' : 'status'}>
      <p class="banner-title">{title}</p>
      {children}
    </div>
  );
}

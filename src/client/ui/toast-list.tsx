import { t } from '../i18n/t';

import type { Toast } from '../state/ui-slice';

/** Short messages after an action; errors are read out at once, others politely. */
export function ToastList({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  if (toasts.length === 0) return null;
  return (
    <ul class="toasts">
      {toasts.map((toast) => (
        <li key={toast.id} class={`toast toast-${toast.tone}`}>
          {/* the live role sits inside the item: on the <li> it would hide the item from the list */}
          <span role={toast.tone === 'error' ? 'alert' : 'status'}>{toast.text}</span>
          <button type="button" class="toast-close" aria-label={t('toast.close')} onClick={() => onDismiss(toast.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

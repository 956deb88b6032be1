import type { ComponentChildren, JSX } from 'preact';

/** Props of Button: the native button's, plus a visual kind. */
export type ButtonProps = JSX.HTMLAttributes<HTMLButtonElement> & {
  kind?: 'primary' | 'secondary' | 'danger';
  type?: 'button' | 'submit';
  disabled?: boolean;
  children: ComponentChildren;
};

/** A large (≥ 48 px) button; `type` defaults to "button" so it never submits by accident. */
export function Button({ kind = 'primary', type = 'button', class: cls, children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} class={`btn btn-${kind}${cls ? ` ${String(cls)}` : ''}`}>
      {children}
    </button>
  );
}

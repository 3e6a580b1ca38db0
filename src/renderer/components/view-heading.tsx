import type { ComponentChildren } from 'preact';

/**
 * A view's heading: the place keyboard focus moves to when the view opens,
 * so screen readers announce where the user is. Visually hidden where the
 * view's first card already says it.
 */
export function ViewHeading({ children, hidden = false }: { readonly children: ComponentChildren; readonly hidden?: boolean }) {
  return (
    <h1 class={hidden ? 'visually-hidden' : 'view-heading'} tabIndex={-1} data-view-heading="">
      {children}
    </h1>
  );
}

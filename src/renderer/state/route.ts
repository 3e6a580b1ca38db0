import { signal } from '@preact/signals';
import type { NavigateTarget } from '../../shared/app-snapshot.ts';

/** What the window shows: main's navigate targets plus the support report. */
export type Route = NavigateTarget | { readonly view: 'report'; readonly serviceId?: string };

/** The current view. */
export const route = signal<Route>({ view: 'overview' });

/** Bumped on each navigation the user or main asked for, so the view can take focus. */
export const navigations = signal(0);

/** Shows a view and moves keyboard focus to its heading. */
export function navigate(next: Route): void {
  route.value = next;
  navigations.value += 1;
}

import { words } from '../i18n/dictionary.ts';
import { navigate, route, type Route } from '../state/route.ts';

const ITEMS = ['overview', 'verdict', 'report', 'settings'] as const;

/** The window's sections; the current one is marked for screen readers too (aria-current). */
export function NavBar() {
  const t = words.value.nav;
  const current: Route['view'] = route.value.view === 'service' ? 'overview' : route.value.view;
  return (
    <nav class="nav" aria-label={t.label}>
      <ul class="nav__list">
        {ITEMS.map((item) => (
          <li key={item}>
            <button type="button" class="nav__item" aria-current={current === item ? 'page' : undefined} onClick={() => navigate({ view: item })}>
              {t[item]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

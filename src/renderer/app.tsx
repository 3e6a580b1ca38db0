import { useEffect, useLayoutEffect } from 'preact/hooks';
import { AppHeader } from './components/app-header.tsx';
import { NavBar } from './components/nav-bar.tsx';
import { StateIcon } from './components/state-icon.tsx';
import { language, words } from './i18n/dictionary.ts';
import { bridgeError, snapshot } from './state/app-state.ts';
import { navigations, route } from './state/route.ts';
import { OverviewView } from './views/overview-view.tsx';
import { ReportView } from './views/report-view.tsx';
import { ServiceDetailView } from './views/service-view.tsx';
import { SettingsScreen } from './views/settings/settings-view.tsx';
import { VerdictView } from './views/verdict-view.tsx';

function CurrentView() {
  const current = snapshot.value;
  const t = words.value;
  if (!current) {
    return (
      <div class="view view--starting">
        <h1 class="view-heading" tabIndex={-1} data-view-heading="">
          <StateIcon kind="checking" size={24} /> {bridgeError.value ? t.app.error(bridgeError.value) : t.app.starting}
        </h1>
      </div>
    );
  }
  const at = route.value;
  switch (at.view) {
    case 'overview':
      return <OverviewView snapshot={current} />;
    case 'verdict':
      return <VerdictView snapshot={current} />;
    case 'service':
      return <ServiceDetailView key={at.serviceId} snapshot={current} serviceId={at.serviceId} />;
    case 'report':
      return <ReportView snapshot={current} {...(at.serviceId ? { serviceId: at.serviceId } : {})} />;
    case 'settings':
      return <SettingsScreen snapshot={current} />;
  }
}

/** The window: header, sections, and the current view. */
export function App() {
  const t = words.value;
  const lang = language.value;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.app.name;
  }, [lang]);
  // After a navigation, focus goes to the new view's heading so keyboard and screen reader users land there;
  // before paint, so the next key press already starts from it.
  useLayoutEffect(() => {
    if (navigations.value === 0) return;
    document.querySelector<HTMLElement>('[data-view-heading]')?.focus();
    window.scrollTo(0, 0);
  }, [navigations.value]);
  return (
    <div class="app">
      <a class="skip-link" href="#content">
        {t.app.skipToContent}
      </a>
      <AppHeader snapshot={snapshot.value} />
      <NavBar />
      <main id="content" class="content" tabIndex={-1}>
        <CurrentView />
      </main>
    </div>
  );
}

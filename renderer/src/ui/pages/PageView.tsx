import { lazy, Suspense, useEffect } from 'react';
import type { Route } from '../hooks/useRoute';
import { ImportPage } from './ImportPage';
import { ItemsPage } from './ItemsPage';
import { OverviewPage } from './OverviewPage';
import { PeoplePage } from './PeoplePage';
import { SettingsPage } from './SettingsPage';
import { SharePage } from './SharePage';
import { TimelinePage } from './TimelinePage';

/** Its charts need the chart library, which the first pages do not: loaded when it is opened. */
const ExposurePage = lazy(() =>
  import('./ExposurePage').then((module) => ({ default: module.ExposurePage })),
);

export function PageView({ route }: { route: Route }) {
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.page]);
  switch (route.page) {
    case 'import':
      return <ImportPage />;
    case 'overview':
      return <OverviewPage />;
    case 'timeline':
      return <TimelinePage />;
    case 'people':
      return <PeoplePage />;
    case 'items':
      return <ItemsPage />;
    case 'exposure':
      return (
        <Suspense fallback={null}>
          <ExposurePage />
        </Suspense>
      );
    case 'share':
      return <SharePage />;
    case 'settings':
      return <SettingsPage />;
  }
}

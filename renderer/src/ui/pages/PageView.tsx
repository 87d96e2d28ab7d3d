import { useEffect } from 'react';
import type { Route } from '../hooks/useRoute';
import { ExposurePage } from './ExposurePage';
import { ImportPage } from './ImportPage';
import { ItemsPage } from './ItemsPage';
import { OverviewPage } from './OverviewPage';
import { PeoplePage } from './PeoplePage';
import { SettingsPage } from './SettingsPage';
import { SharePage } from './SharePage';
import { TimelinePage } from './TimelinePage';

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
      return <ExposurePage />;
    case 'share':
      return <SharePage />;
    case 'settings':
      return <SettingsPage />;
  }
}

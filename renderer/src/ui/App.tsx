import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/preload/api';
import { platform } from '../platform';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, []);
  return (
    <div className="app-shell">
      <header className="app-header">
        <h1>Loupe</h1>
        <p className="tagline">Audit your own social feed, privately and offline.</p>
      </header>
      <main>
        <p data-testid="privacy-status">Nothing leaves this computer.</p>
        {info && (
          <p data-testid="app-info">
            {info.name} {info.version} · {info.platform} ·{' '}
            {info.crossOriginIsolated ? 'isolated' : 'not isolated'}
          </p>
        )}
      </main>
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLocale } from './ui/i18n';
import { App } from './ui/App';
import { prefetchReportFacts } from './ui/services/report-data';
import './ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
prefetchReportFacts();
await initI18n(preferredLocale(navigator.languages));
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { useTranslation } from 'react-i18next';
import { hrefFor, PAGES, type PageId } from '../hooks/useRoute';

export function Nav({ current }: { current: PageId }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {PAGES.map((page) => (
          <li key={page}>
            <a
              href={hrefFor(page)}
              aria-current={page === current ? 'page' : undefined}
              data-testid={`nav-${page}`}
            >
              {t(`nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

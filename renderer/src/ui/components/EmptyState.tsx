import { useTranslation } from 'react-i18next';
import { hrefFor } from '../hooks/useRoute';

export function EmptyState({ loading = false }: { loading?: boolean }) {
  const { t } = useTranslation();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="card" data-testid="empty-state">
      <p>{t('common.noData')}</p>
      <a className="button" href={hrefFor('import')}>
        {t('nav.import')}
      </a>
    </section>
  );
}

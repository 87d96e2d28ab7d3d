import { useTranslation } from 'react-i18next';
import { formatNumber, formatShare } from '../i18n/format';
import { hrefFor } from '../hooks/useRoute';
import type { ItemParams } from '../services/item-filter-params';

/** A count (and share) that links to the items behind it. */
export function CountLink({
  count,
  share,
  params,
  testId,
}: {
  count: number;
  share?: number | null;
  params: ItemParams;
  testId?: string;
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <a href={hrefFor('items', params)} data-testid={testId} data-count={count}>
      {formatNumber(locale, count)}
      {share !== undefined && share !== null && (
        <span className="muted"> ({formatShare(locale, share)})</span>
      )}
    </a>
  );
}

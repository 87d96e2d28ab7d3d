import { lazy, Suspense, type ComponentProps } from 'react';
import type { TrendChart } from './TrendChart';

const Chart = lazy(() => import('./TrendChart').then((module) => ({ default: module.TrendChart })));

/** The trend chart, its chart library loaded after the page's numbers have painted. */
export function LazyTrendChart(props: ComponentProps<typeof TrendChart>) {
  return (
    <Suspense fallback={<div className="chart-loading" aria-busy="true" />}>
      <Chart {...props} />
    </Suspense>
  );
}

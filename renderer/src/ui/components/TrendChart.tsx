import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  Brush,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Label } from '../../core/model';
import type { DirectionKey, MonthKey, ReportModel } from '../../core/report';
import { formatMonth, formatNumber } from '../i18n/format';
import { ChartOrTable, DataTable } from './ChartOrTable';
import { CountLink } from './Share';

export const LABEL_COLOURS: Readonly<Record<Label, string>> = {
  divisive: '#a4372b',
  hate: '#6e1f17',
  offensive: '#c9624f',
  polarising: '#e49a7d',
  misleading: '#8a5a00',
  false_claim: '#5c3d00',
  clickbait: '#c28a1e',
  conspiracy: '#e2b95a',
};

interface TrendChartProps {
  report: ReportModel;
  labels: readonly Label[];
  direction: DirectionKey;
  compact?: boolean;
  /** Called with the months the brush selects (timeline page only). */
  onBrush?: (range: { from: MonthKey; to: MonthKey } | null) => void;
}

/** Monthly flagged counts per label, stacked, with the same numbers as a table. */
export function TrendChart({ report, labels, direction, compact = false, onBrush }: TrendChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const months = report.trend.byDirection[direction];
  const data = months.map((month) => ({
    month: month.month,
    ...Object.fromEntries(labels.map((label) => [label, month.flagged[label]])),
  }));
  const directionParams = direction === 'all' ? {} : { direction };
  const chart = (
    <ResponsiveContainer width="100%" height={compact ? 220 : 340}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={(month: string) => formatMonth(locale, month)} />
        <YAxis allowDecimals={false} tickFormatter={(value: number) => formatNumber(locale, value)} />
        <Tooltip
          labelFormatter={(month) => formatMonth(locale, String(month))}
          formatter={(value, name) => [formatNumber(locale, Number(value)), t(`labels.${String(name)}`)]}
        />
        <Legend formatter={(name) => t(`labels.${String(name)}`)} />
        {labels.map((label) => (
          <Bar
            key={label}
            dataKey={label}
            stackId="flags"
            fill={LABEL_COLOURS[label]}
            isAnimationActive={false}
          />
        ))}
        {onBrush && data.length > 1 && (
          <Brush
            dataKey="month"
            height={24}
            tickFormatter={(month: string) => formatMonth(locale, month)}
            onChange={(range: { startIndex?: number; endIndex?: number }) => {
              const from = data[range.startIndex ?? 0]?.month;
              const to = data[range.endIndex ?? data.length - 1]?.month;
              const whole =
                (range.startIndex ?? 0) === 0 && (range.endIndex ?? data.length - 1) === data.length - 1;
              onBrush(whole || !from || !to ? null : { from, to });
            }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
  const table = (
    <DataTable
      caption={t('timeline.tableCaption')}
      rowKey={(row) => row.month}
      rows={months}
      columns={[
        { key: 'month', header: t('common.month'), render: (row) => formatMonth(locale, row.month) },
        {
          key: 'items',
          header: t('common.total'),
          numeric: true,
          render: (row) => formatNumber(locale, row.items),
        },
        ...labels.map((label) => ({
          key: label,
          header: t(`labels.${label}`),
          numeric: true,
          render: (row: (typeof months)[number]) => (
            <CountLink
              count={row.flagged[label]}
              share={row.shares[label]}
              params={{ ...directionParams, label, from: row.month, to: row.month }}
            />
          ),
        })),
      ]}
    />
  );
  return (
    <ChartOrTable
      title={compact ? t('overview.trend') : t('timeline.chartTitle')}
      chart={months.length === 0 ? <p className="muted">{t('timeline.noDates')}</p> : chart}
      table={table}
    />
  );
}

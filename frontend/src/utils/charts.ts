import type { BarSeriesOption, GaugeSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'

import type { AreaPerCapita, BreakdownRow, MonthFigures } from '@/api/stats'

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | MarkLineComponentOption
>

/** Decimal strings from the API, as numbers for drawing only (figures shown as text stay strings). */
function plot(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}

const GRID = { left: 8, right: 8, top: 40, bottom: 8, containLabel: true }
/** Room at the bar ends for the value labels, and no legend: a chart of one measure says it in its title. */
const BAR_GRID = { left: 8, right: 36, top: 12, bottom: 8, containLabel: true }
/** Category names on a phone: cut to one line of this width rather than drawn over each other. */
const CATEGORY_LABEL = { interval: 0, width: 84, overflow: 'truncate' as const }

type Figures = { events?: number | null; attendance?: number | null }

/** "<category>: 5 events · 1,200 person-times": the second measure, which the chart does not draw. */
function bothFigures(rows: Figures[], names: string[], labels: { events: string; attendance: string }) {
  return (params: unknown) => {
    const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number }
    const row = rows[first.dataIndex]
    if (!row) return ''
    return `${names[first.dataIndex]}<br/>${labels.attendance}: ${row.attendance ?? 0}<br/>${labels.events}: ${row.events ?? 0}`
  }
}

/** Participants in person-times per month, one scale; the events held show in the tooltip. */
export function monthlyOption(months: MonthFigures[], labels: { events: string; attendance: string }): ChartOption {
  const names = months.map((m) => m.month.slice(5))
  return {
    tooltip: { trigger: 'axis', formatter: bothFigures(months, names, labels) },
    grid: { ...BAR_GRID, right: 8, top: 24 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', name: labels.attendance, minInterval: 1 },
    series: [{ type: 'bar', name: labels.attendance, data: months.map((m) => m.attendance ?? 0), barMaxWidth: 28 }],
  }
}

/** Person-times for each row of a breakdown, as horizontal bars (names stay readable on a phone) on
 * one scale; the events held show in the tooltip. */
export function breakdownOption(
  rows: BreakdownRow[],
  labels: { events: string; attendance: string },
  options: { limit?: number } = {},
): ChartOption {
  const sorted = [...rows]
    .sort((a, b) => (b.attendance ?? 0) - (a.attendance ?? 0))
    .slice(0, options.limit ?? rows.length)
    .reverse() // the largest on top
  const names = sorted.map((row) => row.label)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: bothFigures(sorted, names, labels) },
    grid: BAR_GRID,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, axisLabel: CATEGORY_LABEL },
    series: [
      {
        type: 'bar',
        name: labels.attendance,
        data: sorted.map((row) => row.attendance ?? 0),
        label: { show: true, position: 'right' },
        barMaxWidth: 28,
      },
    ],
  }
}

/** Yuan per resident for each area, all funding and special funds (one scale, both yuan), as
 * horizontal bars against the target line. */
export function perCapitaOption(
  areas: AreaPerCapita[],
  target: string,
  labels: { all: string; special: string; target: string },
): ChartOption {
  const targetValue = plot(target) ?? 0
  const ordered = [...areas].reverse() // the first area on top
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { ...GRID, right: 16 },
    yAxis: { type: 'category', data: ordered.map((a) => a.area.name), axisLabel: CATEGORY_LABEL },
    // The axis reaches past the target, so its line shows even when every area is below it.
    xAxis: { type: 'value', name: '¥', max: (extent: { max: number }) => Math.max(extent.max, targetValue * 1.2) },
    series: [
      {
        type: 'bar',
        name: labels.all,
        data: ordered.map((a) => plot(a.all_funding.per_capita)),
        barMaxWidth: 24,
        markLine: {
          symbol: 'none',
          label: { formatter: `${labels.target} ¥${target}`, position: 'end' },
          lineStyle: { color: '#c45656', type: 'dashed' },
          data: [{ xAxis: targetValue }],
        },
      },
      { type: 'bar', name: labels.special, data: ordered.map((a) => plot(a.special_funding.per_capita)), barMaxWidth: 24 },
    ],
  }
}

/** Shares of a whole. Names and percentages go in the legend and the tooltip, not around the ring,
 * where on a phone they ran into each other; slices of nothing are left out. */
export function pieOption(items: Array<{ name: string; value: number }>): ChartOption {
  const shown = items.filter((item) => item.value > 0)
  const total = shown.reduce((sum, item) => sum + item.value, 0)
  const share = (name: string) => {
    const value = shown.find((item) => item.name === name)?.value ?? 0
    return total ? Math.round((value / total) * 100) : 0
  }
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll', formatter: (name: string) => `${name} ${share(name)}%` },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '42%'],
        data: shown,
        label: { show: false },
      },
    ],
  }
}

/** Percent of the per-capita target reached, on a 0–150 % dial. */
export function gaugeOption(percent: string | null, label: string): ChartOption {
  const value = plot(percent) ?? 0
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 150,
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        axisLabel: { distance: 18, fontSize: 10 },
        splitNumber: 3,
        pointer: { show: true, length: '60%' },
        detail: { valueAnimation: true, formatter: '{value}%', fontSize: 20, offsetCenter: [0, '70%'] },
        title: { offsetCenter: [0, '95%'], fontSize: 12 },
        data: [{ value, name: label }],
      },
    ],
  }
}

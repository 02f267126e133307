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

/** Events (bars) and participants in person-times (line) per month. */
export function monthlyOption(months: MonthFigures[], labels: { events: string; attendance: string }): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: months.map((m) => m.month.slice(5)) },
    yAxis: [
      { type: 'value', name: labels.events, minInterval: 1 },
      { type: 'value', name: labels.attendance, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: labels.events, data: months.map((m) => m.events), yAxisIndex: 0 },
      { type: 'line', name: labels.attendance, data: months.map((m) => m.attendance), yAxisIndex: 1, smooth: true },
    ],
  }
}

/** Events and person-times for each row of a breakdown; horizontal when there are many rows. */
export function breakdownOption(
  rows: BreakdownRow[],
  labels: { events: string; attendance: string },
  options: { horizontal?: boolean; limit?: number } = {},
): ChartOption {
  const sorted = [...rows].sort((a, b) => (b.attendance ?? 0) - (a.attendance ?? 0)).slice(0, options.limit ?? rows.length)
  const categories = sorted.map((row) => row.label)
  const horizontal = options.horizontal ?? false
  const category = { type: 'category' as const, data: horizontal ? [...categories].reverse() : categories, axisLabel: { interval: 0, width: 90, overflow: 'truncate' as const } }
  const values = (pick: (row: BreakdownRow) => number) => {
    const data = sorted.map(pick)
    return horizontal ? data.reverse() : data
  }
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: GRID,
    xAxis: horizontal
      ? [
          { type: 'value', minInterval: 1, position: 'bottom' },
          { type: 'value', minInterval: 1, position: 'top', splitLine: { show: false } },
        ]
      : category,
    yAxis: horizontal ? category : [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
    series: [
      {
        type: 'bar',
        name: labels.events,
        data: values((row) => row.events ?? 0),
        ...(horizontal ? { xAxisIndex: 0 } : { yAxisIndex: 0 }),
      },
      {
        type: 'bar',
        name: labels.attendance,
        data: values((row) => row.attendance ?? 0),
        ...(horizontal ? { xAxisIndex: 1 } : { yAxisIndex: 1 }),
      },
    ],
  }
}

/** Yuan per resident for each area, all funding and special funds, against the target line. */
export function perCapitaOption(
  areas: AreaPerCapita[],
  target: string,
  labels: { all: string; special: string; target: string },
): ChartOption {
  const targetValue = plot(target) ?? 0
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: areas.map((a) => a.area.name), axisLabel: { interval: 0, rotate: areas.length > 6 ? 40 : 0 } },
    // The axis reaches past the target, so its line shows even when every area is below it.
    yAxis: { type: 'value', name: '¥', max: (extent: { max: number }) => Math.max(extent.max, targetValue * 1.2) },
    series: [
      {
        type: 'bar',
        name: labels.all,
        data: areas.map((a) => plot(a.all_funding.per_capita)),
        markLine: {
          symbol: 'none',
          label: { formatter: `${labels.target} ¥${target}`, position: 'insideEndTop' },
          lineStyle: { color: '#f56c6c', type: 'dashed' },
          data: [{ yAxis: targetValue }],
        },
      },
      { type: 'bar', name: labels.special, data: areas.map((a) => plot(a.special_funding.per_capita)) },
    ],
  }
}

export function pieOption(items: Array<{ name: string; value: number }>): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data: items,
        label: { formatter: '{b}\n{d}%' },
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

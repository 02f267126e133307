import { describe, expect, it } from 'vitest'

import type { AreaPerCapita, BreakdownRow, MonthFigures } from '@/api/stats'
import { breakdownOption, monthlyOption, perCapitaOption, pieOption } from '@/utils/charts'

const LABELS = { events: 'Events', attendance: 'Person-times' }

function block(perCapita: string | null) {
  return {
    amount: '0.00',
    per_capita: perCapita,
    percent_of_target: null,
    missing_yuan: null,
    projected_year_end: null,
    projected_per_capita: null,
    projected_percent_of_target: null,
  }
}

describe('chart options', () => {
  it('orders a breakdown by person-times and keeps the top rows', () => {
    const rows: BreakdownRow[] = [
      { key: 'a', label: 'A', events: 1, attendance: 10 },
      { key: 'b', label: 'B', events: 5, attendance: 300 },
      { key: 'c', label: 'C', events: 2, attendance: 50 },
    ]
    const option = breakdownOption(rows, LABELS, { limit: 2 })
    // Horizontal, the largest on top (ECharts draws the first category at the bottom).
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['C', 'B'] })
    const series = option.series as Array<{ data: number[] }>
    expect(series).toHaveLength(1)
    expect(series[0]?.data).toEqual([50, 300])
  })

  it('draws one scale per chart, the other measure in the tooltip', () => {
    const rows: BreakdownRow[] = [{ key: 'a', label: 'A', events: 3, attendance: 120 }]
    const option = breakdownOption(rows, LABELS)
    expect(Array.isArray(option.xAxis)).toBe(false)
    expect(Array.isArray(option.yAxis)).toBe(false)
    const tooltip = option.tooltip as { formatter: (params: unknown) => string }
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe('A<br/>Person-times: 120<br/>Events: 3')
    const monthly = monthlyOption([{ month: '2026-03', events: 2, attendance: 80 } as MonthFigures], LABELS)
    expect(Array.isArray(monthly.yAxis)).toBe(false)
    expect(monthly.series).toHaveLength(1)
  })

  it('draws per-capita funding against the target line, leaving gaps where population is missing', () => {
    const areas: AreaPerCapita[] = [
      {
        area: { id: 2, name: '少先路街道', level: 'subdistrict' },
        population: 50000,
        population_year: 2025,
        population_basis: 'year_end',
        target_per_capita: '1.50',
        missing_population: [],
        all_funding: block('1.90'),
        special_funding: block('0.00'),
      },
      {
        area: { id: 3, name: '昆河镇', level: 'town' },
        population: null,
        population_year: null,
        population_basis: null,
        target_per_capita: '1.50',
        missing_population: ['昆河镇'],
        all_funding: block(null),
        special_funding: block(null),
      },
    ]
    const option = perCapitaOption(areas, '1.50', { all: 'All', special: 'Special', target: 'Target' })
    const series = option.series as Array<{ data: Array<number | null>; markLine?: { data: Array<{ xAxis: number }> } }>
    // Horizontal bars: the first area on top, the last at the bottom.
    expect(series[0]?.data).toEqual([null, 1.9])
    expect(series[0]?.markLine?.data[0]?.xAxis).toBe(1.5)
  })
})

describe('the materials ring', () => {
  it('leaves out empty slices and names the shares in the legend instead of around the ring', () => {
    const option = pieOption([
      { name: '宣传册', value: 30 },
      { name: '挂图', value: 90 },
      { name: '读本', value: 0 },
    ])
    const [series] = option.series as Array<{ data: unknown[]; label: { show: boolean } }>
    expect(series?.data).toHaveLength(2)
    expect(series?.label.show).toBe(false)
    const legend = option.legend as { formatter: (name: string) => string }
    expect(legend.formatter('挂图')).toBe('挂图 75%')
  })
})

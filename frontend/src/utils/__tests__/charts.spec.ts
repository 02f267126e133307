import { describe, expect, it } from 'vitest'

import type { AreaPerCapita, BreakdownRow } from '@/api/stats'
import { breakdownOption, perCapitaOption } from '@/utils/charts'

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
    expect(option.xAxis).toMatchObject({ data: ['B', 'C'] })
    const series = option.series as Array<{ data: number[] }>
    expect(series[0]?.data).toEqual([5, 2])
    expect(series[1]?.data).toEqual([300, 50])
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
    const series = option.series as Array<{ data: Array<number | null>; markLine?: { data: Array<{ yAxis: number }> } }>
    expect(series[0]?.data).toEqual([1.9, null])
    expect(series[0]?.markLine?.data[0]?.yAxis).toBe(1.5)
  })
})

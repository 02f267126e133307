import { reactive } from 'vue'

import {
  statsApi,
  type Breakdown,
  type BreakdownDimension,
  type StatsQuery,
} from '@/api/stats'
import { useLoader } from '@/composables/useList'

/** One figure block of the dashboard: `data`, `loading`, `error`, `load` (refs unwrapped). */
function block<T>(fetch: (signal: AbortSignal) => Promise<T>) {
  return reactive(useLoader(fetch))
}

const BREAKDOWNS = ['setting', 'area', 'audience', 'activity_type', 'organization'] as const satisfies readonly BreakdownDimension[]
type DashboardBreakdown = (typeof BREAKDOWNS)[number]

/**
 * The staff dashboard's figures for one year and area. Each block loads on its own, so one failing
 * endpoint leaves the others on screen; a new query aborts the requests of the previous one.
 */
export function useDashboard(initial: StatsQuery) {
  const query = reactive<StatsQuery>({ ...initial })
  const yearOnly = (): StatsQuery => ({ year: query.year, area: query.area })
  const summary = block((signal) => statsApi.summary({ ...query }, signal))
  const timeseries = block((signal) => statsApi.timeseries({ ...query }, signal))
  const perCapita = block((signal) => statsApi.perCapita(yearOnly(), signal))
  const scorecard = block((signal) => statsApi.scorecard(yearOnly(), signal))
  const breakdowns = Object.fromEntries(
    BREAKDOWNS.map((by) => [by, block((signal) => statsApi.breakdown({ ...query }, by, signal))]),
  ) as Record<DashboardBreakdown, ReturnType<typeof block<Breakdown>>>

  function load(): Promise<void> {
    const blocks = [summary, timeseries, perCapita, scorecard, ...Object.values(breakdowns)]
    return Promise.all(blocks.map((item) => item.load())).then(() => undefined)
  }

  return { query, summary, timeseries, breakdowns, perCapita, scorecard, load }
}

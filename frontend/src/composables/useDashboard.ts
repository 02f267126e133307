import { reactive, shallowReactive } from 'vue'

import {
  statsApi,
  type Breakdown,
  type BreakdownDimension,
  type PerCapita,
  type Scorecard,
  type StatsQuery,
  type Summary,
  type Timeseries,
} from '@/api/stats'

export interface Block<T> {
  data: T | null
  loading: boolean
  error: unknown
}

function block<T>(): Block<T> {
  return shallowReactive<Block<T>>({ data: null, loading: false, error: null })
}

async function fill<T>(target: Block<T>, load: () => Promise<T>, isCurrent: () => boolean): Promise<void> {
  target.loading = true
  target.error = null
  try {
    const data = await load()
    if (isCurrent()) target.data = data
  } catch (error) {
    if (isCurrent()) {
      target.data = null
      target.error = error
    }
  } finally {
    if (isCurrent()) target.loading = false
  }
}

const BREAKDOWNS = ['setting', 'area', 'audience', 'activity_type', 'organization'] as const satisfies readonly BreakdownDimension[]
type DashboardBreakdown = (typeof BREAKDOWNS)[number]

/**
 * The staff dashboard's figures for one year and area. Each block loads on its own, so one failing
 * endpoint leaves the others on screen.
 */
export function useDashboard(initial: StatsQuery) {
  const query = reactive<StatsQuery>({ ...initial })
  const summary = block<Summary>()
  const timeseries = block<Timeseries>()
  const perCapita = block<PerCapita>()
  const scorecard = block<Scorecard>()
  const breakdowns = Object.fromEntries(BREAKDOWNS.map((by) => [by, block<Breakdown>()])) as Record<
    DashboardBreakdown,
    Block<Breakdown>
  >
  let generation = 0

  function load(): Promise<void> {
    const current = ++generation
    const isCurrent = () => current === generation
    const q: StatsQuery = { ...query }
    const yearOnly: StatsQuery = { year: q.year, area: q.area }
    return Promise.all([
      fill(summary, () => statsApi.summary(q), isCurrent),
      fill(timeseries, () => statsApi.timeseries(q), isCurrent),
      ...BREAKDOWNS.map((by) => fill(breakdowns[by], () => statsApi.breakdown(q, by), isCurrent)),
      fill(perCapita, () => statsApi.perCapita(yearOnly), isCurrent),
      fill(scorecard, () => statsApi.scorecard(yearOnly), isCurrent),
    ]).then(() => undefined)
  }

  return { query, summary, timeseries, breakdowns, perCapita, scorecard, load }
}

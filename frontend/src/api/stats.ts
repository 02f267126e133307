import type { operations } from './schema'
import { api, buildUrl, unwrap, type Schemas } from './client'
import type { AreaLevel } from './choices'

type ApiStatsQuery = NonNullable<operations['stats_summary_retrieve']['parameters']['query']>

/**
 * The slice and period every statistics endpoint takes; `area` includes its sub-areas. Empty filters
 * (`null`, `''`) mean "no filter" and are left out of the request.
 */
export type StatsQuery = Omit<ApiStatsQuery, 'area' | 'setting' | 'activity_type'> & {
  area?: number | null
  setting?: ApiStatsQuery['setting'] | ''
  activity_type?: ApiStatsQuery['activity_type'] | ''
}

export interface StatsPeriod {
  start: string
  end: string
  provisional: boolean
  area: { id: number; name: string } | null
}

export interface ActivityFigures {
  events: number
  events_offline: number
  events_online: number
  events_mixed: number
  checked_in: number
  walk_ins: number
  attendance: number
  attendance_offline: number
  attendance_online: number
  attendance_mixed: number
}

export interface Summary {
  period: StatsPeriod
  events: { events: number; events_offline: number; events_online: number; events_mixed: number; large_scale: number }
  attendance: {
    checked_in: number
    walk_ins: number
    attendance: number
    attendance_offline: number
    attendance_online: number
    attendance_mixed: number
  }
  registrations: {
    registrations: number
    confirmed: number
    waitlisted: number
    cancelled: number
    attended: number
    /** A fraction (0.1676 = 16.76 %), null when nobody was confirmed. */
    no_show_rate: number | null
  }
  participants: { unique_participants: number; repeat_participants: number }
  materials: {
    total: number
    by_kind: Array<{ key: string; label: string; quantity: number }>
    by_material: Array<{ key: number; label: string; kind: string; kind_label: string; unit: string; quantity: number }>
  }
  funding: {
    raised: string
    by_source: Record<string, string>
    spent: string
    by_category: Record<string, string>
  }
  targets?: Record<string, unknown> | null
}

export interface MonthFigures extends ActivityFigures {
  /** `YYYY-MM` */
  month: string
  materials: number
  raised: string
  special: string
  spent: string
}

export interface Timeseries {
  period: StatsPeriod
  months: MonthFigures[]
}

export const BREAKDOWN_DIMENSIONS = [
  'setting',
  'area',
  'activity_type',
  'audience',
  'organization',
  'mode',
  'material',
  'material_kind',
  'source',
  'category',
] as const
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number]

export interface BreakdownRow extends Partial<ActivityFigures> {
  key: string | number
  /** In the request's language. */
  label: string
  large_scale?: number
  quantity?: number
  amount?: string
  [figure: string]: unknown
}

export interface Breakdown {
  period: StatsPeriod
  by: BreakdownDimension
  rows: BreakdownRow[]
}

/** Money figures are decimal strings; null where a population is missing. */
export type FundingBlock = Schemas['FundingBlock']
export interface AreaPerCapita extends Omit<Schemas['AreaPerCapita'], 'area'> {
  area: { id: number; name: string; level: AreaLevel }
}

export interface PerCapita extends Omit<Schemas['PerCapita'], 'area' | 'areas'> {
  area: AreaPerCapita['area']
  areas: AreaPerCapita[]
}

export interface ScorecardRule {
  value: number | string | null
  required: number | string
  passed: boolean | null
}

export interface ScorecardCommunity {
  area: { id: number; name: string; level: AreaLevel }
  population: number | null
  missing_population: string[]
  events: number
  lectures: number
  attendance: number
  funding_raised: string
  rules: Record<string, ScorecardRule>
  on_track: boolean
}

export interface Scorecard {
  year: number
  rules: Record<string, unknown>
  communities: ScorecardCommunity[]
  on_track: number
}

export type PublicSummary = Schemas['PublicSummary']
/** The yearly return's tables, as its files hold them, in the survey's order. */
export type AnnualTables = Schemas['AnnualTables']
export type AnnualTable = Schemas['ReturnTable']
export type AnnualFormat = 'json' | 'xlsx' | 'csv' | 'pdf'
export interface AnnualQuery {
  area?: number | null
  provisional?: boolean
}

/** The query without its empty values; `provisional` only when asked for. */
function query(q: StatsQuery): ApiStatsQuery {
  const clean: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(q)) {
    if (value !== null && value !== '' && value !== undefined) clean[key] = value
  }
  if (!q.provisional) delete clean.provisional
  return clean as ApiStatsQuery
}

/** The schema documents the blocks of these answers only as objects; the shapes above name their fields. */
function readAs<T>(data: unknown): T {
  return data as T
}

export const statsApi = {
  summary: async (q: StatsQuery, signal?: AbortSignal) =>
    readAs<Summary>(await unwrap(api.GET('/api/v1/stats/summary/', { params: { query: query(q) }, signal }))),
  timeseries: async (q: StatsQuery, signal?: AbortSignal) =>
    readAs<Timeseries>(await unwrap(api.GET('/api/v1/stats/timeseries/', { params: { query: query(q) }, signal }))),
  breakdown: async (q: StatsQuery, by: BreakdownDimension, signal?: AbortSignal) =>
    readAs<Breakdown>(
      await unwrap(api.GET('/api/v1/stats/breakdown/', { params: { query: { ...query(q), by } }, signal })),
    ),
  perCapita: async (q: StatsQuery, signal?: AbortSignal) =>
    readAs<PerCapita>(await unwrap(api.GET('/api/v1/stats/per-capita/', { params: { query: query(q) }, signal }))),
  scorecard: async (q: StatsQuery, signal?: AbortSignal) =>
    readAs<Scorecard>(await unwrap(api.GET('/api/v1/stats/scorecard/', { params: { query: query(q) }, signal }))),
  publicSummary: () => unwrap(api.GET('/api/v1/stats/public/')),
  exportUrl: (q: StatsQuery, format: 'csv' | 'xlsx') => buildUrl('/api/v1/stats/export/', { ...query(q), format }),
  annualReportUrl: (year: number, area: number | null | undefined, format: AnnualFormat, provisional = false) =>
    buildUrl(`/api/v1/reports/annual/${year}/`, { area, format, provisional: provisional || undefined }),
  annualTables: (year: number, q: AnnualQuery, signal?: AbortSignal) =>
    unwrap(
      api.GET('/api/v1/reports/annual/{year}/tables/', {
        params: { path: { year }, query: { area: q.area ?? undefined, provisional: q.provisional || undefined } },
        signal,
      }),
    ),
}

import { buildUrl, http } from './http'
import type { AreaLevel, Setting, ActivityType } from './types'

/** The slice and period every statistics endpoint takes; `area` includes its sub-areas. */
export interface StatsQuery {
  year?: number
  quarter?: number
  month?: number
  start?: string
  end?: string
  area?: number | null
  setting?: Setting | ''
  activity_type?: ActivityType | ''
  audience?: string
  organization?: number
  mode?: string
  /** Include events whose report is not accepted yet. */
  provisional?: boolean
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
export interface FundingBlock {
  amount: string
  per_capita: string | null
  percent_of_target: string | null
  missing_yuan: string | null
  projected_year_end: string | null
  projected_per_capita: string | null
  projected_percent_of_target: string | null
}

export interface AreaPerCapita {
  area: { id: number; name: string; level: AreaLevel }
  population: number | null
  target_per_capita: string
  missing_population: string[]
  message?: string
  all_funding: FundingBlock
  special_funding: FundingBlock
}

export interface PerCapita extends AreaPerCapita {
  year: number
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

export interface PublicSummary {
  year: number
  events: number
  attendance: number
  materials: number
}

function query(q: StatsQuery): Record<string, string | number | boolean | undefined | null> {
  return { ...q, provisional: q.provisional ? true : undefined }
}

export const statsApi = {
  summary: (q: StatsQuery) => http.get<Summary>('/api/v1/stats/summary/', { query: query(q) }),
  timeseries: (q: StatsQuery) => http.get<Timeseries>('/api/v1/stats/timeseries/', { query: query(q) }),
  breakdown: (q: StatsQuery, by: BreakdownDimension) =>
    http.get<Breakdown>('/api/v1/stats/breakdown/', { query: { ...query(q), by } }),
  perCapita: (q: StatsQuery) => http.get<PerCapita>('/api/v1/stats/per-capita/', { query: query(q) }),
  scorecard: (q: StatsQuery) => http.get<Scorecard>('/api/v1/stats/scorecard/', { query: query(q) }),
  publicSummary: () => http.get<PublicSummary>('/api/v1/stats/public/'),
  exportUrl: (q: StatsQuery, format: 'csv' | 'xlsx') => buildUrl('/api/v1/stats/export/', { ...query(q), format }),
  annualReportUrl: (year: number, area: number | null | undefined, format: 'json' | 'xlsx') =>
    buildUrl(`/api/v1/reports/annual/${year}/`, { area, format }),
}

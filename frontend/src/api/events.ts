import { http, listAll, type Page } from './http'
import type { ActivityType, Audience, EventStatus, KepuEvent, Setting } from './types'

export interface EventFilters {
  area?: number | null
  setting?: Setting | ''
  activity_type?: ActivityType | ''
  audience?: Audience | ''
  status?: EventStatus | ''
  organization?: number
  mode?: string
  /** `YYYY-MM-DD`, a Shanghai calendar day, included. */
  starts_after?: string
  /** `YYYY-MM-DD`, a Shanghai calendar day, included. */
  starts_before?: string
  q?: string
  /** Only published events that have not ended. */
  upcoming?: boolean
  /** Every state of the organizer's own organizations' events. */
  mine?: boolean
}

export interface EventListQuery extends EventFilters {
  page?: number
  page_size?: number
}

export const eventsApi = {
  list: (query: EventListQuery = {}, signal?: AbortSignal) =>
    http.get<Page<KepuEvent>>('/api/v1/events/', { query: { ...query }, signal }),
  /** Every event matching the filters, for bounded ranges such as one calendar month. */
  all: (query: EventFilters = {}) => listAll<KepuEvent>('/api/v1/events/', { ...query }, 5),
  get: (id: number, signal?: AbortSignal) => http.get<KepuEvent>(`/api/v1/events/${id}/`, { signal }),
}

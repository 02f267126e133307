import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'

import type { EventFilters } from '@/api/events'
import type { ActivityType, Audience, Setting } from '@/api/choices'
import type { FinderFilters } from '@/components/EventFilterBar.vue'

function text(query: LocationQuery, key: string): string {
  const value = query[key]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

export function filtersFromQuery(query: LocationQuery): FinderFilters {
  const area = Number(text(query, 'area'))
  return {
    q: text(query, 'q'),
    area: Number.isInteger(area) && area > 0 ? area : null,
    setting: text(query, 'setting'),
    activity_type: text(query, 'activity_type'),
    audience: text(query, 'audience'),
    from: text(query, 'from'),
    to: text(query, 'to'),
  }
}

export function filtersToQuery(filters: FinderFilters): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value !== null && value !== '') query[key] = String(value)
  }
  return query
}

/** The finder's filters as the API wants them; without a date range only upcoming events are listed. */
export function toApiFilters(filters: FinderFilters): EventFilters {
  const api: EventFilters = {
    q: filters.q || undefined,
    area: filters.area ?? undefined,
    setting: (filters.setting || undefined) as Setting | undefined,
    activity_type: (filters.activity_type || undefined) as ActivityType | undefined,
    audience: (filters.audience || undefined) as Audience | undefined,
  }
  // The API's date filters take Shanghai calendar days, both ends included.
  if (filters.from) api.starts_after = filters.from
  if (filters.to) api.starts_before = filters.to
  if (!filters.from && !filters.to) api.upcoming = true
  return api
}

/** The finder's filters live in the URL, so a filtered list can be shared and survives a reload. */
export function useFinderQuery() {
  const route = useRoute()
  const router = useRouter()
  const filters = computed<FinderFilters>({
    get: () => filtersFromQuery(route.query),
    set: (value) => {
      const keep: Record<string, string> = {}
      const view = text(route.query, 'view')
      if (view) keep.view = view
      void router.replace({ query: { ...keep, ...filtersToQuery(value) } })
    },
  })
  const view = computed<'list' | 'calendar'>({
    get: () => (text(route.query, 'view') === 'calendar' ? 'calendar' : 'list'),
    set: (value) => {
      const query = { ...route.query }
      if (value === 'calendar') query.view = 'calendar'
      else delete query.view
      void router.replace({ query })
    },
  })
  return { filters, view }
}

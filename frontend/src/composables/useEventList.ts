import { reactive, ref, shallowRef } from 'vue'

import { eventsApi, type EventFilters } from '@/api/events'
import type { KepuEvent } from '@/api/types'

export interface UseEventListOptions {
  /** Filters applied on every request; the user's filters are merged over them. */
  fixed?: EventFilters
  pageSize?: number
}

/** One list of events with its filters, page, loading and error state. */
export function useEventList(options: UseEventListOptions = {}) {
  const filters = reactive<EventFilters>({})
  const page = ref(1)
  const pageSize = ref(options.pageSize ?? 20)
  const events = shallowRef<KepuEvent[]>([])
  const count = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<unknown>(null)
  let controller: AbortController | null = null

  async function load(): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    loading.value = true
    error.value = null
    try {
      const result = await eventsApi.list(
        { ...options.fixed, ...filters, page: page.value, page_size: pageSize.value },
        current.signal,
      )
      events.value = result.results
      count.value = result.count
      loaded.value = true
    } catch (err) {
      if (current.signal.aborted) return
      error.value = err
    } finally {
      if (controller === current) {
        loading.value = false
        controller = null
      }
    }
  }

  /** Replaces the filters and goes back to the first page. */
  function applyFilters(next: EventFilters): Promise<void> {
    for (const key of Object.keys(filters) as Array<keyof EventFilters>) delete filters[key]
    Object.assign(filters, next)
    page.value = 1
    return load()
  }

  function goToPage(next: number): Promise<void> {
    page.value = next
    return load()
  }

  return { filters, page, pageSize, events, count, loading, loaded, error, load, applyFilters, goToPage }
}

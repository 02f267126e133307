import { reactive, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'

import type { Page } from '@/api/client'

export interface LoadOptions {
  /** Refresh without showing the loading state (the old data stays on screen meanwhile). */
  quiet?: boolean
}

export interface Loader<T> {
  data: ShallowRef<T | null>
  /** A request is under way (not for quiet refreshes). */
  loading: Ref<boolean>
  /** At least one request has succeeded. */
  loaded: Ref<boolean>
  /** The last request's failure, null once one succeeds; an aborted request is not a failure. */
  error: ShallowRef<unknown>
  load: (options?: LoadOptions) => Promise<void>
}

/**
 * Something loaded from the API, with loading and error state. `load` may be called again to
 * refresh; a newer call aborts the one still running, so only the latest answer is kept.
 */
export function useLoader<T>(fetch: (signal: AbortSignal) => Promise<T>): Loader<T> {
  const data = shallowRef<T | null>(null)
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<unknown>(null)
  let controller: AbortController | null = null

  async function load(options: LoadOptions = {}): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    if (!options.quiet) loading.value = true
    error.value = null
    try {
      const result = await fetch(current.signal)
      if (current.signal.aborted) return
      data.value = result
      loaded.value = true
    } catch (err) {
      if (!current.signal.aborted) error.value = err
    } finally {
      if (controller === current) {
        loading.value = false
        controller = null
      }
    }
  }

  return { data, loading, loaded, error, load }
}

export interface PageQuery {
  page: number
  page_size: number
}

export interface UseListOptions<F> {
  /** Filters sent with every request; the user's filters are merged over them. */
  fixed?: Partial<F>
  /** The user's filters to start with. */
  filters?: Partial<F>
  pageSize?: number
}

/**
 * One list page's data: the user's filters, the page, loading, abort and error state. `fetchPage`
 * (typically a list function of the API layer, such as `eventsApi.list`) receives the merged
 * filters with `page` and `page_size`, and the signal that aborts it.
 */
export function useList<T, Q extends Partial<PageQuery>>(
  fetchPage: (query: Q, signal: AbortSignal) => Promise<Page<T>>,
  options: UseListOptions<Omit<Q, keyof PageQuery>> = {},
) {
  type F = Omit<Q, keyof PageQuery>
  const filters = reactive({ ...options.filters }) as Partial<F>
  const page = ref(1)
  const pageSize = ref(options.pageSize ?? 20)
  const loader = useLoader((signal) =>
    fetchPage({ ...options.fixed, ...filters, page: page.value, page_size: pageSize.value } as unknown as Q, signal),
  )
  // Items are a ref of their own so a page can update one row in place (mark read, cancel…).
  const items = shallowRef<T[]>([])
  const count = ref(0)
  watch(
    loader.data,
    (result) => {
      if (!result) return
      items.value = result.results
      count.value = result.count
    },
    { flush: 'sync' },
  )

  /** Replaces the filters and goes back to the first page. */
  function applyFilters(next: Partial<F>): Promise<void> {
    for (const key of Object.keys(filters)) delete (filters as Record<string, unknown>)[key]
    Object.assign(filters, next)
    page.value = 1
    return loader.load()
  }

  function goToPage(next: number): Promise<void> {
    page.value = next
    return loader.load()
  }

  /** Back to the first page, same filters. */
  function reset(): Promise<void> {
    page.value = 1
    return loader.load()
  }

  const { loading, loaded, error, load } = loader
  return { filters, page, pageSize, items, count, loading, loaded, error, load, applyFilters, goToPage, reset }
}

import { ref, shallowRef } from 'vue'

import type { Page } from '@/api/http'

/** A paginated API list with loading and error state; `fetchPage` receives the page and an abort signal. */
export function usePagedList<T>(fetchPage: (page: number, pageSize: number, signal: AbortSignal) => Promise<Page<T>>, pageSize = 20) {
  const items = shallowRef<T[]>([])
  const count = ref(0)
  const page = ref(1)
  const size = ref(pageSize)
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<unknown>(null)
  let controller: AbortController | null = null

  async function load(options: { quiet?: boolean } = {}): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    if (!options.quiet) loading.value = true
    error.value = null
    try {
      const result = await fetchPage(page.value, size.value, current.signal)
      items.value = result.results
      count.value = result.count
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

  function goToPage(next: number): Promise<void> {
    page.value = next
    return load()
  }

  function reset(): Promise<void> {
    page.value = 1
    return load()
  }

  return { items, count, page, pageSize: size, loading, loaded, error, load, goToPage, reset }
}

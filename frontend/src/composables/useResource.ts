import { ref, shallowRef } from 'vue'

/** One record loaded from the API, with loading and error state; `load` may be called again to refresh. */
export function useResource<T>(loader: (signal: AbortSignal) => Promise<T>) {
  const data = shallowRef<T | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  let controller: AbortController | null = null

  async function load(options: { quiet?: boolean } = {}): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    if (!options.quiet) loading.value = true
    error.value = null
    try {
      data.value = await loader(current.signal)
    } catch (err) {
      if (!current.signal.aborted) error.value = err
    } finally {
      if (controller === current) {
        loading.value = false
        controller = null
      }
    }
  }

  return { data, loading, error, load }
}

import { describe, expect, it } from 'vitest'

import type { Page } from '@/api/client'
import { useList, useLoader } from '@/composables/useList'

interface Query {
  status?: string
  q?: string
  page?: number
  page_size?: number
}

/** A fake list endpoint whose answers the test releases one by one. */
function endpoint() {
  const calls: Array<{ query: Query; signal: AbortSignal; answer: (page: Page<string>) => void; fail: (error: unknown) => void }> = []
  const fetchPage = (query: Query, signal: AbortSignal) =>
    new Promise<Page<string>>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
      calls.push({ query, signal, answer: resolve, fail: reject })
    })
  return { calls, fetchPage }
}

describe('useList', () => {
  it('sends the fixed filters, the user filters and the page', async () => {
    const { calls, fetchPage } = endpoint()
    const list = useList(fetchPage, { fixed: { status: 'submitted' }, pageSize: 10 })
    const loading = list.applyFilters({ q: '讲座' })
    expect(list.loading.value).toBe(true)
    expect(calls[0]?.query).toEqual({ status: 'submitted', q: '讲座', page: 1, page_size: 10 })
    calls[0]?.answer({ count: 21, next: 'next', previous: null, results: ['a', 'b'] })
    await loading
    expect(list.items.value).toEqual(['a', 'b'])
    expect(list.count.value).toBe(21)
    expect([list.loading.value, list.loaded.value, list.error.value]).toEqual([false, true, null])

    const next = list.goToPage(3)
    expect(calls[1]?.query).toEqual({ status: 'submitted', q: '讲座', page: 3, page_size: 10 })
    calls[1]?.answer({ count: 21, next: null, previous: 'prev', results: ['u'] })
    await next
    expect(list.items.value).toEqual(['u'])
  })

  it('goes back to the first page when the filters change, dropping the old ones', async () => {
    const { calls, fetchPage } = endpoint()
    const list = useList(fetchPage)
    list.page.value = 4
    const loading = list.applyFilters({ status: 'draft' })
    expect(calls[0]?.query).toEqual({ status: 'draft', page: 1, page_size: 20 })
    calls[0]?.answer({ count: 0, results: [] })
    await loading
    const again = list.applyFilters({ q: 'x' })
    expect(calls[1]?.query).toEqual({ q: 'x', page: 1, page_size: 20 })
    calls[1]?.answer({ count: 0, results: [] })
    await again
  })

  it('aborts the request a newer one replaces, and keeps only the newer answer', async () => {
    const { calls, fetchPage } = endpoint()
    const list = useList(fetchPage)
    const first = list.load()
    const second = list.load()
    expect(calls[0]?.signal.aborted).toBe(true)
    calls[1]?.answer({ count: 1, results: ['new'] })
    await Promise.all([first, second])
    expect(list.items.value).toEqual(['new'])
    expect(list.error.value).toBeNull()
    expect(list.loading.value).toBe(false)
  })

  it('keeps the failure for the page to show, and clears it on the next success', async () => {
    const { calls, fetchPage } = endpoint()
    const list = useList(fetchPage)
    const failing = list.load()
    const failure = new Error('down')
    calls[0]?.fail(failure)
    await failing
    expect(list.error.value).toBe(failure)
    expect(list.loaded.value).toBe(false)
    const retry = list.load()
    expect(list.error.value).toBeNull()
    calls[1]?.answer({ count: 1, results: ['ok'] })
    await retry
    expect([list.items.value, list.loaded.value]).toEqual([['ok'], true])
  })
})

describe('useLoader', () => {
  it('refreshes quietly, keeping the data on screen meanwhile', async () => {
    let value = 1
    const loader = useLoader(async () => value)
    await loader.load()
    expect(loader.data.value).toBe(1)
    value = 2
    const refreshing = loader.load({ quiet: true })
    expect(loader.loading.value).toBe(false)
    expect(loader.data.value).toBe(1)
    await refreshing
    expect(loader.data.value).toBe(2)
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import StaffReportsView from '@/views/StaffReportsView.vue'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

describe('StaffReportsView', () => {
  const fetchMock = vi.fn()

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  function queueRequests(): URLSearchParams[] {
    return requestsOf(fetchMock)
      .map(pathOf)
      .filter((path) => path.startsWith('/api/v1/events/reports/'))
      .map((path) => new URL(path, 'http://kepu.test').searchParams)
  }

  it('asks for the waiting reports, and for every state the API names once "show all" is ticked', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation(() => Promise.resolve(jsonResponse(200, { count: 0, next: null, previous: null, results: [] })))
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(StaffReportsView, { global: { plugins } })
    await flushPromises()

    expect(queueRequests().at(-1)?.getAll('status')).toEqual([])

    await wrapper.get('[data-test="reviews-show-all"] input').setValue(true)
    await flushPromises()

    expect(queueRequests().at(-1)?.getAll('status')).toEqual(['submitted', 'accepted', 'returned'])
  })
})

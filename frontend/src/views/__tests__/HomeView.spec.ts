import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import HomeView from '@/views/HomeView.vue'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const EVENT = {
  id: 61,
  title: '稀土产业发展专题展览',
  description: '',
  activity_type: 'exhibition',
  setting: 'agency',
  mode: 'offline',
  area: { id: 84, name: '乌兰计村' },
  organization: { id: 132, name: '卫生健康委员会' },
  address: '青少年活动中心',
  online_url: '',
  starts_at: '2026-12-01T06:30:00Z',
  ends_at: '2026-12-01T09:00:00Z',
  capacity: 30,
  registration_required: true,
  registration_opens_at: null,
  registration_closes_at: null,
  max_companions: 0,
  audiences: ['cadres'],
  planned_budget: '3400.00',
  status: 'approved',
  seats_left: 11,
  confirmed_count: 19,
  waitlist_count: 0,
  is_large_scale: false,
}

function respond(events: () => Response) {
  return (request: Request) => {
    const url = pathOf(request)
    if (url.startsWith('/api/v1/events/')) return Promise.resolve(events())
    if (url.startsWith('/api/v1/stats/public/')) {
      return Promise.resolve(jsonResponse(200, { year: 2026, events: 536, attendance: 33791, materials: 78564 }))
    }
    return Promise.resolve(jsonResponse(404, { detail: 'Not found.' }))
  }
}

describe('HomeView', () => {
  const fetchMock = vi.fn()

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('lists upcoming events from the API with the yearly figures', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation(respond(() => jsonResponse(200, { count: 1, next: null, previous: null, results: [EVENT] })))
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(HomeView, { global: { plugins } })
    await flushPromises()
    expect(requestsOf(fetchMock).some((request) => pathOf(request).includes('upcoming=true'))).toBe(true)
    expect(wrapper.findAll('[data-test="event-card"]')).toHaveLength(1)
    expect(wrapper.get('[data-test="public-figures"]').text()).toContain('33,791')
  })

  it('says so when nothing is coming up', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation(respond(() => jsonResponse(200, { count: 0, next: null, previous: null, results: [] })))
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(HomeView, { global: { plugins } })
    await flushPromises()
    expect(wrapper.get('[data-test="state-empty"]').text()).toContain('近期暂无活动')
  })

  it('shows an error with a retry that loads again', async () => {
    vi.stubGlobal('fetch', fetchMock)
    let fail = true
    fetchMock.mockImplementation(
      respond(() =>
        fail
          ? new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })
          : jsonResponse(200, { count: 1, next: null, previous: null, results: [EVENT] }),
      ),
    )
    const { plugins } = appPlugins('en')
    const wrapper = mount(HomeView, { global: { plugins } })
    await flushPromises()
    expect(wrapper.get('[data-test="state-error"]').text()).toContain('The server is not responding')
    fail = false
    await wrapper.get('[data-test="retry"]').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[data-test="event-card"]')).toHaveLength(1)
  })
})

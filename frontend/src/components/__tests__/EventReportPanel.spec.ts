import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { EventReport } from '@/api/events'
import EventReportPanel from '@/components/EventReportPanel.vue'
import { completeEvent } from '@/test/fixtures'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const REPORT: EventReport = {
  id: 3,
  event: 8,
  status: 'returned',
  checked_in: 17,
  walk_ins: 4,
  online_attendance: 0,
  attendance: 21,
  walk_ins_by_audience: [{ audience: 'youth', count: 4 }],
  expenditure: '350.50',
  summary: '顺利',
  evidence: [],
  submitted_at: '2026-11-28T02:20:00Z',
  reviewed_at: '2026-11-28T03:00:00Z',
  review_comment: '请补充签到表照片。',
}

function route(report: () => Response) {
  return (request: Request) => {
    const url = pathOf(request)
    if (url === '/api/v1/events/8/report/' && request.method === 'GET') return Promise.resolve(report())
    if (url === '/api/v1/events/8/report/' && request.method === 'POST') {
      return Promise.resolve(jsonResponse(201, { ...REPORT, status: 'submitted', review_comment: '' }))
    }
    if (url.startsWith('/api/v1/distributions/')) {
      return Promise.resolve(
        jsonResponse(200, { count: 1, next: null, previous: null, results: [{ id: 1, material: 10, material_name: '海报', quantity: 120 }] }),
      )
    }
    if (url.startsWith('/api/v1/materials/')) return Promise.resolve(jsonResponse(200, { count: 0, next: null, previous: null, results: [] }))
    return Promise.resolve(jsonResponse(404, { detail: 'Not found.' }))
  }
}

describe('EventReportPanel', () => {
  const fetchMock = vi.fn()

  beforeEach(() => {
    localStorage.clear()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it("shows the staff's comment on a returned report and refiles it with every figure", async () => {
    fetchMock.mockImplementation(route(() => jsonResponse(200, REPORT)))
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventReportPanel, { props: { event: completeEvent({ id: 8, status: 'reported', allowed_actions: ['report', 'add_evidence'] }) }, global: { plugins } })
    await flushPromises()
    expect(wrapper.get('[data-test="report-comment"]').text()).toContain('请补充签到表照片。')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const post = requestsOf(fetchMock).find((request) => request.method === 'POST')
    expect(JSON.parse(await post!.text())).toEqual({
      walk_ins: [{ audience: 'youth', count: 4 }],
      materials: [{ material: 10, quantity: 120 }],
      expenditure: '350.50',
      summary: '顺利',
      online_attendance: 0,
    })
  })

  it('starts a first report from the walk-in tally kept at the door', async () => {
    localStorage.setItem('kepu.walkIns.8', JSON.stringify({ farmers: 6 }))
    fetchMock.mockImplementation(route(() => jsonResponse(404, { detail: '未找到。' })))
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventReportPanel, { props: { event: completeEvent({ id: 8, status: 'completed', allowed_actions: ['check_in', 'report'] }) }, global: { plugins } })
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const post = requestsOf(fetchMock).find((request) => request.method === 'POST')
    expect(JSON.parse(await post!.text()).walk_ins).toEqual([{ audience: 'farmers', count: 6 }])
  })
})

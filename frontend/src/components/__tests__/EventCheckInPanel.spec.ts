import 'fake-indexeddb/auto'

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { CheckInList } from '@/api/door'
import EventCheckInPanel from '@/components/EventCheckInPanel.vue'
import { forgetAll } from '@/door/store'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const soon = new Date(Date.now() - 30 * 60_000).toISOString()
const later = new Date(Date.now() + 3 * 3600_000).toISOString()

function list(overrides: Partial<CheckInList> = {}): CheckInList {
  return {
    event: {
      id: 10,
      title: '人工智能与编程兴趣小组活动',
      status: 'approved',
      starts_at: soon,
      ends_at: later,
      check_in_opens_at: soon,
      check_in_closes_at: later,
    },
    generated_at: new Date().toISOString(),
    counter: { checked_in: 0, expected: 4, companions: 0, registrations: 0, duplicates: 0 },
    registrations: [
      { registration: 4, code: 'HVPJ4DZE', name: '王*梅', phone: '189****0004', companions: 1, status: 'confirmed', checked_in_at: null, checked_in_device: null },
      { registration: 5, code: 'KQ7M2WXA', name: '李*', phone: '189****0005', companions: 0, status: 'waitlisted', checked_in_at: null, checked_in_device: null },
    ],
    duplicates: [],
    ...overrides,
  }
}

/** IndexedDB answers in later macrotasks: let several rounds of them run. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

describe('EventCheckInPanel', () => {
  const fetchMock = vi.fn()

  beforeEach(async () => {
    localStorage.clear()
    await forgetAll()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  async function mountWithList() {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, list()))
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventCheckInPanel, { props: { eventId: 10 }, global: { plugins } })
    await settle()
    return wrapper
  }

  it('downloads the list and shows the counter with accompanying persons', async () => {
    const wrapper = await mountWithList()
    expect(pathOf(requestsOf(fetchMock)[0]!)).toBe('/api/v1/events/10/check-in-list/')
    expect(wrapper.get('[data-test="check-in-counter"]').text()).toBe('已签到 0 / 4 人（含同行 0）')
    expect(wrapper.get('[data-test="door-list-state"]').text()).toContain('共 2 条报名')
  })

  it('checks a code in without a network, counts it at once and sends the queue later', async () => {
    const wrapper = await mountWithList()
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await wrapper.get('input[data-test="check-in-input"]').setValue(' hvpj4dze ')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[data-test="check-in-last"]').text()).toContain('王*梅')
    expect(wrapper.get('[data-test="check-in-last"]').text()).toContain('待同步')
    expect(wrapper.get('[data-test="check-in-counter"]').text()).toBe('已签到 2 / 4 人（含同行 1）')
    expect(wrapper.get('[data-test="door-network"]').text()).toContain('离线')
    expect(wrapper.get('[data-test="door-pending"]').text()).toBe('1 条待同步')

    // The same code again is refused on the device itself, and nothing more is queued.
    await wrapper.get('input[data-test="check-in-input"]').setValue('HVPJ4DZE')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[data-test="check-in-last"]').text()).toContain('已签到过')
    expect(wrapper.get('[data-test="door-pending"]').text()).toBe('1 条待同步')

    fetchMock.mockReset()
    const synced = list({ counter: { checked_in: 2, expected: 4, companions: 1, registrations: 1, duplicates: 0 } })
    fetchMock.mockImplementation(async (request: Request) => {
      if (request.method === 'POST') {
        const body = (await request.clone().json()) as { device: string; scans: Array<{ id: string; code: string }> }
        return jsonResponse(200, {
          results: body.scans.map((scan) => ({ id: scan.id, code: scan.code, outcome: 'accepted', reason: '', registration: 4, name: '王*梅', companions: 1, checked_in_at: new Date().toISOString() })),
          counter: synced.counter,
        })
      }
      return jsonResponse(200, synced)
    })
    window.dispatchEvent(new Event('online'))
    await settle()
    const post = requestsOf(fetchMock).find((request) => request.method === 'POST')!
    expect(pathOf(post)).toBe('/api/v1/events/10/check-ins/')
    const sent = (await post.clone().json()) as { scans: Array<{ code: string }> }
    expect(sent.scans.map((scan) => scan.code)).toEqual(['HVPJ4DZE'])
    expect(wrapper.find('[data-test="door-pending"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="check-in-counter"]').text()).toBe('已签到 2 / 4 人（含同行 1）')
  })

  it('refuses a waitlisted registration on the device', async () => {
    const wrapper = await mountWithList()
    await wrapper.get('input[data-test="check-in-input"]').setValue('KQ7M2WXA')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[data-test="check-in-last"]').text()).toContain('候补中')
  })

  it('keeps the walk-in tally on the device for the report', async () => {
    const wrapper = await mountWithList()
    await wrapper.get('[data-test="walk-in-add-farmers"]').trigger('click')
    await wrapper.get('[data-test="walk-in-add-farmers"]').trigger('click')
    await settle()
    expect(JSON.parse(localStorage.getItem('kepu.walkIns.10') ?? '{}')).toMatchObject({ farmers: 2 })
    expect(wrapper.text()).toContain('合计 2 人')
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { KepuEvent } from '@/api/events'
import type { Registration } from '@/api/registrations'
import EventSignUpPanel from '@/components/EventSignUpPanel.vue'
import { useAuthStore } from '@/stores/auth'
import { completeEvent, completeRegistration } from '@/test/fixtures'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const FUTURE = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
const FUTURE_END = new Date(Date.now() + 7 * 24 * 3600 * 1000 + 7200 * 1000).toISOString()

function makeEvent(overrides: Partial<KepuEvent> = {}): KepuEvent {
  return completeEvent({
    id: 5,
    title: '青少年机器人兴趣小组',
    description: '',
    activity_type: 'youth_group',
    setting: 'school',
    mode: 'offline',
    area: { id: 3, name: '少先路街道' },
    organization: { id: 2, name: '第九中学' },
    address: '',
    online_url: '',
    starts_at: FUTURE,
    ends_at: FUTURE_END,
    capacity: 10,
    registration_required: true,
    registration_opens_at: null,
    registration_closes_at: null,
    max_companions: 0,
    audiences: ['youth'],
    planned_budget: '0.00',
    status: 'approved',
    sign_up: 'open',
    allowed_actions: ['register'],
    seats_left: 0,
    confirmed_count: 10,
    waitlist_count: 1,
    is_large_scale: false,
    my_registration: null,
    ...overrides,
  })
}

function makeRegistration(overrides: Partial<Registration> = {}): Registration {
  return completeRegistration({
    id: 40,
    event: { id: 5, title: '青少年机器人兴趣小组', starts_at: FUTURE, ends_at: FUTURE_END },
    resident: { name: '王小梅', phone: '18900000004' },
    status: 'waitlisted',
    companions: 0,
    check_in_code: null,
    position: 2,
    checked_in_at: null,
    created_at: '2026-11-20T00:00:00Z',
    ...overrides,
  })
}

const fetchMock = vi.fn()

function mountPanel(event: KepuEvent) {
  vi.stubGlobal('fetch', fetchMock)
  const { plugins } = appPlugins('zh-CN')
  const auth = useAuthStore()
  auth.user = {
    id: 9,
    phone: '18900000004',
    name: '王小梅',
    role: 'resident',
    language: 'zh-hans',
    email: '',
    organizations: [],
    staff_area: null,
    is_superuser: false,
  }
  auth.loaded = true
  return mount(EventSignUpPanel, { props: { event }, global: { plugins } })
}

describe('EventSignUpPanel', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('offers the waiting list when the event is full', async () => {
    const wrapper = mountPanel(makeEvent())
    await flushPromises()
    expect(wrapper.get('[data-test="sign-up"]').text()).toBe('名额已满，加入候补')
  })

  it('shows the waiting-list position of the visitor', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, makeRegistration()))
    const wrapper = mountPanel(makeEvent({ my_registration: { id: 40, status: 'waitlisted', position: 2, companions: 0 } }))
    await flushPromises()
    expect(pathOf(requestsOf(fetchMock)[0]!)).toBe('/api/v1/registrations/40/')
    expect(wrapper.get('[data-test="waitlist-position"]').text()).toBe('候补第 2 位')
  })

  it('shows the check-in code with its QR once confirmed', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(200, makeRegistration({ status: 'confirmed', position: null, check_in_code: 'JPY8Q73E' })),
    )
    const wrapper = mountPanel(
      makeEvent({ seats_left: 3, my_registration: { id: 40, status: 'confirmed', position: null, companions: 0 } }),
    )
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.find('[data-test="check-in-qr"]').exists()).toBe(true))
    expect(wrapper.get('[data-test="check-in-code-text"]').text()).toBe('JPY8Q73E')
  })

  it('says sign-up is closed for an event that is not published', async () => {
    const wrapper = mountPanel(makeEvent({ status: 'submitted', sign_up: 'not_published', allowed_actions: [], seats_left: 10 }))
    await flushPromises()
    expect(wrapper.get('[data-test="signup-closed"]').text()).toBe('本活动暂未开放报名。')
  })
})

describe('EventSignUpPanel before sign-up opens', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('says when sign-up opens, as the API tells it', async () => {
    const opens = '2026-12-01T02:00:00Z'
    const wrapper = mountPanel(makeEvent({ sign_up: 'not_yet_open', allowed_actions: [], registration_opens_at: opens }))
    await flushPromises()
    expect(wrapper.get('[data-test="signup-closed"]').text()).toContain('报名将于')
    expect(wrapper.find('[data-test="sign-up"]').exists()).toBe(false)
  })
})

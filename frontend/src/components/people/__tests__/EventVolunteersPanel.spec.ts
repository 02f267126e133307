import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { VolunteerRole, VolunteerSignup } from '@/api/people'
import EventVolunteersPanel from '@/components/people/EventVolunteersPanel.vue'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const ROLE: VolunteerRole = {
  id: 3,
  event: 10,
  name: '现场引导',
  description: '引导观众入场',
  capacity: 3,
  filled: 1,
  places_left: 2,
  can_manage: true,
  can_sign_up: false,
  my_signup: null,
}

function signup(fields: Partial<VolunteerSignup> = {}): VolunteerSignup {
  return {
    id: 7,
    event: { id: 10, title: '科学实验秀', starts_at: '2026-11-30T01:00:00Z', ends_at: '2026-11-30T05:00:00Z', status: 'completed' },
    role: { id: 3, name: '现场引导' },
    volunteer: { name: '陈志愿', phone: '13600000066' },
    status: 'confirmed',
    status_label: '已确认',
    checked_in_at: '2026-11-30T00:50:00Z',
    hours: null,
    hours_confirmed_at: null,
    can_cancel: false,
    can_check_in: false,
    can_confirm_hours: true,
    ...fields,
  }
}

describe('EventVolunteersPanel', () => {
  const fetchMock = vi.fn()

  beforeEach(() => {
    localStorage.clear()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  function answer(volunteers: VolunteerSignup[], onPost?: (path: string) => Response) {
    fetchMock.mockImplementation(async (request: Request) => {
      const path = pathOf(request)
      if (request.method === 'POST' && onPost) return onPost(path)
      if (path.endsWith('/volunteer-roles/')) return jsonResponse(200, [ROLE])
      return jsonResponse(200, volunteers)
    })
  }

  it('sends the typed hours of checked-in volunteers in one batch', async () => {
    answer([signup()], () => jsonResponse(200, [signup({ hours: '3.5', can_confirm_hours: true })]))
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventVolunteersPanel, { props: { eventId: 10 }, global: { plugins } })
    await flushPromises()
    expect(wrapper.get('[data-test="volunteer-signup-table"]').text()).toContain('陈志愿')
    await wrapper.get('input[data-test="volunteer-hours-7"]').setValue('3.5')
    await wrapper.get('[data-test="volunteer-confirm-hours"]').trigger('click')
    await flushPromises()
    const post = requestsOf(fetchMock).find((r) => r.method === 'POST')!
    expect(pathOf(post)).toBe('/api/v1/events/10/volunteer-hours/')
    expect(JSON.parse(await post.text())).toEqual({ hours: [{ signup: 7, hours: '3.5' }] })
  })

  it('shows the reason next to the volunteer whose hours were refused', async () => {
    answer([signup()], () =>
      jsonResponse(400, { detail: '服务时长以半小时为单位确认。', errors: { 'hours.0.hours': ['服务时长以半小时为单位确认。'] } }),
    )
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventVolunteersPanel, { props: { eventId: 10 }, global: { plugins } })
    await flushPromises()
    await wrapper.get('input[data-test="volunteer-hours-7"]').setValue('2.2')
    await wrapper.get('[data-test="volunteer-confirm-hours"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="volunteer-signup-table"]').text()).toContain('服务时长以半小时为单位确认。')
  })

  it('offers check-in only where the API allows it', async () => {
    answer([signup({ checked_in_at: null, can_check_in: true, can_confirm_hours: false })], () =>
      jsonResponse(200, signup({ checked_in_at: '2026-11-30T00:50:00Z' })),
    )
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventVolunteersPanel, { props: { eventId: 10 }, global: { plugins } })
    await flushPromises()
    expect(wrapper.find('[data-test="volunteer-confirm-hours"]').exists()).toBe(false)
    await wrapper.get('[data-test="volunteer-check-in-7"]').trigger('click')
    await flushPromises()
    const post = requestsOf(fetchMock).find((r) => r.method === 'POST')!
    expect(pathOf(post)).toBe('/api/v1/volunteer-signups/7/check-in/')
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import EventCheckInPanel from '@/components/EventCheckInPanel.vue'
import { completeEvent } from '@/test/fixtures'
import { appPlugins, jsonResponse, pathOf, requestsOf } from '@/test/setup'

const EVENT = completeEvent({
  id: 10,
  title: '人工智能与编程兴趣小组活动',
  status: 'approved',
  allowed_actions: ['edit', 'cancel', 'check_in'],
})

describe('EventCheckInPanel', () => {
  const fetchMock = vi.fn()

  beforeEach(() => {
    localStorage.clear()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('checks a typed code in and lists the person', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(200, { registration: 4, name: '王小梅', phone: '18900000004', companions: 1, checked_in_at: '2026-12-02T07:40:00Z' }),
    )
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventCheckInPanel, { props: { event: EVENT }, global: { plugins } })
    await wrapper.get('input[data-test="check-in-input"]').setValue(' hvpj4dze ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const [request] = requestsOf(fetchMock)
    expect(pathOf(request!)).toBe('/api/v1/events/10/check-in/')
    expect(JSON.parse(await request!.text())).toEqual({ code: 'HVPJ4DZE' })
    expect(wrapper.get('[data-test="check-in-recent"]').text()).toContain('王小梅')
    expect(wrapper.get('[data-test="check-in-recent"]').text()).toContain('含随行 1 人')
    expect((wrapper.get('input[data-test="check-in-input"]').element as HTMLInputElement).value).toBe('')
  })

  it('shows why a code was refused', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, { detail: '该签到码已使用。', errors: { code: ['该签到码已使用。'] } }),
    )
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventCheckInPanel, { props: { event: EVENT }, global: { plugins } })
    await wrapper.get('input[data-test="check-in-input"]').setValue('HVPJ4DZE')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-test="check-in-error"]').text()).toContain('该签到码已使用。')
  })

  it('keeps the walk-in tally on the device for the report', async () => {
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventCheckInPanel, { props: { event: EVENT }, global: { plugins } })
    await wrapper.get('[data-test="walk-in-add-farmers"]').trigger('click')
    await wrapper.get('[data-test="walk-in-add-farmers"]').trigger('click')
    await flushPromises()
    expect(JSON.parse(localStorage.getItem('kepu.walkIns.10') ?? '{}')).toMatchObject({ farmers: 2 })
    expect(wrapper.text()).toContain('合计 2 人')
  })
})

describe('EventCheckInPanel before the door opens', () => {
  it('says check-in waits for publication when the API does not offer it', () => {
    const { plugins } = appPlugins('zh-CN')
    const draft = completeEvent({ id: 11, status: 'draft', allowed_actions: ['edit', 'submit', 'cancel'] })
    const wrapper = mount(EventCheckInPanel, { props: { event: draft }, global: { plugins } })
    expect(wrapper.text()).toContain('活动发布后才能签到。')
  })
})

import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import type { KepuEvent } from '@/api/events'
import EventSummaryCard from '@/components/EventSummaryCard.vue'
import { completeEvent } from '@/test/fixtures'
import { appPlugins } from '@/test/setup'

function makeEvent(overrides: Partial<KepuEvent> = {}): KepuEvent {
  return completeEvent({
    id: 7,
    title: '稀土材料科普讲座',
    description: '',
    activity_type: 'lecture',
    setting: 'school',
    mode: 'offline',
    area: { id: 3, name: '少先路街道' },
    organization: { id: 2, name: '包头市第九中学' },
    address: '少先路 12 号',
    online_url: '',
    starts_at: '2026-12-05T01:30:00Z',
    ends_at: '2026-12-05T03:30:00Z',
    capacity: 50,
    registration_required: true,
    registration_opens_at: null,
    registration_closes_at: null,
    max_companions: 0,
    audiences: ['youth', 'elderly'],
    planned_budget: '500.00',
    status: 'approved',
    seats_left: 12,
    confirmed_count: 38,
    waitlist_count: 0,
    is_large_scale: false,
    ...overrides,
  })
}

describe('EventSummaryCard', () => {
  it('shows Chinese labels and the time in Asia/Shanghai', () => {
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventSummaryCard, { props: { event: makeEvent() }, global: { plugins } })
    expect(wrapper.get('[data-test="event-title"]').text()).toBe('稀土材料科普讲座')
    expect(wrapper.get('[data-test="event-setting"]').text()).toBe('进校园')
    expect(wrapper.get('[data-test="event-type"]').text()).toBe('科普讲座')
    expect(wrapper.get('[data-test="event-audiences"]').text()).toBe('青少年、老年人')
    expect(wrapper.get('[data-test="event-seats"]').text()).toBe('剩余 12 / 共 50')
    // 01:30 UTC is 09:30 in Shanghai.
    expect(wrapper.get('[data-test="event-when"]').text()).toContain('09:30')
    expect(wrapper.get('[data-test="event-when"]').text()).toContain('11:30')
    expect(wrapper.get('[data-test="event-area"]').text()).toContain('少先路街道')
  })

  it('shows English labels when the UI is in English', () => {
    const { plugins } = appPlugins('en')
    const wrapper = mount(EventSummaryCard, {
      props: { event: makeEvent({ setting: 'village', activity_type: 'training', audiences: ['farmers'] }) },
      global: { plugins },
    })
    expect(wrapper.get('[data-test="event-setting"]').text()).toBe('Village')
    expect(wrapper.get('[data-test="event-type"]').text()).toBe('Practical training')
    expect(wrapper.get('[data-test="event-audiences"]').text()).toBe('Farmers')
    expect(wrapper.get('[data-test="event-seats"]').text()).toBe('12 left of 50')
  })

  it('says unlimited when the event has no capacity', () => {
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventSummaryCard, {
      props: { event: makeEvent({ capacity: null, seats_left: null }) },
      global: { plugins },
    })
    expect(wrapper.get('[data-test="event-seats"]').text()).toBe('名额不限')
  })

  it('says full when no seat is left', () => {
    const { plugins } = appPlugins('en')
    const wrapper = mount(EventSummaryCard, {
      props: { event: makeEvent({ seats_left: 0, waitlist_count: 3 }) },
      global: { plugins },
    })
    expect(wrapper.get('[data-test="event-seats"]').text()).toBe('Full, 50 seats')
  })
})

describe('EventSummaryCard for past events', () => {
  it('shows the status instead of seats once the event is no longer open', () => {
    const { plugins } = appPlugins('zh-CN')
    const wrapper = mount(EventSummaryCard, { props: { event: makeEvent({ status: 'completed' }) }, global: { plugins } })
    expect(wrapper.find('[data-test="event-seats"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="event-status"]').text()).toBe('已结束')
  })
})

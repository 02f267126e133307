import { describe, expect, it } from 'vitest'

import { emptyEventForm, eventFormToInput } from '@/utils/eventForm'

function filled() {
  return {
    ...emptyEventForm(),
    title: ' 稀土科普讲座 ',
    activity_type: 'lecture' as const,
    organization: 4,
    starts_at: '2026-12-20T09:30',
    ends_at: '2026-12-20T11:30',
    audiences: ['youth' as const],
    address: '少先路 1 号',
  }
}

describe('eventFormToInput', () => {
  it('sends Shanghai wall-clock times as instants with their offset', () => {
    const input = eventFormToInput(filled())
    expect(input.starts_at).toBe('2026-12-20T09:30:00+08:00')
    expect(input.ends_at).toBe('2026-12-20T11:30:00+08:00')
    expect(input.title).toBe('稀土科普讲座')
  })

  it('lets the API derive setting and area from the host when left empty', () => {
    const input = eventFormToInput(filled())
    expect('setting' in input).toBe(false)
    expect('area' in input).toBe(false)
    expect(eventFormToInput({ ...filled(), setting: 'school', area: 7 })).toMatchObject({ setting: 'school', area: 7 })
  })

  it('sends no capacity for an unlimited event', () => {
    expect(eventFormToInput({ ...filled(), unlimited: true }).capacity).toBeNull()
    expect(eventFormToInput({ ...filled(), capacity: 30 }).capacity).toBe(30)
  })

  it('leaves sign-up fields out of an event logged afterwards', () => {
    const input = eventFormToInput({ ...filled(), registration_opens_at: '2026-12-01T08:00' }, true)
    for (const field of ['registration_required', 'capacity', 'max_companions', 'registration_opens_at', 'registration_closes_at']) {
      expect(field in input, field).toBe(false)
    }
  })

  it('drops the address of an online-only event and the link of an offline one', () => {
    expect(eventFormToInput({ ...filled(), mode: 'online', online_url: 'https://meet.example/1' })).toMatchObject({
      address: '',
      online_url: 'https://meet.example/1',
    })
    expect(eventFormToInput({ ...filled(), online_url: 'https://x.example' }).online_url).toBe('')
  })

  it('sends a zero budget when none was entered, as a decimal string', () => {
    expect(eventFormToInput(filled()).planned_budget).toBe('0')
    expect(eventFormToInput({ ...filled(), planned_budget: '1200.50' }).planned_budget).toBe('1200.50')
  })
})

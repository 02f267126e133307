import { describe, expect, it } from 'vitest'

import type { Registration } from '@/api/registrations'
import { splitRegistrations } from '@/composables/useMyRegistrations'
import { completeRegistration } from '@/test/fixtures'

function registration(id: number, status: Registration['status'], startsAt: string, endsAt: string): Registration {
  return completeRegistration({
    id,
    event: { id: id * 10, title: `Event ${id}`, starts_at: startsAt, ends_at: endsAt },
    resident: null,
    status,
    companions: 0,
    check_in_code: status === 'confirmed' ? 'ABCD1234' : null,
    position: status === 'waitlisted' ? 1 : null,
    checked_in_at: null,
    created_at: '2026-11-01T00:00:00Z',
  })
}

describe('splitRegistrations', () => {
  const now = Date.parse('2026-11-28T00:00:00Z')

  it('keeps standing sign-ups for events that have not ended as upcoming', () => {
    const { upcoming, past } = splitRegistrations(
      [
        registration(1, 'confirmed', '2026-12-01T01:00:00Z', '2026-12-01T03:00:00Z'),
        registration(2, 'waitlisted', '2026-12-02T01:00:00Z', '2026-12-02T03:00:00Z'),
        registration(3, 'cancelled', '2026-12-03T01:00:00Z', '2026-12-03T03:00:00Z'),
        registration(4, 'confirmed', '2026-10-01T01:00:00Z', '2026-10-01T03:00:00Z'),
        registration(5, 'confirmed', '2026-11-01T01:00:00Z', '2026-11-01T03:00:00Z'),
      ],
      now,
    )
    expect(upcoming.map((r) => r.id)).toEqual([1, 2])
    // History: newest first.
    expect(past.map((r) => r.id)).toEqual([3, 5, 4])
  })
})

import { describe, expect, it } from 'vitest'

import { formatRange, fromShanghaiLocal, shanghaiDay, toShanghaiLocal } from '@/utils/datetime'

describe('Shanghai time helpers', () => {
  it('reads a UTC instant as the Shanghai calendar day', () => {
    // 17:00 UTC on 31 Dec is already 1 Jan in Shanghai.
    expect(shanghaiDay('2026-12-31T17:00:00Z')).toBe('2027-01-01')
  })

  it('round-trips a picker value through the API instant', () => {
    const iso = fromShanghaiLocal('2026-12-20T09:30')
    expect(iso).toBe('2026-12-20T09:30:00+08:00')
    expect(toShanghaiLocal('2026-12-20T01:30:00Z')).toBe('2026-12-20T09:30')
  })

  it('refuses values that are not picker values', () => {
    expect(fromShanghaiLocal('')).toBeNull()
    expect(fromShanghaiLocal('tomorrow')).toBeNull()
  })

  it('shows only the end time when an event starts and ends on one day', () => {
    const text = formatRange('2026-12-20T01:30:00Z', '2026-12-20T03:30:00Z', 'en')
    expect(text).toContain('09:30')
    expect(text.split('2026').length - 1).toBe(1)
    expect(text.endsWith('11:30')).toBe(true)
  })
})

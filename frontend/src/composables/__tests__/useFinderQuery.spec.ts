import { describe, expect, it } from 'vitest'

import { filtersFromQuery, filtersToQuery, toApiFilters } from '@/composables/useFinderQuery'

describe('finder filters', () => {
  it('reads the URL query, ignoring junk', () => {
    expect(filtersFromQuery({ area: '12', setting: 'school', q: 'rare earth', page: '3' })).toEqual({
      q: 'rare earth',
      area: 12,
      setting: 'school',
      activity_type: '',
      audience: '',
      from: '',
      to: '',
    })
    expect(filtersFromQuery({ area: 'abc' }).area).toBeNull()
  })

  it('writes only the filters in use', () => {
    expect(
      filtersToQuery({ q: '', area: 3, setting: '', activity_type: 'lecture', audience: '', from: '', to: '' }),
    ).toEqual({ area: '3', activity_type: 'lecture' })
  })

  it('lists upcoming events unless a date range is chosen', () => {
    const base = { q: '', area: null, setting: '', activity_type: '', audience: 'youth', from: '', to: '' }
    expect(toApiFilters(base)).toMatchObject({ upcoming: true, audience: 'youth' })
    const ranged = toApiFilters({ ...base, from: '2026-12-01', to: '2026-12-31' })
    expect(ranged.upcoming).toBeUndefined()
    expect(ranged).toMatchObject({ starts_after: '2026-12-01', starts_before: '2026-12-31' })
  })
})

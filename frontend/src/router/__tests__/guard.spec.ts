import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { User } from '@/api/auth'
import { router, safeNext } from '@/router'
import { jsonResponse } from '@/test/setup'

function user(overrides: Partial<User> = {}): User {
  return {
    id: 1,
    phone: '18900000004',
    name: '王小梅',
    role: 'resident',
    language: 'zh-hans',
    email: '',
    organizations: [],
    staff_area: null,
    is_superuser: false,
    ...overrides,
  }
}

describe('route guard', () => {
  const fetchMock = vi.fn()

  beforeEach(async () => {
    setActivePinia(createPinia())
    vi.stubGlobal('fetch', fetchMock)
    await router.push('/')
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('sends anonymous visitors to the login page with the page they wanted', async () => {
    fetchMock.mockResolvedValue(jsonResponse(403, { detail: 'Not logged in.' }))
    await router.push('/me/events')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.next).toBe('/me/events')
  })

  it('keeps residents out of organizer and staff pages', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, user()))
    await router.push('/organizer/events')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/staff/dashboard')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('lets members of an organization organize', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, user({ organizations: [{ id: 2, name: '少先一社区', setting: 'community' }] })))
    await router.push('/organizer/events')
    expect(router.currentRoute.value.name).toBe('organizer-events')
  })

  it('lets association staff into the staff pages', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, user({ role: 'staff', staff_area: { id: 1, name: '昆都仑区', level: 'district' } })))
    await router.push('/staff/approvals')
    expect(router.currentRoute.value.name).toBe('staff-approvals')
  })

  it('only follows `next` within the site', () => {
    expect(safeNext('/events/3')).toBe('/events/3')
    expect(safeNext('//evil.example/x')).toBe('/')
    expect(safeNext('https://evil.example')).toBe('/')
    expect(safeNext(undefined)).toBe('/')
  })
})

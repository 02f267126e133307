import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { useAuthStore } from '@/stores/auth'
import { jsonResponse } from '@/test/setup'

const USER = {
  id: 3,
  phone: '18900000003',
  name: '李建国',
  role: 'organizer',
  language: 'zh-hans',
  email: '',
  organizations: [{ id: 1, name: '少先一社区', setting: 'community' }],
  staff_area: null,
  is_superuser: false,
}

describe('auth store', () => {
  const fetchMock = vi.fn()

  beforeEach(() => {
    setActivePinia(createPinia())
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('treats a 403 from /me/ as anonymous, and asks only once', async () => {
    fetchMock.mockResolvedValue(jsonResponse(403, { detail: 'Authentication credentials were not provided.' }))
    const auth = useAuthStore()
    await Promise.all([auth.ensureLoaded(), auth.ensureLoaded()])
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(auth.loaded).toBe(true)
    expect(auth.isAuthenticated).toBe(false)
  })

  it('derives organizer rights from memberships', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, USER))
    const auth = useAuthStore()
    await auth.ensureLoaded()
    expect(auth.isOrganizer).toBe(true)
    expect(auth.isStaff).toBe(false)
  })

  it('forgets the user on logout even when the request fails', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, USER))
    const auth = useAuthStore()
    await auth.ensureLoaded()
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(auth.logout()).rejects.toBeDefined()
    expect(auth.user).toBeNull()
  })
})

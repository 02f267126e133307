import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

import { authApi, type CodeLoginInput, type LoginInput, type ProfileInput, type RegisterInput } from '@/api/auth'
import { ApiError, isUnauthenticated } from '@/api/client'
import { forgetAll } from '@/door/store'
import { hasChosenLocale, localeFromApi, setLocale } from '@/i18n'
import type { Role } from '@/api/choices'
import type { User } from '@/api/auth'

/**
 * The last answer of "who am I", kept on the device so pages that work offline (the door) open
 * without a network; dropped on sign-out and whenever the API says nobody is signed in.
 */
const REMEMBERED = 'kepu.me'

function remembered(): User | null {
  try {
    return JSON.parse(localStorage.getItem(REMEMBERED) ?? 'null') as User | null
  } catch {
    return null
  }
}

function remember(user: User | null): void {
  if (user) localStorage.setItem(REMEMBERED, JSON.stringify(user))
  else localStorage.removeItem(REMEMBERED)
}

export const useAuthStore = defineStore('auth', () => {
  const user = ref<User | null>(null)
  /** True once we asked the API who is logged in, whatever the answer. */
  const loaded = ref(false)
  let pending: Promise<User | null> | null = null

  const isAuthenticated = computed(() => user.value !== null)
  const role = computed<Role | null>(() => user.value?.role ?? null)
  /** Organizing rights come from membership of an organization, whatever the role says. */
  const isOrganizer = computed(() => (user.value?.organizations.length ?? 0) > 0)
  const isStaff = computed(() => role.value === 'staff' || role.value === 'admin' || user.value?.is_superuser === true)

  /** A browser without a language choice of its own follows the account's language. */
  function adoptLanguage(account: User): void {
    const locale = localeFromApi(account.language)
    if (locale && !hasChosenLocale()) setLocale(locale)
  }

  async function fetchMe(): Promise<User | null> {
    try {
      user.value = await authApi.me()
      adoptLanguage(user.value)
      remember(user.value)
    } catch (error) {
      if (error instanceof ApiError && error.isNetworkError && remembered()) {
        user.value = remembered()
        return user.value
      }
      if (!isUnauthenticated(error)) throw error
      user.value = null
      remember(null)
    } finally {
      loaded.value = true
    }
    return user.value
  }

  /** Loads the current user once; concurrent callers share one request. */
  function ensureLoaded(): Promise<User | null> {
    if (loaded.value) return Promise.resolve(user.value)
    pending ??= fetchMe()
      .catch(() => null)
      .finally(() => {
        pending = null
      })
    return pending
  }

  async function login(input: LoginInput | CodeLoginInput): Promise<User> {
    user.value = 'code' in input ? await authApi.loginWithCode(input) : await authApi.login(input)
    remember(user.value)
    loaded.value = true
    adoptLanguage(user.value)
    return user.value
  }

  async function register(input: RegisterInput): Promise<User> {
    user.value = await authApi.register(input)
    remember(user.value)
    loaded.value = true
    return user.value
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      user.value = null
      remember(null)
      await forgetAll().catch(() => undefined)
      // Django rotates the CSRF token on login/logout; fetch a fresh one for the next form.
      await authApi.csrf().catch(() => undefined)
    }
  }

  async function updateProfile(input: ProfileInput): Promise<User> {
    user.value = await authApi.updateMe(input)
    remember(user.value)
    return user.value
  }

  async function deleteAccount(password: string): Promise<void> {
    await authApi.deleteAccount(password)
    user.value = null
    remember(null)
    await authApi.csrf().catch(() => undefined)
  }

  function hasRole(...roles: Role[]): boolean {
    if (!user.value) return false
    if (user.value.is_superuser) return true
    return roles.includes(user.value.role)
  }

  return { user, loaded, isAuthenticated, role, isOrganizer, isStaff, fetchMe, ensureLoaded, login, register, logout, updateProfile, deleteAccount, hasRole }
})

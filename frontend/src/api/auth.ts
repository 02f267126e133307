import { http } from './http'
import type { User } from './types'

export interface LoginInput {
  phone: string
  password: string
}

export interface RegisterInput extends LoginInput {
  name: string
  language?: string
}

export interface ProfileInput {
  name?: string
  language?: string
  email?: string
}

export const authApi = {
  /** Sets the csrftoken cookie; call once when the app starts. */
  csrf: () => http.get<unknown>('/api/v1/auth/csrf/'),
  me: () => http.get<User>('/api/v1/auth/me/'),
  login: (input: LoginInput) => http.post<User>('/api/v1/auth/login/', input),
  register: (input: RegisterInput) => http.post<User>('/api/v1/auth/register/', input),
  logout: () => http.post<null>('/api/v1/auth/logout/'),
  updateMe: (input: ProfileInput) => http.patch<User>('/api/v1/auth/me/', input),
  /** Other sessions and API tokens end; this one stays signed in. */
  changePassword: (input: { old_password: string; new_password: string }) =>
    http.post<null>('/api/v1/auth/me/password/', input),
  deleteAccount: (password: string) => http.delete<null>('/api/v1/auth/me/', { body: { password } }),
  /** Everything the service keeps about the person, as a JSON download. */
  exportUrl: '/api/v1/auth/me/export/',
}

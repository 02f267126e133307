import { http, type Page } from './http'
import type { Notification } from './types'

/** Channels a person can receive each kind of notification on (the API decides which kinds exist). */
export interface Preferences {
  email: string
  email_enabled: boolean
  sms_enabled: boolean
  language: string
  [key: string]: unknown
}

export const notificationsApi = {
  list: (query: { page?: number; page_size?: number; unread?: boolean } = {}, signal?: AbortSignal) =>
    http.get<Page<Notification>>('/api/v1/notifications/', { query: { ...query }, signal }),
  markRead: (id: number) => http.post<Notification>(`/api/v1/notifications/${id}/read/`),
  getPreferences: () => http.get<Preferences>('/api/v1/me/preferences/'),
  savePreferences: (input: Partial<Preferences>) => http.put<Preferences>('/api/v1/me/preferences/', input),
}

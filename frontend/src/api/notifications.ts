import { http, type Page } from './http'
import type { Notification } from './types'

export const CHANNELS = ['in_app', 'email', 'sms', 'both'] as const
export type Channel = (typeof CHANNELS)[number]

/** Channels beyond the in-app inbox, which always receives everything. */
export interface Preferences {
  channels: Channel
  reminders: boolean
  /** Email goes to the account's address (edited on the profile). */
  email: string
  /** SMS goes to the account's mobile number. */
  phone: string
}

export const notificationsApi = {
  list: (query: { page?: number; page_size?: number } = {}, signal?: AbortSignal) =>
    http.get<Page<Notification>>('/api/v1/notifications/', { query: { ...query }, signal }),
  unreadCount: () => http.get<{ count: number }>('/api/v1/notifications/unread-count/'),
  markRead: (id: number) => http.post<Notification>(`/api/v1/notifications/${id}/read/`),
  markAllRead: () => http.post<{ updated: number }>('/api/v1/notifications/read-all/'),
  getPreferences: () => http.get<Preferences>('/api/v1/me/preferences/'),
  savePreferences: (input: Pick<Preferences, 'channels' | 'reminders'>) =>
    http.put<Preferences>('/api/v1/me/preferences/', input),
}

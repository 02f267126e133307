import { api, unwrap, type Schemas } from './client'

export type Notification = Schemas['NotificationOutput']
/** Channels beyond the in-app inbox, which always receives everything. */
export type Preferences = Schemas['PreferenceOutput']
export type Channel = Schemas['NotificationChannelsEnum']

export const notificationsApi = {
  list: (query: { page?: number; page_size?: number } = {}, signal?: AbortSignal) =>
    unwrap(api.GET('/api/v1/notifications/', { params: { query }, signal })),
  unreadCount: () => unwrap(api.GET('/api/v1/notifications/unread-count/')),
  markRead: (id: number) => unwrap(api.POST('/api/v1/notifications/{id}/read/', { params: { path: { id } } })),
  markAllRead: () => unwrap(api.POST('/api/v1/notifications/read-all/')),
  getPreferences: () => unwrap(api.GET('/api/v1/me/preferences/')),
  savePreferences: (input: Schemas['PreferenceInputRequest']) =>
    unwrap(api.PUT('/api/v1/me/preferences/', { body: input })),
}

import { defineStore } from 'pinia'
import { ref } from 'vue'

import { notificationsApi } from '@/api/notifications'

const POLL_MS = 60_000

/** The unread count behind the header's badge, refreshed every minute while someone is logged in. */
export const useNotificationStore = defineStore('notifications', () => {
  const unread = ref(0)
  let timer: ReturnType<typeof setInterval> | null = null

  async function refresh(): Promise<void> {
    try {
      unread.value = (await notificationsApi.unreadCount()).count
    } catch {
      // A missed refresh keeps the last count; the next poll tries again.
    }
  }

  function start(): void {
    if (timer) return
    void refresh()
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh()
    }, POLL_MS)
  }

  function stop(): void {
    if (timer) clearInterval(timer)
    timer = null
    unread.value = 0
  }

  return { unread, refresh, start, stop }
})

import { computed, ref, shallowRef } from 'vue'

import { registrationsApi } from '@/api/registrations'
import type { Registration } from '@/api/types'

/** Upcoming: sign-ups still standing for events that have not ended. History: everything else, newest first. */
export function splitRegistrations(items: Registration[], now = Date.now()) {
  const upcoming: Registration[] = []
  const past: Registration[] = []
  for (const item of items) {
    const ended = new Date(item.event.ends_at).getTime() <= now
    if (!ended && item.status !== 'cancelled') upcoming.push(item)
    else past.push(item)
  }
  past.sort((a, b) => b.event.starts_at.localeCompare(a.event.starts_at))
  return { upcoming, past }
}

/** The resident's own sign-ups, split into upcoming and history. */
export function useMyRegistrations() {
  const tab = ref<'upcoming' | 'past'>('upcoming')
  const all = shallowRef<Registration[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<unknown>(null)

  const split = computed(() => splitRegistrations(all.value))
  const items = computed(() => (tab.value === 'upcoming' ? split.value.upcoming : split.value.past))

  async function load(options: { quiet?: boolean } = {}): Promise<void> {
    if (!options.quiet) loading.value = true
    error.value = null
    try {
      all.value = await registrationsApi.all()
      loaded.value = true
    } catch (err) {
      error.value = err
    } finally {
      loading.value = false
    }
  }

  return { tab, items, loading, loaded, error, load }
}

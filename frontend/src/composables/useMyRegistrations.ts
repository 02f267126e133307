import { computed, ref } from 'vue'

import { registrationsApi, type Registration } from '@/api/registrations'
import { useLoader } from '@/composables/useList'

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
  const { data, loading, loaded, error, load } = useLoader(() => registrationsApi.all())

  const split = computed(() => splitRegistrations(data.value ?? []))
  const items = computed(() => (tab.value === 'upcoming' ? split.value.upcoming : split.value.past))

  return { tab, items, loading, loaded, error, load }
}

import { reactive, watch } from 'vue'

import type { Audience } from '@/api/choices'

const KEY_PREFIX = 'kepu.walkIns.'

/** Counts by audience key (the API's audiences); a group nobody was counted for is absent. */
function read(eventId: number): Record<Audience, number> {
  const counts: Record<Audience, number> = {}
  try {
    const stored = JSON.parse(localStorage.getItem(KEY_PREFIX + eventId) ?? '{}') as Record<string, unknown>
    for (const [key, raw] of Object.entries(stored)) {
      const value = Number(raw)
      if (Number.isInteger(value) && value > 0) counts[key] = value
    }
  } catch {
    // A damaged entry starts the count again from zero.
  }
  return counts
}

/**
 * Walk-ins counted at the door, by audience group, with no personal data. The tally lives on the
 * organizer's device (the door may have poor signal) and is carried into the post-event report.
 */
export function useWalkInCounter(eventId: number) {
  const counts = reactive(read(eventId))

  watch(
    counts,
    (value) => {
      try {
        localStorage.setItem(KEY_PREFIX + eventId, JSON.stringify(value))
      } catch {
        // Storage full or forbidden: the tally still works for this visit.
      }
    },
    { deep: true },
  )

  function add(audience: Audience, delta: number): void {
    counts[audience] = Math.max(0, (counts[audience] ?? 0) + delta)
  }

  function reset(): void {
    for (const key of Object.keys(counts)) delete counts[key]
  }

  function total(): number {
    return Object.values(counts).reduce((sum, count) => sum + count, 0)
  }

  return { counts, add, reset, total }
}

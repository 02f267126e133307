import { useI18n } from 'vue-i18n'

import type { KepuEvent } from '@/api/events'

type Seats = Pick<KepuEvent, 'capacity' | 'seats_left'>

/**
 * The one wording of an event's seats on every screen: "剩余 13 / 共 30" ("13 left of 30"), "已满 / 共 30"
 * when none is left, "名额不限" without a capacity. The figures are the API's (`seats_left` counts
 * companions' seats too); the words come from the locale files.
 */
export function useSeats() {
  const { t } = useI18n()

  function seatsText(event: Seats): string {
    if (event.capacity === null || event.seats_left === null) return t('event.unlimitedSeats')
    if (event.seats_left <= 0) return t('event.seatsFull', { capacity: event.capacity })
    return t('event.seats', { left: event.seats_left, capacity: event.capacity })
  }

  return { seatsText }
}

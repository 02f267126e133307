import { ref, watch } from 'vue'

import { registrationsApi } from '@/api/registrations'
import { usePagedList } from './usePagedList'

/** The resident's own sign-ups, upcoming or past. */
export function useMyRegistrations() {
  const tab = ref<'upcoming' | 'past'>('upcoming')
  const list = usePagedList(
    (page, pageSize, signal) =>
      registrationsApi.list({ upcoming: tab.value === 'upcoming', page, page_size: pageSize }, signal),
    20,
  )
  watch(tab, () => void list.reset())
  return { tab, ...list }
}

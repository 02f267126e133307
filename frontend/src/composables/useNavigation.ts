import { computed } from 'vue'
import { useRouter } from 'vue-router'

import { useAuthStore } from '@/stores/auth'

export interface NavItem {
  /** Route name to link to. */
  name: string
  /** i18n key of the label. */
  label: string
  /** Who sees the item; everyone when absent. `user` items are a resident's own pages: association staff,
   * whose menu is long with their workspace, reach them from the account menu instead. */
  audience?: 'user' | 'organizer' | 'staff'
}

const ITEMS: NavItem[] = [
  { name: 'home', label: 'nav.home' },
  { name: 'events', label: 'nav.events' },
  { name: 'my-events', label: 'nav.myEvents', audience: 'user' },
  { name: 'my-volunteer', label: 'people.nav.volunteer', audience: 'user' },
  { name: 'organizer-events', label: 'nav.organizer', audience: 'organizer' },
  { name: 'staff-approvals', label: 'staff.approvals', audience: 'staff' },
  { name: 'staff-reports', label: 'staff.reviews', audience: 'staff' },
  { name: 'staff-dashboard', label: 'staff.dashboard', audience: 'staff' },
  { name: 'staff-areas', label: 'workspace.title', audience: 'staff' },
  { name: 'staff-people', label: 'people.nav.people', audience: 'staff' },
  { name: 'staff-venues', label: 'people.nav.venues', audience: 'staff' },
  { name: 'staff-return', label: 'people.nav.return', audience: 'staff' },
]

/** The top-level pages the current user can open, in menu order. */
export function useNavigation() {
  const auth = useAuthStore()
  const router = useRouter()
  return computed<NavItem[]>(() =>
    ITEMS.filter((item) => {
      if (!router.hasRoute(item.name)) return false
      if (item.audience === 'user') return auth.isAuthenticated && !auth.isStaff
      if (item.audience === 'organizer') return auth.isOrganizer
      if (item.audience === 'staff') return auth.isStaff
      return true
    }),
  )
}

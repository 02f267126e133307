import { computed } from 'vue'

import type { Area } from '@/api/areas'
import { useAuthStore } from '@/stores/auth'
import { buildAreaTree, useReferenceStore } from '@/stores/reference'

/**
 * The areas the signed-in staff member looks after: their area and everything under it (all areas
 * for an administrator). The API enforces the scope; this only keeps pickers to what will be accepted.
 */
export function useStaffScope() {
  const auth = useAuthStore()
  const reference = useReferenceStore()

  const prefix = computed(() => {
    const own = auth.user?.staff_area
    if (!own) return ''
    return reference.areaById.get(own.id)?.path ?? null
  })
  const areas = computed<Area[]>(() => {
    const path = prefix.value
    if (path === null) return []
    return reference.areas.filter((area) => area.path.startsWith(path))
  })
  const tree = computed(() => buildAreaTree(areas.value))
  const root = computed<Area | null>(() => {
    const own = auth.user?.staff_area
    if (own) return reference.areaById.get(own.id) ?? null
    return reference.areas.find((area) => area.parent === null) ?? null
  })

  function covers(area: Area | undefined | null): boolean {
    return !!area && prefix.value !== null && area.path.startsWith(prefix.value)
  }

  return { areas, tree, root, covers, load: reference.loadAreas }
}

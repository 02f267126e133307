import type { RouteLocationRaw } from 'vue-router'

import type { AuditEntry } from '@/api/records'

/** The page of the web app that shows what an audit entry is about (the API names its kind and id). */
export function auditLink(entry: AuditEntry): RouteLocationRaw | null {
  const { kind, id } = entry.target
  if (id === null) return null
  switch (kind) {
    case 'event':
      return { name: 'event-detail', params: { id } }
    case 'funding':
      return { name: 'staff-funding' }
    case 'target':
      return { name: 'staff-targets' }
    case 'population':
      return { name: 'staff-population' }
    case 'organization':
      return { name: 'staff-organizations' }
    case 'area':
      return { name: 'staff-areas' }
    case 'material':
      return { name: 'staff-materials' }
    case 'account':
      return { name: 'staff-accounts' }
    default:
      return null
  }
}

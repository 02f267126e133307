import { listAll } from './http'
import type { Distribution, Material } from './types'

export const materialsApi = {
  all: () => listAll<Material>('/api/v1/materials/'),
  /** Materials handed out at one event (written by its post-event report). */
  distributedAt: (eventId: number) => listAll<Distribution>('/api/v1/distributions/', { event: eventId }, 5),
}

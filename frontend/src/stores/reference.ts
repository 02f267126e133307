import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

import { areasApi } from '@/api/areas'
import { materialsApi } from '@/api/materials'
import { organizationsApi } from '@/api/organizations'
import type { Area } from '@/api/areas'
import type { Material } from '@/api/materials'
import type { Organization } from '@/api/organizations'

export interface AreaNode {
  value: number
  label: string
  children?: AreaNode[]
}

/** Build the area tree from the flat list; orphans (parent outside the list) become roots. */
export function buildAreaTree(areas: Area[]): AreaNode[] {
  const nodes = new Map<number, AreaNode>()
  for (const area of areas) nodes.set(area.id, { value: area.id, label: area.name })
  const roots: AreaNode[] = []
  for (const area of areas) {
    const node = nodes.get(area.id)
    if (!node) continue
    const parent = area.parent === null ? undefined : nodes.get(area.parent)
    if (parent) {
      parent.children ??= []
      parent.children.push(node)
    } else {
      roots.push(node)
    }
  }
  return roots
}

function cached<T>(loader: () => Promise<T[]>) {
  const items = shallowRef<T[]>([])
  const loaded = ref(false)
  const error = shallowRef<unknown>(null)
  let pending: Promise<T[]> | null = null

  function load(force = false): Promise<T[]> {
    if (loaded.value && !force) return Promise.resolve(items.value)
    pending ??= loader()
      .then((result) => {
        items.value = result
        loaded.value = true
        error.value = null
        return result
      })
      .catch((err: unknown) => {
        error.value = err
        return items.value
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  return { items, loaded, error, load }
}

/** Reference data that rarely changes: loaded once per visit, shared by every page. */
export const useReferenceStore = defineStore('reference', () => {
  const areas = cached<Area>(() => areasApi.all())
  const organizations = cached<Organization>(() => organizationsApi.all())
  const materials = cached<Material>(() => materialsApi.all())

  const areaTree = computed(() => buildAreaTree(areas.items.value))
  const areaById = computed(() => new Map(areas.items.value.map((area) => [area.id, area])))
  const materialById = computed(() => new Map(materials.items.value.map((material) => [material.id, material])))

  return {
    areas: areas.items,
    areasError: areas.error,
    loadAreas: areas.load,
    areaTree,
    areaById,
    organizations: organizations.items,
    organizationsError: organizations.error,
    loadOrganizations: organizations.load,
    materials: materials.items,
    materialsError: materials.error,
    loadMaterials: materials.load,
    materialById,
  }
})

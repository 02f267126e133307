import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'

import { metaApi, type ChoiceCatalogue, type ChoiceKind, type ChoiceOption } from '@/api/meta'
import { apiLanguage, i18n } from '@/i18n'

/**
 * The labels of every choice (activity types, settings, audiences, statuses…), as the API words them
 * in the current language. Loaded before the app shows, and again when the language changes.
 */
const STORED = 'kepu.choices.'

export const useChoicesStore = defineStore('choices', () => {
  const catalogue = shallowRef<ChoiceCatalogue | null>(null)
  const language = shallowRef<string | null>(null)
  let pending: Promise<void> | null = null

  const labels = computed(() => {
    const byKind = new Map<string, Map<string, string>>()
    for (const [kind, options] of Object.entries(catalogue.value ?? {})) {
      byKind.set(kind, new Map((options as ChoiceOption[]).map((option) => [option.value, option.label])))
    }
    return byKind
  })

  /** Loads the catalogue in the current language unless it is already there; failures keep the last one. */
  function load(): Promise<void> {
    const wanted = apiLanguage()
    if (language.value === wanted && catalogue.value) return Promise.resolve()
    pending ??= metaApi
      .choices()
      .then((result) => {
        catalogue.value = result
        language.value = wanted
        localStorage.setItem(STORED + wanted, JSON.stringify(result))
      })
      .catch(() => {
        // Offline (the door): the catalogue this device saw last.
        const stored = localStorage.getItem(STORED + wanted)
        if (stored && !catalogue.value) {
          catalogue.value = JSON.parse(stored) as ChoiceCatalogue
          language.value = wanted
        }
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  /** The options of one kind of choice, in the API's order. */
  function options(kind: ChoiceKind): ChoiceOption[] {
    return catalogue.value?.[kind] ?? []
  }

  /** The label of one value; the value itself while the catalogue is missing. */
  function label(kind: ChoiceKind, value: string | null | undefined): string {
    if (value === null || value === undefined) return ''
    return labels.value.get(kind)?.get(value) ?? value
  }

  watch(i18n.global.locale, () => {
    if (catalogue.value) void load()
  })

  return { catalogue, language, load, options, label }
})

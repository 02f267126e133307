import { computed, reactive, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'

import { ApiError } from '@/api/client'

/** A user-facing message for any error thrown by the API layer. */
export function useErrorMessage() {
  const { t } = useI18n()
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.isNetworkError) return t('errors.network')
      if (error.detail) return error.detail
      if (error.status === 401) return t('errors.loginRequired')
      if (error.status === 403) return t('errors.forbidden')
      if (error.status === 404) return t('errors.notFoundHint')
      // A gateway or an outage may pass by retrying; an error of the server itself will not.
      if ([502, 503, 504].includes(error.status)) return t('errors.server')
      if (error.status >= 500) return t('errors.internal')
      return t('errors.generic')
    }
    return t('errors.generic')
  }
}

/**
 * Form-level error state: the API's message plus its per-field messages. Given the form's model, a
 * field's message disappears as soon as the person edits that field.
 */
export function useFormErrors(model?: Record<string, unknown>) {
  const error = shallowRef<unknown>(null)
  const edited = reactive(new Set<string>())
  const toMessage = useErrorMessage()

  const fieldErrors = computed<Record<string, string[]>>(() => (error.value instanceof ApiError ? error.value.errors : {}))

  watch(error, () => edited.clear())
  if (model) {
    watch(
      () => ({ ...model }),
      (now, before) => {
        for (const key of Object.keys(now)) {
          if (!Object.is(now[key], before[key])) edited.add(key)
        }
      },
    )
  }

  /** The message for one field, shown next to it (`el-form-item :error`). */
  function fieldError(field: string): string {
    if (edited.has(field)) return ''
    return fieldErrors.value[field]?.join(' ') ?? ''
  }

  /** The form-wide message, unless every message is already shown next to a known field. */
  function formMessage(knownFields: readonly string[]): string {
    if (!error.value) return ''
    const fields = Object.keys(fieldErrors.value)
    if (fields.length && fields.every((field) => knownFields.includes(field))) return ''
    const others = fields.filter((field) => !knownFields.includes(field)).flatMap((field) => fieldErrors.value[field] ?? [])
    return others.length ? others.join(' ') : toMessage(error.value)
  }

  function clear(): void {
    error.value = null
  }

  return { error, fieldErrors, fieldError, formMessage, clear }
}

import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'

import { setAcceptLanguageProvider, type Schemas } from '@/api/client'
import en from './locales/en'
import zhCN, { type MessageSchema } from './locales/zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'kepu.locale'

/** Django's language codes for our UI locales (settings.LANGUAGES). */
export type ApiLanguage = Schemas['LanguageEnum']
const API_LANGUAGE: Record<Locale, ApiLanguage> = { 'zh-CN': 'zh-hans', en: 'en' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
})

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

/** Whether this browser has a language picked by the person (rather than the default). */
export function hasChosenLocale(): boolean {
  try {
    return isLocale(localStorage.getItem(LOCALE_STORAGE_KEY))
  } catch {
    return false
  }
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Private browsing may forbid storage; the switch still works for this visit.
  }
  document.documentElement.lang = locale
}

/** The current UI language as the API names it. */
export function apiLanguage(locale: Locale = currentLocale()): ApiLanguage {
  return API_LANGUAGE[locale]
}

/** The UI locale for an API language code, if we have one. */
export function localeFromApi(language: string | null | undefined): Locale | null {
  const match = LOCALES.find((locale) => API_LANGUAGE[locale] === language)
  return match ?? null
}

setAcceptLanguageProvider(() => API_LANGUAGE[currentLocale()])

export const elementLocale = computed(() => (currentLocale() === 'en' ? elementEn : elementZhCn))

/** Mainland China mobile numbers: 11 digits starting with 1. The API has the final word. */
export const PHONE_PATTERN = /^1\d{10}$/

export function normalizePhone(value: string): string {
  return value.replace(/[\s-]/g, '').replace(/^\+?86/, '')
}

/** Yuan with at most two decimals, as the API's decimal fields take them (sent as strings, never floats). */
export const MONEY_PATTERN = /^\d{1,10}(\.\d{1,2})?$/

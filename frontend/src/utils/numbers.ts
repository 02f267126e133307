/** Thousands separators on a decimal string, without ever turning money into a float. */
export function formatMoney(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value.trim())
  if (!match) return value
  const [, sign = '', whole = '', fraction = ''] = match
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + fraction
}

export function formatInt(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—'
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
}

/** A fraction (0.1676) as a percentage ("16.8%"). */
export function formatFraction(value: number | string | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined || value === '') return '—'
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(number)) return '—'
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(number)
}

/** Whether the yuan still missing to a target (a decimal string from the API) says it is reached. */
export function targetReached(missingYuan: string): boolean {
  return !(Number(missingYuan) > 0)
}

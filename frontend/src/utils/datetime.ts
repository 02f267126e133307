/** The district's clock: the API stores UTC, people read Asia/Shanghai time. */
export const TIME_ZONE = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options)
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options })
    formatters.set(key, cached)
  }
  return cached
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Parts of a date in Asia/Shanghai, whatever the browser's own time zone. */
export function shanghaiParts(value: string | Date): { year: number; month: number; day: number; hour: number; minute: number } | null {
  const date = toDate(value)
  if (!date) return null
  const parts = formatter('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

export function formatDateTime(value: string | Date | null | undefined, locale: string): string {
  if (!value) return ''
  const date = toDate(value)
  if (!date) return ''
  return formatter(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}

export function formatDate(value: string | Date | null | undefined, locale: string): string {
  if (!value) return ''
  const date = toDate(value)
  if (!date) return ''
  return formatter(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date)
}

export function formatTime(value: string | Date | null | undefined, locale: string): string {
  if (!value) return ''
  const date = toDate(value)
  if (!date) return ''
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
}

/** "Sat, 6 Dec 2026, 09:30 – 11:30", collapsing the end to a time when both fall on one Shanghai day. */
export function formatRange(start: string, end: string | null | undefined, locale: string): string {
  const from = formatDateTime(start, locale)
  if (!end) return from
  const a = shanghaiParts(start)
  const b = shanghaiParts(end)
  const sameDay = a && b && a.year === b.year && a.month === b.month && a.day === b.day
  return `${from} – ${sameDay ? formatTime(end, locale) : formatDateTime(end, locale)}`
}

/** A Shanghai calendar day and time as an ISO instant with the +08:00 offset (China has no DST). */
export function shanghaiIso(year: number, month: number, day: number, hour = 0, minute = 0): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`
}

/** The Shanghai calendar day of an instant as `YYYY-MM-DD`. */
export function shanghaiDay(value: string | Date): string {
  const parts = shanghaiParts(value)
  if (!parts) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`
}

/** Value for `<input type="datetime-local">`-style pickers (`YYYY-MM-DDTHH:mm`), in Shanghai time. */
export function toShanghaiLocal(value: string | null | undefined): string {
  if (!value) return ''
  const parts = shanghaiParts(value)
  if (!parts) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`
}

/** `YYYY-MM-DDTHH:mm` read as Shanghai time → ISO instant with offset. */
export function fromShanghaiLocal(value: string | null | undefined): string | null {
  if (!value) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(value)
  if (!match) return null
  const [, y, mo, d, h, mi] = match.map(Number)
  return shanghaiIso(y ?? 0, mo ?? 1, d ?? 1, h ?? 0, mi ?? 0)
}

import { describe, expect, it } from 'vitest'

import { formatFraction, formatMoney, targetReached } from '@/utils/numbers'

describe('formatMoney', () => {
  it('groups thousands without touching the decimals', () => {
    expect(formatMoney('1146100.00')).toBe('1,146,100.00')
    expect(formatMoney('35421.5')).toBe('35,421.5')
    expect(formatMoney('0.10')).toBe('0.10')
  })

  it('shows a dash for a missing figure', () => {
    expect(formatMoney(null)).toBe('—')
  })
})

describe('formatFraction', () => {
  it('shows a fraction as a percentage', () => {
    expect(formatFraction(0.1676, 'en')).toBe('16.8%')
    expect(formatFraction('0.20', 'en', 0)).toBe('20%')
    expect(formatFraction(null, 'en')).toBe('—')
  })
})

describe('targetReached', () => {
  it('reads nothing missing as the target reached, and any yuan missing as not yet', () => {
    expect(targetReached('0.00')).toBe(true)
    expect(targetReached('0.01')).toBe(false)
    expect(targetReached('45000.00')).toBe(false)
  })
})

/** Yuan with at most two decimals, as the API's decimal fields take them (sent as strings, never floats). */
export const MONEY_PATTERN = /^\d{1,10}(\.\d{1,2})?$/

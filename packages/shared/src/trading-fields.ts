import { z } from 'zod'

/** Field shapes the trading schemas share (trading.ts, trading-supervision.ts); not exported from the package. */
export const name = z.string().trim().min(1).max(200)
export const id = z.string().min(1).max(64)
export const instant = z.iso.datetime({ offset: true }).describe('ISO-8601 instant')
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
/** money in fen (分), integers: 1 yuan = 100 fen */
export const fen = z.number().int().min(0).max(1e15)

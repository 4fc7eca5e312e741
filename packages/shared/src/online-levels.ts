// Apart from online.ts (its zod schemas): the portal's home lists the matters that take
// applications online without loading the request schemas.

/** Matters at these online levels (网上预审, 全程网办) take applications online. */
export const onlineApplicableLevels = ['prereview', 'full'] as const

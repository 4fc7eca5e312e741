/** The one place where row values are converted between the two databases and the domain. */
export const toFlag = (b: boolean): number => (b ? 1 : 0)
export const fromFlag = (n: number | string | boolean | null | undefined): boolean =>
  n === 1 || n === '1' || n === true
export const toNumber = (v: number | string | bigint | null | undefined): number =>
  v == null ? 0 : Number(v)
export const iso = (d: Date): string => d.toISOString()
export const toJson = (v: unknown): string => JSON.stringify(v)
export const fromJson = <T = unknown>(s: string | null): T | null => (s == null ? null : (JSON.parse(s) as T))

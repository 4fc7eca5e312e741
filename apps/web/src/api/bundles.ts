import type { BundleLookup } from '@yimin/shared'
import { useQuery } from '@tanstack/react-query'
import { api } from './client'

export type BundleProgress = BundleLookup

/** A bundle number (联办编号) starts with YJS; a case number is digits only. */
export const isBundleNumber = (n: string) => /^YJS\d+$/i.test(n.trim())

/** The public progress of a bundle: its number + last four of the ID or phone (one answer for any wrong pair). */
export function useBundleLookup(params: { number: string; factor: string } | null) {
  return useQuery({
    queryKey: ['bundles', 'lookup', params] as const,
    queryFn: ({ signal }) =>
      // a POST body, not a query: URLs end up in logs, the second factor must not
      api<BundleProgress>('/api/v1/public/bundles/lookup', {
        method: 'POST',
        body: { number: params?.number, factor: params?.factor },
        signal,
      }),
    enabled: params !== null,
    retry: false,
  })
}

const FINISHED = ['completed', 'delivered', 'refused', 'withdrawn', 'revoked']
/** Whether the bundle can be rated (as the server decides: every case finished, at least one decided). */
export const isBundleRatable = (b: BundleProgress) =>
  b.cases.every((c) => FINISHED.includes(c.status)) && b.cases.some((c) => c.completedOn !== null)

/** The printable receipt of a submitted bundle (A4 HTML; the citizen's own application). */
export const bundleReceiptUrl = (applicationId: string) =>
  `/api/v1/citizen/applications/${encodeURIComponent(applicationId)}/receipt`

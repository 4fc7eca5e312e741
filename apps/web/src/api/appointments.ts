import { useMutation, useQueryClient, useQuery } from '@tanstack/react-query'
import type { myAppointmentResponse } from '@yimin/shared'
import { api, post, query, seg } from './client'
import { useIdempotencyKey } from './idempotency'
import { queueKeys, type Appointment, type Slot } from './queue'

/** My appointments (portal): the signed-in citizen books, lists and cancels their own. */
export type MyAppointment = (typeof myAppointmentResponse)['_zod']['output']

const mineKey = ['citizen', 'appointments'] as const

/** A category's slots between two days; nothing is asked before a category is chosen. */
export function useOpenSlots(from: string, to: string, categoryId: string | null) {
  return useQuery({
    queryKey: queueKeys.slots(from, to, categoryId),
    queryFn: ({ signal }) => api<Slot[]>(`/api/v1/queue/slots${query({ from, to, categoryId })}`, { signal }),
    enabled: Boolean(categoryId),
  })
}

export function useMyAppointments(enabled = true) {
  return useQuery({
    queryKey: mineKey,
    queryFn: ({ signal }) => api<MyAppointment[]>('/api/v1/citizen/appointments', { signal }),
    enabled,
  })
}

function useAppointmentChange<I>(fn: (input: I) => Promise<Appointment>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: mineKey })
      void client.invalidateQueries({ queryKey: queueKeys.all })
    },
  })
}

export const useBookMine = () => {
  const withKey = useIdempotencyKey()
  return useAppointmentChange((input: { slotId: string; idNumber?: string }) =>
    withKey((idempotencyKey) =>
      api<Appointment>('/api/v1/citizen/appointments', { method: 'POST', body: input, idempotencyKey }),
    ),
  )
}
export const useCancelMine = () =>
  useAppointmentChange((id: string) => post<Appointment>(`/api/v1/citizen/appointments/${seg(id)}/cancel`))

// ---------------------------------------------------------------- at the kiosk

/** Book a slot at the kiosk (the code also goes out by SMS). */
export function useBookAppointment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { slotId: string; phone: string; idNumber: string }) =>
      post<Appointment>('/api/v1/queue/appointments', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queueKeys.availability }),
  })
}

/** Cancel with the appointment code and the ID number it was booked with. */
export function useCancelAppointment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { code: string; idNumber: string }) =>
      post<Appointment>('/api/v1/queue/appointments/cancel', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queueKeys.availability }),
  })
}

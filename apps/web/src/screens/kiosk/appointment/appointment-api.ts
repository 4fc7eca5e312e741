import { useMutation, useQueryClient } from '@tanstack/react-query'
import { post } from '../../../api/client'
import { queueKeys, type Appointment } from '../../../api/queue'

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

/** The center's clock time now, HH:MM (slots that ended today cannot be booked). */
export function centerTimeNow(now = new Date(), timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(now)
}

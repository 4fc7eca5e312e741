import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { SmsTemplateViewDto } from '@yimin/shared'
import { api, del, post, put, seg } from './client'

const keys = { all: ['sms-templates'] as const }

export interface SmsPreviewDto {
  body: string
  units: number
  parts: number
  perPart: number
}

export function useSmsTemplates() {
  return useQuery({
    queryKey: keys.all,
    queryFn: ({ signal }) => api<SmsTemplateViewDto[]>('/api/v1/sms/templates', { signal }),
  })
}

export function useSaveSmsTemplate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { key: string; zh: string; ug: string }) =>
      put<SmsTemplateViewDto>(`/api/v1/sms/templates/${seg(input.key)}`, { zh: input.zh, ug: input.ug }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useResetSmsTemplate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (key: string) => del<SmsTemplateViewDto>(`/api/v1/sms/templates/${seg(key)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** The server's preview: the text filled from the sample, signed, with its UCS-2 parts. */
export function useSmsPreview(input: { key: string; text: string; language: 'zh' | 'ug' } | null) {
  return useQuery({
    queryKey: ['sms-templates', 'preview', input?.key, input?.language, input?.text],
    queryFn: () => post<SmsPreviewDto>('/api/v1/sms/templates/preview', input),
    enabled: input !== null && input.text.trim() !== '',
    retry: false,
    placeholderData: (previous) => previous,
  })
}

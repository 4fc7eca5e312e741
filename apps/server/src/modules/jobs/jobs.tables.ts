/** The job queue's table (migration 0001). */
export interface JobsTable {
  id: string
  type: string
  key: string | null
  payload: string
  status: 'queued' | 'running' | 'done' | 'failed'
  run_at: string
  attempts: number
  max_attempts: number
  locked_by: string | null
  locked_until: string | null
  last_error: string | null
  created_at: string
  updated_at: string
}

export interface JobTables {
  jobs: JobsTable
}

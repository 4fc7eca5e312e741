/**
 * Marks a statement whose commit must be announced (dialect.ts `eventLog`): database.ts calls
 * its `onSignalledCommit` listeners once the transaction that ran it has committed.
 */
export const COMMIT_SIGNAL = '/* yimin:signal */'

import type { ClientEventMap, ClientEventType } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { EventBus } from './event-bus'

/**
 * A bus that writes nothing: for the demo history's container, which drives the services
 * through past days. Real-time events tell screens that are open now; events of the past had
 * no viewers, and today's displays must not replay them as news.
 */
export class QuietEventBus extends EventBus {
  override async publish<T extends ClientEventType>(
    _tx: Executor,
    _channel: string,
    _type: T,
    _payload: ClientEventMap[T],
  ): Promise<void> {}
}

import { useEffect, useState } from 'react'
import { voiceUrl } from '../../api/queue'
import { VoiceQueue } from './voice-queue'

/** The silent segment used to find out whether sound may play, and to unlock it with a tap. */
const silence = voiceUrl('pause.ogg')

/**
 * One VoiceQueue for the screen's life. At start it tries the silent segment: a browser that
 * blocks autoplay says so at once (the screen then asks for one tap), not at the first call.
 */
export function useVoice() {
  const [isBlocked, setIsBlocked] = useState(false)
  const [queue] = useState(() =>
    typeof Audio === 'undefined' ? null : new VoiceQueue(new Audio(), setIsBlocked),
  )
  useEffect(() => {
    queue?.enqueue([silence])
  }, [queue])
  return {
    isBlocked,
    say: (files: string[]) => queue?.enqueue(files.map(voiceUrl)),
    unlock: () => queue?.unlock(silence),
  }
}

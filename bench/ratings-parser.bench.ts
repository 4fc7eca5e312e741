/**
 * SMS reply parser speed: `npx tsx bench/ratings-parser.bench.ts`. Prints replies parsed per
 * second over a mix of real-looking replies (digits half- and full-width, level words, comments,
 * TD, nonsense), and, as a baseline measured in the same run, a bare `normalize('NFKC')` + trim of
 * the same texts (the least any lenient parser must do), since absolute figures depend on the machine.
 */
import { parseReply } from '../apps/server/src/modules/ratings/reply-parser'

const replies = [
  '1',
  '2',
  '５',
  ' 2 ',
  '2。',
  '【1】',
  '２ 服务很好',
  '1，窗口工作人员很耐心',
  '5 等了两个小时没人管！',
  '4:材料要求前后不一致',
  '1非常满意',
  '非常满意',
  '满意',
  '基本满意',
  '不满意',
  '非常不满意',
  '满意，办得很快',
  '不满意 让我跑了三趟',
  'TD',
  'ＴＤ',
  '退订',
  '你好',
  '谢谢',
  '6',
  '12',
  '3月5日能来取吗',
  '2号窗口态度很好',
  '我的证什么时候能办好',
  'ok',
  '[图片]',
  `3 ${'很'.repeat(200)}`,
]
const N = 4096
const inputs = Array.from({ length: N }, (_, i) => replies[i % replies.length]!)

let sink = 0
function rate(name: string, fn: (s: string) => unknown, minMs = 1000): number {
  for (let i = 0; i < 50_000; i++) fn(inputs[i % N]!) // warm up
  let calls = 0
  const t0 = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    for (let i = 0; i < N; i++) if (fn(inputs[i]!) !== undefined) sink++
    calls += N
    elapsed = performance.now() - t0
  }
  const perSecond = (calls / elapsed) * 1000
  console.log(`${name.padEnd(34)} ${Math.round(perSecond).toLocaleString('en').padStart(12)} replies/s`)
  return perSecond
}

const kinds = new Map<string, number>()
for (const r of replies) {
  const k = parseReply(r).kind
  kinds.set(k, (kinds.get(k) ?? 0) + 1)
}
console.log(
  `${replies.length} distinct replies (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), cycled over ${N} inputs\n`,
)
const parsed = rate('parseReply', parseReply)
const baseline = rate('baseline: NFKC normalize + trim', (s) => s.normalize('NFKC').trim())
console.log(
  `\nparseReply runs at ${((parsed / baseline) * 100).toFixed(0)}% of the bare normalisation's rate`,
)
if (sink < 0) console.log(sink)

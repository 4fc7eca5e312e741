import { describe, expect, it } from 'vitest'
import { parseReply, type ParsedReply } from './reply-parser'

const rating = (level: string, comment: string | null = null): ParsedReply =>
  ({ kind: 'rating', level, comment }) as ParsedReply
const unclear: ParsedReply = { kind: 'unclear' }
const optOut: ParsedReply = { kind: 'opt_out' }

/** Replies as citizens type them, with what the invitation (1 非常满意 … 5 非常不满意) means by them. */
const cases: Array<[string, ParsedReply]> = [
  // digits, half- and full-width, with spaces and punctuation
  ['1', rating('very_satisfied')],
  ['2', rating('satisfied')],
  ['3', rating('basic')],
  ['4', rating('dissatisfied')],
  ['5', rating('very_dissatisfied')],
  ['１', rating('very_satisfied')],
  ['５', rating('very_dissatisfied')],
  [' 2 ', rating('satisfied')],
  ['2。', rating('satisfied')],
  ['2.', rating('satisfied')],
  ['【1】', rating('very_satisfied')],
  ['“3”', rating('basic')],
  ['\u30001\u3000', rating('very_satisfied')],
  // a trailing comment (NFKC-folded, as the reply is read: ！ → !)
  ['２ 服务很好', rating('satisfied', '服务很好')],
  ['1，窗口工作人员很耐心', rating('very_satisfied', '窗口工作人员很耐心')],
  ['5 等了两个小时没人管！', rating('very_dissatisfied', '等了两个小时没人管!')],
  ['4:材料要求前后不一致', rating('dissatisfied', '材料要求前后不一致')],
  ['1非常满意', rating('very_satisfied')],
  ['2 满意，谢谢', rating('satisfied', '谢谢')],
  ['5非常不满意 态度差', rating('very_dissatisfied', '态度差')],
  ['4 不满意', rating('dissatisfied')],
  ['1!!!', rating('very_satisfied')],
  // the level words (不满意 contains 满意; 非常不满意 contains both)
  ['非常满意', rating('very_satisfied')],
  ['满意', rating('satisfied')],
  ['基本满意', rating('basic')],
  ['不满意', rating('dissatisfied')],
  ['非常不满意', rating('very_dissatisfied')],
  ['很满意！', rating('very_satisfied')],
  ['满意，办得很快', rating('satisfied', '办得很快')],
  ['不满意 让我跑了三趟', rating('dissatisfied', '让我跑了三趟')],
  ['非常不满意。', rating('very_dissatisfied')],
  ['  基本满意  还行吧', rating('basic', '还行吧')],
  // opt-out
  ['TD', optOut],
  ['td', optOut],
  ['ＴＤ', optOut],
  ['T D', optOut],
  ['退订', optOut],
  ['TD退订', optOut],
  // an opt-out word anywhere, also glued to a digit, is never read as a rating
  ['1TD', optOut],
  ['1 TD', optOut],
  ['TD1', optOut],
  ['满意 退订', optOut],
  ['2退订', optOut],
  ['非常满意，以后别发了 td', optOut],
  ['１ＴＤ', optOut],
  // nonsense and ambiguity: never a wrong rating
  ['', unclear],
  ['   ', unclear],
  ['？？', unclear],
  ['你好', unclear],
  ['谢谢', unclear],
  ['6', unclear],
  ['0', unclear],
  ['12', unclear],
  ['10086', unclear],
  ['3月5日能来取吗', unclear],
  ['2号窗口态度很好', unclear],
  ['1.5', unclear],
  ['2 不满意', unclear],
  ['1 非常不满意', unclear],
  ['不太满意', unclear],
  ['我的证什么时候能办好', unclear],
  ['好', unclear],
  ['[图片]', unclear],
  ['ok', unclear],
  ['TDD', unclear],
  // two different levels named: unclear, never the first of them
  ['满意 不满意', unclear],
  ['1 2', unclear],
  ['2 3', unclear],
  ['2，3', unclear],
  ['非常满意 基本满意', unclear],
  ['5 其实不满意', unclear],
  ['不满意 1', unclear],
  // the same level twice, or numbers that are not levels, stay a rating
  ['1 1', rating('very_satisfied', '1')],
  ['满意 满意', rating('satisfied', '满意')],
  ['5 等了2个小时', rating('very_dissatisfied', '等了2个小时')],
  ['4 排队30分钟', rating('dissatisfied', '排队30分钟')],
  ['1 给3号窗口点赞', rating('very_satisfied', '给3号窗口点赞')],
]

describe('parseReply', () => {
  it('covers at least 40 real-looking replies', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases)('%j', (reply, expected) => {
    expect(parseReply(reply)).toEqual(expected)
  })

  it('keeps at most 500 characters of a comment', () => {
    const parsed = parseReply(`3 ${'很'.repeat(800)}`)
    expect(parsed).toMatchObject({ kind: 'rating', level: 'basic' })
    expect(parsed.kind === 'rating' && parsed.comment?.length).toBe(500)
  })
})

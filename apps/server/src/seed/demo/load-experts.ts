import { creditCodeCheckChar, expertSpecialties, residentIdCheckChar } from '@yimin/shared'
import type { SeedContext } from './context'

/**
 * The demo expert pool (评标专家库): sixty experts over the ten specialties (six with each as
 * their first, a second specialty for every other one), from twelve employers in Urumqi, all
 * deterministic (names, identity numbers with their check characters, demo phones 1399…).
 * Runs once: skipped when the pool has experts.
 */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '马', '艾']
const GIVEN = ['建国', '晓东', '海燕', '志强', '丽娜', '文博', '新华', '玉兰', '宏伟', '雪梅', '振华', '俊杰']
const UYGHUR = [
  '艾力·买买提',
  '古丽娜尔·吐尔逊',
  '阿不都热合曼·艾买提',
  '热依拉·阿不都',
  '买买提江·吐尔洪',
  '迪丽努尔·艾山',
]
const EMPLOYERS = [
  '新疆建筑设计研究院有限公司',
  '乌鲁木齐市市政工程设计研究院',
  '新疆水利水电勘测设计研究院',
  '新疆交通规划勘察设计研究院',
  '国网新疆电力有限公司经济技术研究院',
  '新疆大学',
  '新疆医科大学第一附属医院',
  '新疆维吾尔自治区政府采购评审中心',
  '新疆天正工程造价咨询有限公司',
  '新疆天阳律师事务所',
  '新疆农业大学',
  '石河子大学',
]
const code = (body17: string) => body17 + creditCodeCheckChar(body17)
const employerCode = (i: number) => code(`12650100MB${String(i).padStart(2, '0')}A0C1`.padEnd(17, '7'))

export const DEMO_EXPERTS = Array.from({ length: 60 }, (_, i) => {
  const birth = new Date(Date.UTC(1965, 0, 1 + i * 97))
  const first17 = `650102${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(100 + i).padStart(3, '0')}`
  const primary = expertSpecialties[i % 10]!
  const second = expertSpecialties[(i * 3 + 1) % 10]!
  const employer = i % EMPLOYERS.length
  return {
    name: i % 10 === 9 ? UYGHUR[(i / 10) | 0]! : `${SURNAMES[i % 12]}${GIVEN[(i * 5) % 12]}`,
    idNumber: first17 + residentIdCheckChar(first17),
    phone: `1399${String(1000000 + i * 137).slice(-7)}`,
    employerName: EMPLOYERS[employer]!,
    employerCreditCode: employerCode(employer),
    region: '650102',
    specialties: i % 2 === 0 && second !== primary ? [primary, second] : [primary],
    conflicts: [],
    isAvailable: i % 15 !== 14,
  }
})

export async function loadExperts(ctx: SeedContext): Promise<void> {
  const { c, actor } = ctx
  if ((await c.experts.pool.list(actor)).length > 0) return
  for (const e of DEMO_EXPERTS) await c.experts.pool.create(actor, e)
}

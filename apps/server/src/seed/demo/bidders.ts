import { creditCodeCheckChar, residentIdCheckChar } from '@yimin/shared'

const code = (body17: string) => body17 + creditCodeCheckChar(body17)
const residentId = (first17: string) => first17 + residentIdCheckChar(first17)

/**
 * The three demo bidders (投标人), each registered through the bidding service with its contact
 * phone confirmed by SMS and one staff account (listed in README.md, the demo password). The
 * decryption codes are fixed for the demo so a reviewer can decrypt their bids at an opening
 * (a real bidder's browser makes a random one and nobody else ever knows it).
 */
export const DEMO_BIDDERS = [
  {
    name: '新疆华远建设工程有限公司',
    creditCode: code('91650102MA7BJ3K41'),
    phone: '13980000101',
    username: 'trading-bidder1',
    /** the staff member's resident ID number (made up, with its check digit): recorded as a hash */
    idNumber: residentId('65010219850312041'),
    displayName: '华远建设 投标专员 韩冬',
    decryptionCode: 'A1B2-C3D4-E5F6-0718-293A-4B5C-6D7E-8F91',
    ip: '10.21.3.17',
  },
  {
    name: '新疆天诚实业集团有限公司',
    creditCode: code('91650104MA7CN5P62'),
    phone: '13980000102',
    username: 'trading-bidder2',
    /** the staff member's resident ID number (made up, with its check digit): recorded as a hash */
    idNumber: residentId('65010419900726082'),
    displayName: '天诚实业 投标专员 古丽巴哈尔·艾力',
    decryptionCode: 'B2C3-D4E5-F607-1829-3A4B-5C6D-7E8F-9A02',
    ip: '10.34.8.52',
  },
  {
    name: '乌鲁木齐金桥科技有限公司',
    creditCode: code('91650105MA7DQ7R83'),
    phone: '13980000103',
    username: 'trading-bidder3',
    /** the staff member's resident ID number (made up, with its check digit): recorded as a hash */
    idNumber: residentId('65010519821105113'),
    displayName: '金桥科技 投标专员 周凯',
    decryptionCode: 'C3D4-E5F6-0718-293A-4B5C-6D7E-8F90-A1B3',
    ip: '10.56.1.9',
  },
] as const

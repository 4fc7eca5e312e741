/** @jsxRuntime automatic @jsxImportSource react */
import { cnDate, renderA4Document } from '../cases/a4-page'

/** The award notice (中标通知书): printable, its QR code leading to the public verification. */
export async function renderAwardNotice(n: {
  centerName: string
  number: string
  projectCode: string
  projectName: string
  lotName: string
  winner: string
  priceYuan: string
  tenderee: string
  awardedOn: string
  verifyUrl: string
}): Promise<string> {
  return renderA4Document({
    title: '中标通知书',
    number: n.number,
    centerName: n.centerName,
    rows: [
      ['项目编号', n.projectCode],
      ['项目名称', n.projectName],
      ['标段', n.lotName],
      ['中标人', n.winner],
      ['中标价（元）', n.priceYuan],
      ['招标人', n.tenderee],
    ],
    body: (
      <p>
        {n.winner}
        ：经评标委员会评审并公示期满，确定你单位为上述标段的中标人。请自本通知书发出之日起三十日内与招标人订立书面合同（招标投标法
        第四十六条）。扫描二维码可核验本通知书。
      </p>
    ),
    progressUrl: n.verifyUrl,
    issuedOn: cnDate(n.awardedOn),
  })
}

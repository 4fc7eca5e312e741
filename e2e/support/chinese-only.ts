import type { APIRequestContext, Page } from 'playwright-core'

/**
 * Issue 21 point 7: a screen in Uyghur or English shows no Chinese where a translation is
 * expected. The exceptions, all in this file, are texts the demo data has only in Chinese:
 *
 * - names people and administrators gave: staff display names (系统管理员, 窗口人员 李娜),
 *   device names, the applicant of the sweep's case;
 * - catalog names not translated (a matter, bundle or department whose `name` has no `ug`/`en`);
 * - screens whose content is data kept in Chinese by design: a matter's service guide and a
 *   bundle's description (the catalog's documents are Chinese; their names are translated), the
 *   catalog and bundle admin lists (a "name (Chinese)" column), the SMS templates and log (the
 *   messages go out in Chinese), the calendar (holiday names as the State Council gives them).
 *
 * Text inside an element marked `lang="zh…"` (the language switch's 中文) is Chinese on purpose.
 */
export const chineseContentRoutes: readonly RegExp[] = [
  /^\/portal\/guide\/[^/?]+$/,
  /^\/portal\/bundles\//,
  /^\/admin\/catalog/,
  /^\/admin\/bundles/,
  /^\/admin\/sms-templates/,
  /^\/admin\/sms-log/,
  /^\/admin\/calendar/,
]

/** Names only in Chinese, per language (a name translated into Uyghur but not English counts for `en`). */
export async function chineseOnlyNames(
  admin: APIRequestContext,
  extra: readonly string[],
): Promise<Record<'ug' | 'en', string[]>> {
  const json = async <T>(url: string): Promise<T> => (await (await admin.get(url)).json()) as T
  const users = await json<Array<{ displayName: string }>>('/api/v1/users')
  const devices = await json<Array<{ name: string }>>('/api/v1/devices')
  type Named = { name: { zh: string; ug?: string; en?: string } }
  const matters = await json<{ items: Array<Named & { department: Named }> }>(
    '/api/v1/catalog/matters?pageSize=200',
  )
  const bundles = await json<{ items: Named[] }>('/api/v1/catalog/bundles')
  const named = [...matters.items, ...matters.items.map((m) => m.department), ...bundles.items]
  const always = [...users.map((u) => u.displayName), ...devices.map((d) => d.name), ...extra]
  const untranslated = (language: 'ug' | 'en') => named.filter((n) => !n.name[language]).map((n) => n.name.zh)
  // longest first, so a name is removed before a shorter one inside it
  const sorted = (names: string[]) => [...new Set(names)].sort((a, b) => b.length - a.length)
  return {
    ug: sorted([...always, ...untranslated('ug')]),
    en: sorted([...always, ...untranslated('en')]),
  }
}

/** The runs of Han characters a page shows (text, labels, placeholders) once the exceptions are taken out. */
export async function chineseOnPage(page: Page, exceptions: readonly string[]): Promise<string[]> {
  return page.evaluate((names) => {
    let text = document.body.innerText
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[lang^="zh"]')))
      if (el.innerText) text = text.split(el.innerText).join(' ')
    const attributes = Array.from(document.querySelectorAll('[aria-label], [placeholder], [title]'))
      .filter((el) => !el.closest('[lang^="zh"]'))
      .flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''))
    let all = `${text}\n${attributes.join('\n')}`
    for (const n of names) all = all.split(n).join(' ')
    const runs = all.match(
      /[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]*/g,
    )
    return [...new Set(runs ?? [])]
  }, exceptions)
}

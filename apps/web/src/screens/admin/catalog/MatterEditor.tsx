import { ArrowLeftOutlined, CloudUploadOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons'
import type { AdminMatterResponse } from '@yimin/shared'
import { App, Button, Form, Popconfirm, Space, Tabs, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import {
  useAdminMatter,
  useCreateMatter,
  useDiscardDraft,
  usePublish,
  useSaveDraft,
} from '../../../api/catalog'
import { fieldIssues, type FieldIssue } from '../../../api/client'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { IssueList } from '../../../components/IssueList'
import { issueText } from '../../../components/issues'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import { showIssues } from '../../../components/useFormIssues'
import { BasicFields } from './editor/BasicFields'
import { FormFieldList } from './editor/FormFieldList'
import {
  checkDocument,
  emptyDocument,
  fieldLabel,
  fromDocument,
  toDocument,
  type EditorValues,
} from './editor/document'
import { LimitFields, ParallelFields, SpecialFields, StepFields } from './editor/LimitFields'
import { FeeFields, MaterialFields } from './editor/MaterialFields'
import { PlaceFields } from './editor/PlaceFields'
import { TextListFields } from './editor/TextListFields'
import { MatterStatus } from './MatterStatus'
import { VersionHistory } from './VersionHistory'
import './editor/editor.css'

/** The editor's sections (tabs): every field stays mounted, so validation sees all of them. */
type Section = 'basics' | 'limits' | 'materials' | 'fees' | 'form' | 'versions'
const sectionOfField: Record<string, Section> = {
  legalLimitDays: 'limits',
  promisedLimitDays: 'limits',
  intakeLimitDays: 'limits',
  extensionMaxDays: 'limits',
  extensionApproverRole: 'limits',
  steps: 'limits',
  parallelDepartments: 'limits',
  specialProcedures: 'limits',
  materials: 'materials',
  fees: 'fees',
  formFields: 'form',
}
/** The section holding a field (by the first part of its path); the rest are basics. */
export const sectionOf = (path: ReadonlyArray<string | number> | undefined): Section =>
  sectionOfField[String(path?.[0] ?? '')] ?? 'basics'

/** /admin/catalog/new and /admin/catalog/:id — the matter page: loads, then edits. */
export function MatterEditorPage() {
  const { id } = useParams()
  const matter = useAdminMatter(id ?? null)
  if (id && matter.isPending) return <Loading />
  if (id && matter.isError) return <ErrorAlert error={matter.error} />
  return (
    <MatterEditor
      key={`${id ?? 'new'}-${matter.data?.draft?.id ?? matter.data?.published?.id ?? ''}`}
      matter={matter.data ?? null}
    />
  )
}

/** Every element of the matter document; save as draft, then publish. */
function MatterEditor({ matter }: { matter: AdminMatterResponse | null }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<EditorValues>()
  const create = useCreateMatter()
  const saveDraft = useSaveDraft()
  const publish = usePublish()
  const discard = useDiscardDraft()
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [serverError, setServerError] = useState<unknown>(null)
  const [isDirty, setIsDirty] = useState(false)
  const [section, setSection] = useState<Section>('basics')
  /** opens the section of the first field with a problem, so the problem is in view */
  const reveal = (found: ReadonlyArray<{ path: ReadonlyArray<string | number> }>) => {
    if (found[0]) setSection(sectionOf(found[0].path))
  }
  const current = matter?.draft ?? matter?.published ?? null
  const initial = current ? fromDocument(current.document) : emptyDocument

  const fail = (error: unknown) => {
    const found = fieldIssues(error)
    setServerError(error)
    setIssues(found)
    reveal(found)
    showIssues(form, found, (i) => issueText(i, t))
  }

  /** Validates with the shared schema, then saves the draft; the matter's id comes back. */
  const save = async (): Promise<string | null> => {
    setServerError(null)
    setIssues([])
    try {
      await form.validateFields()
    } catch (error) {
      // antd shows each field's problem; the first one's section opens
      const fields = (error as { errorFields?: Array<{ name: Array<string | number> }> }).errorFields
      reveal((fields ?? []).map((f) => ({ path: f.name })))
      return null
    }
    const checked = checkDocument(toDocument(form.getFieldsValue(true) as EditorValues))
    if (!checked.ok) {
      setIssues(checked.issues)
      reveal(checked.issues)
      showIssues(form, checked.issues, (i) => issueText(i, t))
      return null
    }
    try {
      const saved = matter
        ? await saveDraft.mutateAsync({ id: matter.id, doc: checked.doc })
        : await create.mutateAsync(checked.doc)
      setIsDirty(false)
      return saved.id
    } catch (error) {
      fail(error)
      return null
    }
  }

  const onSave = async () => {
    const id = await save()
    if (!id) return
    void message.success(t('editor.draftSaved'))
    if (!matter) void navigate(`/admin/catalog/${encodeURIComponent(id)}`, { replace: true })
  }

  const onPublish = async () => {
    const id = isDirty || !matter?.draft ? await save() : matter.id
    if (!id) return
    try {
      const done = await publish.mutateAsync(id)
      void message.success(t('editor.published', { n: done.published?.version ?? '' }))
      if (!matter) void navigate(`/admin/catalog/${encodeURIComponent(id)}`, { replace: true })
    } catch (error) {
      fail(error)
    }
  }

  const onDiscard = () =>
    matter &&
    discard.mutate(matter.id, {
      onSuccess: (r) => {
        void message.success(t('editor.draftDiscarded'))
        if (r.matterDeleted) void navigate('/admin/catalog')
      },
      onError: fail,
    })

  const isBusy = create.isPending || saveDraft.isPending || publish.isPending
  return (
    <>
      <Space wrap align="center" style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Space wrap align="center">
          <Link to="/admin/catalog">
            <ArrowLeftOutlined aria-hidden className="yimin-flip-rtl" /> {t('editor.backToList')}
          </Link>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {matter ? (current ? localName(current.document) : matter.code) : t('editor.newMatter')}
          </Typography.Title>
          {matter && (
            <MatterStatus
              publishedVersion={matter.published?.version ?? null}
              hasDraft={matter.draft !== null}
            />
          )}
        </Space>
        <Space wrap>
          {matter?.draft && (
            <Popconfirm
              title={t('editor.confirmDiscard')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={onDiscard}
            >
              <Button danger icon={<DeleteOutlined aria-hidden />} loading={discard.isPending}>
                {t('editor.discardDraft')}
              </Button>
            </Popconfirm>
          )}
          <Button
            icon={<SaveOutlined aria-hidden />}
            onClick={() => void onSave()}
            loading={create.isPending || saveDraft.isPending}
            disabled={isBusy}
          >
            {t('editor.saveDraft')}
          </Button>
          <Button
            type="primary"
            icon={<CloudUploadOutlined aria-hidden />}
            onClick={() => void onPublish()}
            loading={publish.isPending}
            disabled={isBusy}
          >
            {t('editor.publish')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('editor.intro')}</Typography.Paragraph>
      <IssueList error={serverError} issues={issues} fieldLabel={(p) => fieldLabel(p, t)} />
      <Form<EditorValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        scrollToFirstError
        onValuesChange={() => setIsDirty(true)}
      >
        <Tabs
          activeKey={section}
          onChange={(key) => setSection(key as Section)}
          items={[
            {
              key: 'basics',
              label: t('editor.basic'),
              forceRender: true,
              children: (
                <>
                  <BasicFields isCodeFixed={matter !== null} />
                  <PlaceFields />
                  <TextListFields
                    name="conditions"
                    title={t('editor.conditions')}
                    itemKey="editor.condition"
                    addLabel={t('editor.addCondition')}
                  />
                  <TextListFields
                    name="legalBasis"
                    title={t('editor.legalBasis')}
                    itemKey="editor.basis"
                    addLabel={t('editor.addBasis')}
                  />
                </>
              ),
            },
            {
              key: 'limits',
              label: t('editor.limits'),
              forceRender: true,
              children: (
                <>
                  <LimitFields />
                  <StepFields />
                  <ParallelFields />
                  <SpecialFields />
                </>
              ),
            },
            {
              key: 'materials',
              label: t('editor.materials'),
              forceRender: true,
              children: <MaterialFields />,
            },
            { key: 'fees', label: t('editor.fees'), forceRender: true, children: <FeeFields /> },
            { key: 'form', label: t('editor.formFields'), forceRender: true, children: <FormFieldList /> },
            ...(matter
              ? [
                  {
                    key: 'versions',
                    label: t('catalogAdmin.history'),
                    children: <VersionHistory matter={matter} />,
                  },
                ]
              : []),
          ]}
        />
      </Form>
    </>
  )
}

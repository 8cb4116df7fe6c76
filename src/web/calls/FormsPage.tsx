// Form templates for user offices: the newest version of each key, a preview, a new form or the
// next version of one.
import { useState } from 'react';
import { Button, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { LoadMore, PageHeader } from '../components/common.tsx';
import { usePaged } from '../components/hooks.ts';
import { ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import * as api from './api.ts';
import type { FormTemplate } from './api.ts';
import Questionnaire from './Questionnaire.tsx';
import { TemplateEditorModal } from './TemplateEditor.tsx';
import { useOffices } from './CallsPage.tsx';

export default function FormsPage() {
  const { t, pick, dateTime } = useI18n();
  const { canRun } = useOffices();
  const list = usePaged(async (cursor, signal) => {
    const p = await api.forms({ latest: 'true', cursor, limit: 50 }, signal);
    return { ...p, total: p.items.length, totalCapped: false };
  }, []);
  const [selected, setSelected] = useState<FormTemplate | null>(null);
  const [editing, setEditing] = useState<{ base?: FormTemplate } | null>(null);
  const [preview, setPreview] = useState<Record<string, unknown>>({});

  return (
    <div data-testid="forms-page">
      <Typography.Paragraph>
        <Link to="/calls">← {t('calls.list.title')}</Link>
      </Typography.Paragraph>
      <PageHeader
        title={t('calls.forms.title')}
        subtitle={t('calls.forms.intro')}
        extra={
          canRun && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="template-create">
              {t('calls.forms.new')}
            </Button>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <div className="pj-panel">
            <ListStates list={list}>
              <List<FormTemplate>
                dataSource={list.items}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calls.forms.empty')} /> }}
                data-testid="templates-list"
                renderItem={(f) => (
                  <List.Item
                    onClick={() => {
                      setSelected(f);
                      setPreview({});
                    }}
                    style={{ cursor: 'pointer', background: selected?.id === f.id ? 'rgba(22,119,255,0.06)' : undefined, paddingInline: 8 }}
                    data-testid={`template-${f.key}`}
                  >
                    <List.Item.Meta
                      title={pick(f.title, f.titleEn)}
                      description={
                        <Space size={4} wrap>
                          <Typography.Text code>{f.key}</Typography.Text>
                          <Tag>v{f.version}</Tag>
                          <span>{t('calls.forms.questions', { n: f.questions.length })}</span>
                          <span>{dateTime(f.createdAt)}</span>
                        </Space>
                      }
                    />
                  </List.Item>
                )}
              />
              <LoadMore list={list} />
            </ListStates>
          </div>
        </Col>
        <Col xs={24} lg={15}>
          <div className="pj-panel">
            {selected ? (
              <>
                <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 16 }} wrap>
                  <Typography.Title level={4} style={{ margin: 0 }}>
                    {pick(selected.title, selected.titleEn)} <Tag>v{selected.version}</Tag>
                  </Typography.Title>
                  {canRun && (
                    <Button onClick={() => setEditing({ base: selected })} data-testid="template-new-version">
                      {t('calls.forms.newVersion')}
                    </Button>
                  )}
                </Space>
                <Typography.Paragraph type="secondary">{t('calls.forms.previewHelp')}</Typography.Paragraph>
                <Questionnaire questions={selected.questions} value={preview} onChange={setPreview} />
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calls.forms.pick')} />
            )}
          </div>
        </Col>
      </Row>
      {editing && (
        <TemplateEditorModal
          open
          base={editing.base}
          onClose={() => setEditing(null)}
          onSaved={(f) => {
            setEditing(null);
            setSelected(f);
            list.reload();
          }}
        />
      )}
    </div>
  );
}

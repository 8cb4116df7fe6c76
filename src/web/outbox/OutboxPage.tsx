// Mail the platform sent or holds (no SMTP in development): read invitations without a mail server.
import { Alert, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import * as api from '../api/endpoints.ts';
import type { Mail, MailStatus } from '../api/types.ts';
import { usePaged } from '../components/hooks.ts';
import { LinkifiedText, LoadMore, PageHeader } from '../components/common.tsx';
import { EmptyState, ListStates } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';

const STATUS_COLOR: Record<MailStatus, string> = { pending: 'blue', sent: 'green', held: 'gold', failed: 'red' };

function MailBody({ mail }: { mail: Mail }) {
  const { t } = useI18n();
  return (
    <div data-testid={`mail-body-${mail.id}`}>
      {mail.lastError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('outbox.lastError')} description={mail.lastError} />}
      <pre className="pj-mail-body">
        <LinkifiedText text={mail.body} />
      </pre>
    </div>
  );
}

export default function OutboxPage() {
  const { t, dateTime } = useI18n();
  const { isOperator } = useSession();
  const [params, setParams] = useSearchParams();
  const mine = !isOperator || params.get('mine') === 'true';
  const list = usePaged((cursor, signal) => api.outbox({ cursor, limit: 50, mine: isOperator ? (mine ? 'true' : 'false') : undefined }, signal), [mine, isOperator]);

  const columns: TableColumnsType<Mail> = [
    { title: t('outbox.subject'), dataIndex: 'subject', ellipsis: true },
    { title: t('outbox.to'), dataIndex: 'to', width: 240, ellipsis: true },
    { title: t('common.status'), key: 'status', width: 100, render: (_, m) => <Tag color={STATUS_COLOR[m.status]}>{t(`mailStatus.${m.status}`)}</Tag> },
    { title: t('common.createdAt'), key: 'createdAt', width: 150, render: (_, m) => dateTime(m.createdAt) },
    { title: t('outbox.sentAt'), key: 'sentAt', width: 150, render: (_, m) => dateTime(m.sentAt) },
  ];

  return (
    <div data-testid="outbox-page">
      <PageHeader
        title={t('outbox.title')}
        subtitle={isOperator ? t('outbox.introOperator') : t('outbox.intro')}
        extra={
          isOperator && (
            <Space>
              <Switch
                id="outbox-mine"
                checked={mine}
                onChange={(v) => {
                  const p = new URLSearchParams(params);
                  if (v) p.set('mine', 'true');
                  else p.delete('mine');
                  setParams(p, { replace: true });
                }}
                data-testid="outbox-mine"
              />
              <label htmlFor="outbox-mine">{t('outbox.mineOnly')}</label>
            </Space>
          )
        }
      />
      <div className="pj-panel">
        <ListStates list={list}>
          <Table<Mail>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 800 }}
            expandable={{ expandedRowRender: (m) => <MailBody mail={m} />, expandRowByClick: false }}
            locale={{ emptyText: <EmptyState description={t('outbox.empty')} /> }}
            data-testid="outbox-table"
          />
          <LoadMore list={list} testId="outbox-load-more" />
        </ListStates>
        {list.items.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t('outbox.expandHint')}
          </Typography.Paragraph>
        )}
      </div>
    </div>
  );
}

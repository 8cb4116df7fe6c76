// Small pieces shared by the screens: page titles, "load more", copy, JSON and linked text.
import { Fragment, useRef, type ReactNode, type RefObject } from 'react';
import { App, Button, Flex, Modal, Select, Space, Tag, Typography } from 'antd';
import { CopyOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { OrgKind, OrgRole } from '../../shared/enums.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from './states.tsx';
import type { PagedState, PagesState } from './hooks.ts';

/** The title line of a screen, with actions on the right. */
export function PageHeader({ title, subtitle, extra }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={16} style={{ marginBottom: 24 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {subtitle}
          </Typography.Paragraph>
        )}
      </div>
      {extra && <Space wrap>{extra}</Space>}
    </Flex>
  );
}

const FIRST_FIELD = 'input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly])';

/**
 * A modal around a form: the cursor starts in the first field (the dialog would otherwise focus
 * its close button) unless a field already has it, and Tab stays inside the dialog while it is open.
 */
export function FormModal({ open, title, onClose, children, width }: { open: boolean; title: ReactNode; onClose: () => void; children: ReactNode; width?: number }) {
  const body = useRef<HTMLDivElement>(null);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      width={width}
      destroyOnHidden
      focusable={{ trap: true }}
      afterOpenChange={(isOpen) => {
        // Someone who already started typing keeps their place: the animation ends after they began.
        if (isOpen && !body.current?.contains(document.activeElement)) body.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
      }}
    >
      <div ref={body}>{children}</div>
    </Modal>
  );
}

/** Cancel and submit buttons at the end of a form inside a modal (so Enter submits the form). */
export function ModalActions({ busy, onCancel, submitLabel, testId, danger }: { busy: boolean; onCancel: () => void; submitLabel: string; testId?: string; danger?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
      <Button onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </Button>
      <Button type="primary" danger={danger} htmlType="submit" loading={busy} data-testid={testId}>
        {submitLabel}
      </Button>
    </Flex>
  );
}

/** "Showing n of m" and a button for the next page of a cursor-paged list. */
export function LoadMore<T>({ list, testId }: { list: PagedState<T>; testId?: string }) {
  const { t, number } = useI18n();
  if (list.items.length === 0 && !list.moreError) return null;
  return (
    <div style={{ marginTop: 16 }}>
      <ErrorAlert error={list.moreError} onRetry={list.loadMore} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {!list.hasMore
            ? t('pager.all', { total: number(list.items.length) })
            : t(list.totalCapped ? 'common.shownOfMany' : 'common.shownOf', { shown: number(list.items.length), total: number(Math.max(list.total, list.items.length)) })}
        </Typography.Text>
        {list.hasMore && (
          <Button onClick={list.loadMore} loading={list.loadingMore} data-testid={testId ?? 'load-more'}>
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
    </div>
  );
}

const PAGE_SIZES = [20, 50, 100];

/**
 * "21–40 of 4,500", previous / next page and the page size of a list shown a page at a time.
 * `top` is where the list begins: a new page is read from its top, not from where the last one
 * was scrolled to.
 */
export function Pager<T>({ pages, testId, nextTestId, top }: { pages: PagesState<T>; testId: string; nextTestId?: string; top?: RefObject<HTMLElement | null> }) {
  const { t, number } = useI18n();
  if (pages.items.length === 0 && !pages.hasPrev) return null;
  const from = (pages.page - 1) * pages.pageSize + 1;
  const to = from + pages.items.length - 1;
  const total = Math.max(pages.total, to);
  const single = !pages.hasPrev && !pages.hasNext;
  const go = (move: () => void) => () => {
    move();
    top?.current?.scrollIntoView({ block: 'start' });
  };
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }} data-testid={testId}>
      <Typography.Text type="secondary" aria-live="polite" data-testid={`${testId}-range`}>
        {single
          ? t('pager.all', { total: number(pages.items.length) })
          : t(pages.totalCapped ? 'pager.rangeMany' : 'pager.range', { from: number(from), to: number(to), total: number(total) })}
      </Typography.Text>
      <Space wrap>
        {/* One page needs no page buttons; the size select stays while a smaller page would split the list. */}
        {(!single || pages.items.length > PAGE_SIZES[0]!) && (
          <Select<number>
            value={pages.pageSize}
            onChange={pages.setPageSize}
            options={PAGE_SIZES.map((n) => ({ value: n, label: t('pager.perPage', { n }) }))}
            aria-label={t('pager.pageSize')}
            style={{ width: 120 }}
            data-testid={`${testId}-size`}
          />
        )}
        {!single && (
          <>
            <Button icon={<LeftOutlined />} onClick={go(pages.prev)} disabled={!pages.hasPrev || pages.loading} data-testid={`${testId}-prev`}>
              {t('pager.prev')}
            </Button>
            <Typography.Text>{t('pager.pageN', { n: number(pages.page) })}</Typography.Text>
            <Button onClick={go(pages.next)} disabled={!pages.hasNext || pages.loading} loading={pages.loading && pages.hasNext} data-testid={nextTestId ?? `${testId}-next`}>
              {t('pager.next')} <RightOutlined />
            </Button>
          </>
        )}
      </Space>
    </Flex>
  );
}

/** Copies `text` to the clipboard and says so. */
export function CopyButton({ text, testId, label }: { text: string; testId?: string; label?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('common.copied'));
    } catch {
      void message.error(t('common.copyFailed'));
    }
  };
  return (
    <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid={testId}>
      {label ?? t('common.copy')}
    </Button>
  );
}

/** A JSON value, pretty-printed. */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  const { t } = useI18n();
  return (
    <div style={{ minWidth: 0, flex: 1 }}>
      <Typography.Text strong>{label}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary">{t('common.none')}</Typography.Paragraph>
      ) : (
        <pre className="pj-pre" tabIndex={0}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}

// URL.canParse is too new for some browsers still in use in offices; parse the old way.
function parseUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

const URL_RE = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with its http(s) links made clickable; links into this app stay in the app. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_RE);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
        const url = parseUrl(part);
        if (!url) return <Fragment key={i}>{part}</Fragment>;
        if (url.origin === window.location.origin && !url.pathname.startsWith('/api/')) {
          return (
            <Link key={i} to={url.pathname + url.search + url.hash}>
              {part}
            </Link>
          );
        }
        return (
          <a key={i} href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        );
      })}
    </>
  );
}

const ROLE_COLOR: Record<OrgRole, string> = { owner: 'gold', admin: 'blue', member: 'default' };

/** An organization role as a tag. */
export function RoleTag({ role }: { role: OrgRole }) {
  const { t } = useI18n();
  return <Tag color={ROLE_COLOR[role]}>{t(`orgRole.${role}`)}</Tag>;
}

const KIND_COLOR: Record<OrgKind, string> = {
  university: 'geekblue',
  research_institute: 'blue',
  enterprise: 'cyan',
  startup: 'green',
  service_provider: 'lime',
  investor: 'gold',
  facility_operator: 'purple',
  incubator: 'orange',
  government_agency: 'red',
};

/** An organization kind as a tag. */
export function KindTag({ kind }: { kind: OrgKind }) {
  const { t } = useI18n();
  return <Tag color={KIND_COLOR[kind]}>{t(`orgKind.${kind}`)}</Tag>;
}

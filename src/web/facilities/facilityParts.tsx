// Pieces of a facility shown on the home page and the facility page.
import { Col, Row, Statistic, Tag } from 'antd';
import type { FacilityStatus } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

const STATUS_COLOR: Record<FacilityStatus, string> = { operating: 'green', under_construction: 'orange', planned: 'default' };

export function FacilityStatusTag({ status }: { status: FacilityStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`facilityStatus.${status}`)}</Tag>;
}

// Figures the catalogs name; any other key the server sends is shown as its key, split into words.
const FIGURE_KEYS = [
  'usersServed',
  'institutes',
  'researchTeams',
  'teams',
  'projects',
  'yearsInOperation',
  'beamlines',
  'stations',
  'beamEnergyGeV',
  'undulatorLines',
  'imagingModalities',
  'platforms',
  'treatmentRooms',
] as const;
type FigureKey = (typeof FIGURE_KEYS)[number];

function isFigureKey(k: string): k is FigureKey {
  return (FIGURE_KEYS as readonly string[]).includes(k);
}

/** The published figures of a facility (users served, institutes, …). */
export function FigureList({ figures, compact }: { figures: Record<string, number>; compact?: boolean }) {
  const { t, number } = useI18n();
  const entries = Object.entries(figures).filter(([, v]) => typeof v === 'number');
  if (entries.length === 0) return null;
  const label = (k: string) => (isFigureKey(k) ? t(`figure.${k}` as MessageKey) : k.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return (
    <Row gutter={[16, 8]} style={{ marginTop: compact ? 12 : 0 }}>
      {entries.map(([k, v]) => (
        <Col key={k} xs={12} md={compact ? 12 : 6}>
          <Statistic title={label(k)} value={number(v)} styles={{ content: { fontSize: compact ? 16 : 24 } }} />
        </Col>
      ))}
    </Row>
  );
}

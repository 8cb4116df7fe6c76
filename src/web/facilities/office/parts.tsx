// Small pieces of the user office screens: route, hazard, verdict and outcome tags.
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { AccessRoute, Hazard } from './api.ts';

/** Every hazard a sample may carry, in the order the form offers them (the server's list). */
export const HAZARD_LIST = ['none', 'toxic', 'flammable', 'corrosive', 'radioactive', 'biological', 'nanomaterial', 'pressurized', 'cryogenic', 'laser'] as const satisfies readonly Hazard[];

const ROUTE_COLORS: Record<AccessRoute, string> = {
  general: 'blue',
  rapid: 'gold',
  long_term: 'purple',
  block: 'geekblue',
  mail_in: 'cyan',
  proprietary: 'magenta',
  in_house: 'green',
};

export function RouteTag({ route }: { route: AccessRoute }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t(`office.routeHelp.${route}`)}>
      <Tag color={ROUTE_COLORS[route]}>{t(`office.route.${route}`)}</Tag>
    </Tooltip>
  );
}

export function HazardTags({ hazards }: { hazards: readonly Hazard[] }) {
  const { t } = useI18n();
  const real = hazards.filter((h) => h !== 'none');
  if (!real.length) return <Tag>{t('office.hazard.none')}</Tag>;
  return (
    <>
      {real.map((h) => (
        <Tag key={h} color="volcano">
          {t(`office.hazard.${h}`)}
        </Tag>
      ))}
    </>
  );
}

export type Verdict = 'feasible' | 'partly' | 'not_feasible';
const VERDICT_COLORS: Record<Verdict, string> = { feasible: 'success', partly: 'warning', not_feasible: 'error' };

export function VerdictTag({ verdict, shifts }: { verdict: Verdict; shifts?: number | null }) {
  const { t } = useI18n();
  return (
    <Tag color={VERDICT_COLORS[verdict]}>
      {t(`office.verdict.${verdict}`)}
      {shifts !== undefined && shifts !== null ? ` · ${shifts}` : ''}
    </Tag>
  );
}

export type Outcome = 'awarded' | 'partial' | 'rejected';
const OUTCOME_COLORS: Record<Outcome, string> = { awarded: 'success', partial: 'processing', rejected: 'default' };

export function OutcomeTag({ outcome, shifts }: { outcome: string; shifts?: number }) {
  const { t } = useI18n();
  const o = (['awarded', 'partial', 'rejected'] as const).find((x) => x === outcome);
  if (!o) return <Tag>{outcome}</Tag>;
  return (
    <Tag color={OUTCOME_COLORS[o]}>
      {t(`office.outcome.${o}`)}
      {shifts ? ` · ${shifts}` : ''}
    </Tag>
  );
}

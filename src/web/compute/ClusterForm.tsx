// The form of a cluster: register one for a provider (its admins; operators), or change one
// (names, region, status, admission, pools and their prices, connection). Prices are typed in
// yuan and travel as fen.
import { useState } from 'react';
import { Button, Card, Col, Divider, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CLUSTER_ADMISSIONS, CLUSTER_ENGINES, CLUSTER_STATUSES, GPU_MODEL_NAMES } from '../../shared/compute.ts';
import { FormModal, ModalActions } from '../components/common.tsx';
import { ErrorAlert } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../session/SessionContext.tsx';
import * as api from './api.ts';
import type { Cluster, ClusterAdmission, ClusterEngine, ClusterStatus, GpuModel, PoolInput } from './api.ts';

/** The CPU-only choice of the GPU model select. */
const NO_GPU = '-';

interface PoolValues {
  name: string;
  gpuModel: string;
  nodes: number;
  gpusPerNode: number;
  cpusPerNode: number;
  memGbPerNode: number;
  gpuHourYuan: number | null;
  cpuHourYuan: number;
  partition?: string;
}

interface Values {
  providerId?: string;
  code?: string;
  name: string;
  nameEn?: string;
  engine?: ClusterEngine;
  region: string;
  status?: ClusterStatus;
  admission: ClusterAdmission;
  pools: PoolValues[];
  partition?: string;
  account?: string;
  outputDir?: string;
  workDir?: string;
  description?: string;
}

const fen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);
const yuan = (f: number) => f / 100;

function toPools(pools: PoolValues[]): PoolInput[] {
  return pools.map((p) => {
    const gpu = p.gpuModel !== NO_GPU;
    return {
      name: p.name.trim(),
      gpuModel: gpu ? (p.gpuModel as GpuModel) : null,
      nodes: p.nodes,
      gpusPerNode: gpu ? p.gpusPerNode : 0,
      cpusPerNode: p.cpusPerNode,
      memGbPerNode: p.memGbPerNode,
      gpuHourFen: gpu ? fen(p.gpuHourYuan) : 0,
      cpuHourFen: fen(p.cpuHourYuan),
      ...(p.partition?.trim() ? { partition: p.partition.trim() } : {}),
    };
  });
}

function connectionOf(v: Values): api.ClusterInput['connection'] {
  const c: Record<string, string> = {};
  for (const k of ['partition', 'account', 'outputDir', 'workDir'] as const) {
    const s = v[k]?.trim();
    if (s) c[k] = s;
  }
  return c;
}

const NEW_POOL: PoolValues = { name: 'h100', gpuModel: 'H100', nodes: 1, gpusPerNode: 8, cpusPerNode: 64, memGbPerNode: 1024, gpuHourYuan: 30, cpuHourYuan: 0.3 };

function PoolFields() {
  const { t } = useI18n();
  const engine = Form.useWatch('engine', Form.useFormInstance()) as ClusterEngine | undefined;
  return (
    <Form.List name="pools">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={t('compute.form.poolN', { n: i + 1 })}
              extra={fields.length > 1 && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('compute.form.removePool')} data-testid={`pool-remove-${i}`} />}
              data-testid={`pool-fields-${i}`}
            >
              <Row gutter={8}>
                <Col xs={12} md={8}>
                  <Form.Item label={t('compute.form.poolName')} name={[f.name, 'name']} rules={[{ required: true, message: t('form.required') }, { pattern: /^[a-z0-9][a-z0-9_-]*$/, message: t('compute.form.poolNameRule') }]}>
                    <Input data-testid={`pool-name-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item label={t('compute.form.gpuModel')} name={[f.name, 'gpuModel']} rules={[{ required: true, message: t('form.required') }]}>
                    <Select options={[{ value: NO_GPU, label: t('compute.gpuClass.cpu') }, ...GPU_MODEL_NAMES.map((m) => ({ value: m, label: m }))]} data-testid={`pool-model-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item label={t('compute.form.nodes')} name={[f.name, 'nodes']} rules={[{ required: true, message: t('form.required') }]}>
                    <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} data-testid={`pool-nodes-${i}`} />
                  </Form.Item>
                </Col>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => {
                    const gpu = getFieldValue(['pools', f.name, 'gpuModel']) !== NO_GPU;
                    return (
                      <>
                        <Col xs={12} md={8}>
                          <Form.Item label={t('compute.form.gpusPerNode')} name={[f.name, 'gpusPerNode']} rules={[{ required: gpu, message: t('form.required') }]}>
                            <InputNumber min={gpu ? 1 : 0} max={64} precision={0} disabled={!gpu} style={{ width: '100%' }} data-testid={`pool-gpus-${i}`} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={8}>
                          <Form.Item label={t('compute.form.gpuHourYuan')} name={[f.name, 'gpuHourYuan']} rules={[{ required: gpu, message: t('form.required') }]}>
                            <InputNumber min={0.01} max={1000000} precision={2} disabled={!gpu} style={{ width: '100%' }} prefix="¥" data-testid={`pool-gpu-price-${i}`} />
                          </Form.Item>
                        </Col>
                      </>
                    );
                  }}
                </Form.Item>
                <Col xs={12} md={8}>
                  <Form.Item label={t('compute.form.cpuHourYuan')} name={[f.name, 'cpuHourYuan']} rules={[{ required: true, message: t('form.required') }]}>
                    <InputNumber min={0.01} max={1000000} precision={2} style={{ width: '100%' }} prefix="¥" data-testid={`pool-cpu-price-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item label={t('compute.form.cpusPerNode')} name={[f.name, 'cpusPerNode']} rules={[{ required: true, message: t('form.required') }]}>
                    <InputNumber min={1} max={4096} precision={0} style={{ width: '100%' }} data-testid={`pool-cpus-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item label={t('compute.form.memGbPerNode')} name={[f.name, 'memGbPerNode']} rules={[{ required: true, message: t('form.required') }]}>
                    <InputNumber min={1} max={1048576} precision={0} style={{ width: '100%' }} data-testid={`pool-mem-${i}`} />
                  </Form.Item>
                </Col>
                {engine === 'slurm' && (
                  <Col xs={12} md={8}>
                    <Form.Item label={t('compute.form.partition')} name={[f.name, 'partition']}>
                      <Input placeholder={t('compute.form.partitionDefault')} data-testid={`pool-partition-${i}`} />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>
          ))}
          {fields.length < 32 && (
            <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_POOL, name: `pool${fields.length + 1}` })} data-testid="pool-add">
              {t('compute.form.addPool')}
            </Button>
          )}
        </Space>
      )}
    </Form.List>
  );
}

export interface ProviderChoice {
  id: string;
  label: string;
}

/** Registers a cluster for one of `providers` (admitted compute providers the caller administers; every one for operators). */
export function RegisterClusterModal({ open, providers, onClose, onDone }: { open: boolean; providers: ProviderChoice[]; onClose: () => void; onDone: (c: Cluster) => void }) {
  const { t } = useI18n();
  const { isOperator } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(
        await api.registerCluster({
          providerId: v.providerId!,
          code: v.code!.trim(),
          name: v.name.trim(),
          nameEn: v.nameEn?.trim() || undefined,
          engine: v.engine!,
          region: v.region.trim(),
          admission: v.admission,
          pools: toPools(v.pools),
          connection: connectionOf(v),
          description: v.description?.trim() || undefined,
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const engines = CLUSTER_ENGINES.map((e) => ({
    value: e,
    label: e === 'kubernetes' ? `${t('compute.engine.kubernetes')} — ${t('compute.form.noAdapter')}` : e === 'local' && !isOperator ? `${t('compute.engine.local')} — ${t('compute.form.operatorsOnly')}` : t(`compute.engine.${e}`),
    disabled: e === 'kubernetes' || (e === 'local' && !isOperator),
  }));
  return (
    <FormModal open={open} title={t('compute.form.registerTitle')} onClose={onClose} width={860}>
      <ErrorAlert error={error} />
      <Form<Values>
        layout="vertical"
        requiredMark={false}
        initialValues={{ providerId: providers[0]?.id, engine: 'slurm', admission: 'open', pools: [NEW_POOL], partition: 'debug' }}
        onFinish={(v) => void submit(v)}
        data-testid="cluster-form"
      >
        <Form.Item label={t('compute.cluster.provider')} name="providerId" rules={[{ required: true, message: t('form.required') }]}>
          <Select options={providers.map((p) => ({ value: p.id, label: p.label }))} data-testid="cluster-provider" />
        </Form.Item>
        <Row gutter={8}>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.cluster.code')} name="code" rules={[{ required: true, whitespace: true, message: t('form.required') }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: t('compute.codeRule') }, { max: 40, message: t('form.tooLong', { max: 40 }) }]}>
              <Input data-testid="cluster-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.cluster.region')} name="region" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64, message: t('form.tooLong', { max: 64 }) }]}>
              <Input placeholder="shanghai-lingang" data-testid="cluster-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.form.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200, message: t('form.tooLong', { max: 200 }) }]}>
              <Input data-testid="cluster-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.form.nameEn')} name="nameEn" rules={[{ max: 200, message: t('form.tooLong', { max: 200 }) }]}>
              <Input data-testid="cluster-name-en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.cluster.engine')} name="engine" rules={[{ required: true, message: t('form.required') }]} extra={t('compute.form.engineHint')}>
              <Select options={engines} data-testid="cluster-engine" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.cluster.admission')} name="admission" extra={t('compute.form.admissionHint')}>
              <Select options={CLUSTER_ADMISSIONS.map((a) => ({ value: a, label: t(`compute.admission.${a}`) }))} data-testid="cluster-admission" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('compute.cluster.pools')}</Divider>
        <PoolFields />
        <Divider titlePlacement="start">{t('compute.form.connection')}</Divider>
        <ConnectionFields />
        <Form.Item label={t('compute.form.description')} name="description" rules={[{ max: 4000, message: t('form.tooLong', { max: 4000 }) }]}>
          <Input.TextArea rows={2} data-testid="cluster-description" />
        </Form.Item>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('compute.form.register')} testId="cluster-submit" />
      </Form>
    </FormModal>
  );
}

function ConnectionFields() {
  const { t } = useI18n();
  return (
    <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.engine !== b.engine}>
      {({ getFieldValue }) => {
        const engine = getFieldValue('engine') as ClusterEngine | undefined;
        return (
          <Row gutter={8}>
            {engine !== 'local' && (
              <>
                <Col xs={24} md={12}>
                  <Form.Item label={t('compute.form.partition')} name="partition">
                    <Input data-testid="cluster-partition" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('compute.form.account')} name="account">
                    <Input data-testid="cluster-account" />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item label={t('compute.form.outputDir')} name="outputDir" extra={t('compute.form.absolutePath')}>
                    <Input data-testid="cluster-output-dir" />
                  </Form.Item>
                </Col>
              </>
            )}
            {engine === 'local' && (
              <Col xs={24}>
                <Form.Item label={t('compute.form.workDir')} name="workDir" extra={t('compute.form.workDirHint')}>
                  <Input data-testid="cluster-work-dir" />
                </Form.Item>
              </Col>
            )}
          </Row>
        );
      }}
    </Form.Item>
  );
}

/** Changes a cluster (the provider's admins, operators). */
export function EditClusterModal({ cluster, onClose, onDone }: { cluster: Cluster | null; onClose: () => void; onDone: (c: Cluster) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!cluster) return null;
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(
        await api.updateCluster(cluster.id, {
          name: v.name.trim(),
          nameEn: v.nameEn?.trim() || null,
          region: v.region.trim(),
          status: v.status,
          admission: v.admission,
          pools: toPools(v.pools),
          ...(cluster.connection ? { connection: connectionOf({ ...v, engine: cluster.engine }) } : {}),
          description: v.description?.trim() || null,
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const initial: Values = {
    name: cluster.name,
    nameEn: cluster.nameEn ?? undefined,
    engine: cluster.engine,
    region: cluster.region,
    status: cluster.status,
    admission: cluster.admission,
    pools: cluster.pools.map((p) => ({
      name: p.name,
      gpuModel: p.gpuModel ?? NO_GPU,
      nodes: p.nodes,
      gpusPerNode: p.gpusPerNode,
      cpusPerNode: p.cpusPerNode,
      memGbPerNode: p.memGbPerNode,
      gpuHourYuan: p.gpuModel ? yuan(p.gpuHourFen) : null,
      cpuHourYuan: yuan(p.cpuHourFen),
      partition: p.partition ?? undefined,
    })),
    partition: cluster.connection?.partition,
    account: cluster.connection?.account,
    outputDir: cluster.connection?.outputDir,
    workDir: cluster.connection?.workDir,
    description: cluster.description ?? undefined,
  };
  return (
    <FormModal open title={t('compute.form.editTitle', { code: cluster.code })} onClose={onClose} width={860}>
      <ErrorAlert error={error} />
      <Form<Values> layout="vertical" requiredMark={false} initialValues={initial} onFinish={(v) => void submit(v)} data-testid="cluster-edit-form">
        {/* The engine does not change; the pool and connection fields follow it. */}
        <Form.Item name="engine" hidden>
          <Input />
        </Form.Item>
        <Row gutter={8}>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.form.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
              <Input data-testid="cluster-edit-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('compute.form.nameEn')} name="nameEn">
              <Input data-testid="cluster-edit-name-en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('compute.cluster.region')} name="region" rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
              <Input data-testid="cluster-edit-region" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('compute.cluster.status')} name="status" extra={t('compute.form.statusHint')}>
              <Select options={CLUSTER_STATUSES.map((s) => ({ value: s, label: t(`compute.clusterStatus.${s}`) }))} data-testid="cluster-edit-status" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('compute.cluster.admission')} name="admission">
              <Select options={CLUSTER_ADMISSIONS.map((a) => ({ value: a, label: t(`compute.admission.${a}`) }))} data-testid="cluster-edit-admission" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('compute.cluster.pools')}</Divider>
        <PoolFields />
        {cluster.connection && (
          <>
            <Divider titlePlacement="start">{t('compute.form.connection')}</Divider>
            <ConnectionFields />
          </>
        )}
        <Form.Item label={t('compute.form.description')} name="description">
          <Input.TextArea rows={2} data-testid="cluster-edit-description" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('compute.form.auditHint')}
        </Typography.Paragraph>
        <ModalActions busy={busy} onCancel={onClose} submitLabel={t('common.save')} testId="cluster-edit-submit" />
      </Form>
    </FormModal>
  );
}

// Submitting a compute job from the web: the project (one with an allocation), a command or a
// container image, GPUs of a model or of any model of a class, CPUs, memory, time limit, and,
// folded away, priority, preemption, an array, data locations and environment variables. The
// most it can cost at the cheapest cluster that fits is shown before submitting (that amount is
// held while it runs; it pays for what it used). One Idempotency-Key per form: a retry after a
// lost answer does not submit twice.
import { useMemo, useState } from 'react';
import { Alert, Button, Col, Collapse, Flex, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { GPU_CLASSES, GPU_MODEL_NAMES, GPU_MODELS, MAX_ARRAY_SIZE, MAX_TIME_LIMIT_MINUTES, type GpuClass, type GpuModel } from '../../../shared/compute.ts';
import { PageHeader } from '../../components/common.tsx';
import { useAsync } from '../../components/hooks.ts';
import { EmptyState, ErrorAlert, ErrorResult, LoadingBlock } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ComputeNav } from '../parts.tsx';
import * as api from './api.ts';
import type { Cluster, ComputeJobSubmit, ComputeProject } from './api.ts';
import { Money, useLimit } from './parts.tsx';

interface Values {
  projectId: string;
  name: string;
  kind: 'command' | 'image';
  command?: string;
  image?: string;
  gpus: number;
  /** 'model:H100' or 'class:training'. */
  gpu?: string;
  cpus: number;
  memGb: number;
  timeLimitMinutes: number;
  priority?: number;
  preemptible?: boolean;
  arraySize?: number | null;
  inputUri?: string;
  outputUri?: string;
  env?: { name?: string; value?: string }[];
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** The GPU classes a project may use now: those of its active allocations (null: CPU only). */
function classesOf(p: ComputeProject | undefined): (GpuClass | null)[] {
  return (p?.allocations ?? []).filter((a) => a.status === 'active').map((a) => a.gpuClass);
}

/** The cheapest price of a job's resources among the pools that could run it, or null. */
function cheapest(clusters: Cluster[], v: { gpus: number; gpu?: string; cpus: number; memGb: number; timeLimitMinutes: number }): { fen: number; cluster: Cluster } | null {
  const [by, what] = (v.gpu ?? '').split(':') as ['model' | 'class' | '', string];
  let best: { fen: number; cluster: Cluster } | null = null;
  for (const c of clusters) {
    if (c.status !== 'active') continue;
    for (const p of c.pools) {
      if (v.gpus > 0) {
        if (!p.gpuModel) continue;
        if (by === 'model' && p.gpuModel !== what) continue;
        if (by === 'class' && GPU_MODELS[p.gpuModel as GpuModel].class !== what) continue;
        if (v.gpus > p.nodes * p.gpusPerNode) continue;
      }
      if (v.cpus > p.nodes * p.cpusPerNode || v.memGb > p.nodes * p.memGbPerNode) continue;
      const perHour = v.gpus * p.gpuHourFen + v.cpus * p.cpuHourFen;
      const fen = Math.ceil((perHour * v.timeLimitMinutes) / 60);
      if (!best || fen < best.fen) best = { fen, cluster: c };
    }
  }
  return best;
}

function defaultName(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `job-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

export default function SubmitJobPage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const limit = useLimit();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [key] = useState(api.newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data = useAsync(async (signal) => {
    const [projects, clusters] = await Promise.all([api.projects(signal), api.clusters({}, signal)]);
    return { projects: projects.items, clusters: clusters.items };
  }, []);

  const projects = useMemo(() => (data.data?.projects ?? []).filter((p) => classesOf(p).length > 0), [data.data]);
  const projectId = Form.useWatch('projectId', form);
  const kind = Form.useWatch('kind', form) ?? 'command';
  const gpus = Form.useWatch('gpus', form) ?? 0;
  const gpu = Form.useWatch('gpu', form);
  const cpus = Form.useWatch('cpus', form) ?? 1;
  const memGb = Form.useWatch('memGb', form) ?? 1;
  const minutes = Form.useWatch('timeLimitMinutes', form) ?? 60;
  const project = projects.find((p) => p.id === projectId);
  const classes = classesOf(project);

  // GPU choices: any model of each class the project may use, then the models of those classes
  // that some cluster of the pool offers (every model when the clusters are not known).
  const offered = new Set((data.data?.clusters ?? []).flatMap((c) => c.pools.map((p) => p.gpuModel)).filter((m): m is GpuModel => !!m));
  const gpuOptions = GPU_CLASSES.filter((c) => classes.includes(c)).map((c) => ({
    label: t(`computeJobs.gpuClass.${c}`),
    options: [
      { value: `class:${c}`, label: t('computeJobs.submit.anyOf', { cls: t(`computeJobs.gpuClass.${c}`) }) },
      ...GPU_MODEL_NAMES.filter((m) => GPU_MODELS[m].class === c && (offered.size === 0 || offered.has(m))).map((m) => ({ value: `model:${m}`, label: `${m} (${GPU_MODELS[m].memoryGb} GB)` })),
    ],
  }));
  const estimate = data.data ? cheapest(data.data.clusters, { gpus, gpu, cpus, memGb, timeLimitMinutes: minutes }) : null;

  if (data.error != null && !data.data) return <ErrorResult error={data.error} onRetry={data.reload} />;
  if (!data.data) return <LoadingBlock />;

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const [by, what] = (v.gpu ?? '').split(':');
    const env = Object.fromEntries((v.env ?? []).filter((e) => e.name).map((e) => [e.name!, e.value ?? '']));
    const body: ComputeJobSubmit = {
      projectId: v.projectId,
      name: v.name.trim(),
      ...(v.kind === 'command' ? { command: v.command ?? '' } : { image: (v.image ?? '').trim() }),
      gpus: v.gpus,
      ...(v.gpus > 0 && by === 'model' ? { gpuModel: what as GpuModel } : {}),
      ...(v.gpus > 0 && by === 'class' ? { gpuClass: what as GpuClass } : {}),
      cpus: v.cpus,
      memGb: v.memGb,
      timeLimitMinutes: v.timeLimitMinutes,
      ...(v.priority ? { priority: v.priority } : {}),
      ...(v.preemptible ? { preemptible: true } : {}),
      ...(v.inputUri?.trim() ? { inputUri: v.inputUri.trim() } : {}),
      ...(v.outputUri?.trim() ? { outputUri: v.outputUri.trim() } : {}),
      ...(Object.keys(env).length ? { env } : {}),
      ...(v.arraySize && v.arraySize > 1 ? { array: { size: v.arraySize } } : {}),
    };
    try {
      const r = await api.withRetry(() => api.submit(body, key));
      if (r.arrayId) navigate(`/compute/jobs?arrayId=${encodeURIComponent(r.arrayId)}`);
      else navigate(`/compute/jobs/${encodeURIComponent(r.jobs[0]!.id)}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const required = { required: true, message: t('form.required') };
  const initialProject = projects.find((p) => p.id === params.get('project'))?.id ?? (projects.length === 1 ? projects[0]!.id : undefined);
  const firstGpu = (p: ComputeProject | undefined) => {
    const cls = classesOf(p).find((c): c is GpuClass => c !== null);
    return cls ? `class:${cls}` : undefined;
  };

  return (
    <div data-testid="cj-submit-page">
      <ComputeNav />
      <PageHeader title={t('computeJobs.submit.title')} subtitle={t('computeJobs.submit.intro')} />
      {projects.length === 0 ? (
        <div className="pj-panel">
          <EmptyState description={t('computeJobs.submit.noProject')}>
            <Link to="/compute/allocations">{t('computeJobs.submit.requestAllocation')}</Link>
          </EmptyState>
        </div>
      ) : (
        <div className="pj-panel">
          <ErrorAlert error={error} />
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark={false}
            disabled={busy}
            initialValues={{ projectId: initialProject, name: defaultName(), kind: 'command', gpus: 1, gpu: firstGpu(projects.find((p) => p.id === initialProject)), cpus: 1, memGb: 4, timeLimitMinutes: 60, priority: 0, env: [] }}
            onValuesChange={(changed: Partial<Values>) => {
              if (changed.projectId) form.setFieldValue('gpu', firstGpu(projects.find((p) => p.id === changed.projectId)));
            }}
            onFinish={(v) => void submit(v)}
            data-testid="cj-submit-form"
          >
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item label={t('computeJobs.col.project')} name="projectId" rules={[required]}>
                  <Select<string>
                    showSearch={{ optionFilterProp: 'label' }}
                    options={projects.map((p) => ({ value: p.id, label: `${p.code} · ${pick(p.name, p.nameEn)} — ${pick(p.orgName, p.orgNameEn)}` }))}
                    data-testid="cj-submit-project"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('computeJobs.submit.name')} name="name" rules={[required, { max: 200, message: t('form.tooLong', { max: 200 }) }]}>
                  <Input maxLength={200} data-testid="cj-submit-name" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="kind" label={t('computeJobs.submit.what')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'command', label: <span data-testid="cj-submit-kind-command">{t('computeJobs.submit.command')}</span> },
                  { value: 'image', label: <span data-testid="cj-submit-kind-image">{t('computeJobs.submit.image')}</span> },
                ]}
              />
            </Form.Item>
            {kind === 'command' ? (
              <Form.Item name="command" label={t('computeJobs.submit.command')} extra={t('computeJobs.submit.commandHint')} rules={[required, { max: 65_536, message: t('form.tooLong', { max: 65_536 }) }]}>
                <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} placeholder="python train.py --epochs 3" data-testid="cj-submit-command" />
              </Form.Item>
            ) : (
              <Form.Item name="image" label={t('computeJobs.submit.image')} extra={t('computeJobs.submit.imageHint')} rules={[required, { max: 512, message: t('form.tooLong', { max: 512 }) }]}>
                <Input placeholder="registry.example.cn/team/trainer:1.0" data-testid="cj-submit-image" />
              </Form.Item>
            )}
            <Row gutter={16}>
              <Col xs={12} md={4}>
                <Form.Item name="gpus" label={t('computeJobs.submit.gpus')} rules={[required]}>
                  <InputNumber min={0} max={1024} precision={0} style={{ width: '100%' }} data-testid="cj-submit-gpus" />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="gpu" label={t('computeJobs.submit.gpuModel')} rules={gpus > 0 ? [required] : []}>
                  <Select<string> disabled={gpus === 0} options={gpuOptions} placeholder={gpus === 0 ? t('computeJobs.submit.cpuOnly') : undefined} data-testid="cj-submit-model" />
                </Form.Item>
              </Col>
              <Col xs={8} md={4}>
                <Form.Item name="cpus" label={t('computeJobs.submit.cpus')} rules={[required]}>
                  <InputNumber min={1} max={4096} precision={0} style={{ width: '100%' }} data-testid="cj-submit-cpus" />
                </Form.Item>
              </Col>
              <Col xs={8} md={4}>
                <Form.Item name="memGb" label={t('computeJobs.submit.memGb')} rules={[required]}>
                  <InputNumber min={1} max={65_536} precision={0} style={{ width: '100%' }} data-testid="cj-submit-mem" />
                </Form.Item>
              </Col>
              <Col xs={8} md={4}>
                <Form.Item name="timeLimitMinutes" label={t('computeJobs.submit.timeLimit')} rules={[required]} extra={limit(minutes || 1)}>
                  <InputNumber min={1} max={MAX_TIME_LIMIT_MINUTES} precision={0} style={{ width: '100%' }} data-testid="cj-submit-time" />
                </Form.Item>
              </Col>
            </Row>
            {gpus > 0 && !classes.some((c) => c !== null) && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('computeJobs.submit.noGpuAllocation')} />}
            <Collapse
              ghost
              style={{ marginBottom: 16 }}
              items={[
                {
                  key: 'more',
                  label: <span data-testid="cj-submit-more">{t('computeJobs.submit.more')}</span>,
                  forceRender: true,
                  children: (
                    <>
                      <Row gutter={16}>
                        <Col xs={12} md={6}>
                          <Form.Item name="priority" label={t('computeJobs.col.priority')} extra={t('computeJobs.submit.priorityHint')}>
                            <InputNumber min={-10} max={10} precision={0} style={{ width: '100%' }} data-testid="cj-submit-priority" />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={6}>
                          <Form.Item name="arraySize" label={t('computeJobs.submit.array')} extra={t('computeJobs.submit.arrayHint')}>
                            <InputNumber min={1} max={MAX_ARRAY_SIZE} precision={0} style={{ width: '100%' }} data-testid="cj-submit-array" />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item name="preemptible" label={t('computeJobs.submit.preemptible')} valuePropName="checked" extra={t('computeJobs.submit.preemptibleHint')}>
                            <Switch data-testid="cj-submit-preemptible" />
                          </Form.Item>
                        </Col>
                      </Row>
                      <Row gutter={16}>
                        <Col xs={24} md={12}>
                          <Form.Item name="inputUri" label={t('computeJobs.submit.inputUri')} rules={[{ max: 2048, message: t('form.tooLong', { max: 2048 }) }]}>
                            <Input placeholder="s3://bucket/dataset/" data-testid="cj-submit-input" />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item name="outputUri" label={t('computeJobs.submit.outputUri')} rules={[{ max: 2048, message: t('form.tooLong', { max: 2048 }) }]}>
                            <Input placeholder="s3://bucket/results/" data-testid="cj-submit-output" />
                          </Form.Item>
                        </Col>
                      </Row>
                      <Typography.Text>{t('computeJobs.submit.env')}</Typography.Text>
                      <Form.List name="env">
                        {(fields, { add, remove }) => (
                          <div style={{ marginTop: 8 }}>
                            {fields.map((field) => (
                              <Flex key={field.key} gap={8} align="flex-start">
                                <Form.Item
                                  name={[field.name, 'name']}
                                  style={{ width: 240, marginBottom: 8 }}
                                  rules={[
                                    required,
                                    { pattern: ENV_NAME, message: t('computeJobs.submit.envNameRule') },
                                    { validator: async (_, v: string | undefined) => (v?.startsWith('PUJIANG_') ? Promise.reject(new Error(t('computeJobs.submit.envReserved'))) : undefined) },
                                  ]}
                                >
                                  <Input placeholder="NAME" style={{ fontFamily: 'monospace' }} />
                                </Form.Item>
                                <Form.Item name={[field.name, 'value']} style={{ flex: 1, marginBottom: 8 }} rules={[{ max: 4096, message: t('form.tooLong', { max: 4096 }) }]}>
                                  <Input placeholder={t('computeJobs.submit.envValue')} style={{ fontFamily: 'monospace' }} />
                                </Form.Item>
                                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                              </Flex>
                            ))}
                            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', value: '' })} disabled={fields.length >= 64} data-testid="cj-submit-env-add">
                              {t('computeJobs.submit.envAdd')}
                            </Button>
                          </div>
                        )}
                      </Form.List>
                    </>
                  ),
                },
              ]}
            />
            <Alert
              type={estimate ? 'info' : 'warning'}
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="cj-submit-estimate"
              title={
                estimate ? (
                  <Space wrap size={4}>
                    {t('computeJobs.submit.estimate')}
                    <Money fen={estimate.fen} strong />
                    <Typography.Text type="secondary">{t('computeJobs.submit.estimateAt', { cluster: pick(estimate.cluster.name, estimate.cluster.nameEn) })}</Typography.Text>
                  </Space>
                ) : (
                  t('computeJobs.submit.noCluster')
                )
              }
              description={estimate ? t('computeJobs.submit.estimateHint') : undefined}
            />
            <Flex justify="flex-end" gap={8}>
              <Button onClick={() => navigate('/compute/jobs')} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="cj-submit-go">
                {t('computeJobs.submit.go')}
              </Button>
            </Flex>
          </Form>
        </div>
      )}
    </div>
  );
}

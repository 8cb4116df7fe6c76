import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedKeys, checkAnswers, checkTemplate, keptAnswers } from './calls.forms.ts';
import type { FormQuestion } from './calls.types.ts';

const Q: FormQuestion[] = [
  { key: 'case', type: 'longtext', label: '科学意义', labelEn: 'Case', required: true, maxLength: 10 },
  { key: 'shifts', type: 'number', label: '机时', labelEn: 'Shifts', required: true, min: 1, max: 30 },
  {
    key: 'mode',
    type: 'choice',
    label: '方式',
    labelEn: 'Mode',
    options: [
      { value: 'onsite', label: '现场', labelEn: 'On site' },
      { value: 'remote', label: '远程', labelEn: 'Remote' },
    ],
  },
  { key: 'why_remote', type: 'text', label: '原因', labelEn: 'Why remote', required: true, when: { key: 'mode', equals: 'remote' } },
  { key: 'remote_tool', type: 'text', label: '工具', labelEn: 'Tool', required: true, when: { key: 'why_remote', equals: 'tool' } },
  {
    key: 'techniques',
    type: 'multichoice',
    label: '技术',
    labelEn: 'Techniques',
    options: [
      { value: 'xafs', label: 'XAFS', labelEn: 'XAFS' },
      { value: 'saxs', label: 'SAXS', labelEn: 'SAXS' },
    ],
  },
  { key: 'saxs_q', type: 'number', label: 'q', labelEn: 'q range', required: true, when: { key: 'techniques', equals: 'saxs' } },
  { key: 'start', type: 'date', label: '开始', labelEn: 'Start' },
  { key: 'hazard', type: 'boolean', label: '危险', labelEn: 'Hazard' },
];

const codes = (ps: { key: string; code: string }[]) => ps.map((p) => `${p.key}:${p.code}`).sort();

test('a complete, valid set of answers has no problems at submission', () => {
  const answers = { case: 'short', shifts: 6, mode: 'onsite', techniques: ['xafs'], start: '2026-02-28', hazard: false };
  assert.deepEqual(checkAnswers(Q, answers, 'submission'), []);
});

test('required answers are checked at submission only; blank strings and empty lists count as missing', () => {
  assert.deepEqual(checkAnswers(Q, {}, 'draft'), []);
  assert.deepEqual(codes(checkAnswers(Q, { case: '   ' }, 'submission')), ['case:required', 'shifts:required']);
});

test('types are checked in drafts too; bounds, options and lengths only at submission', () => {
  assert.deepEqual(codes(checkAnswers(Q, { shifts: 'six', hazard: 'yes', techniques: 'xafs', start: 3 }, 'draft')), [
    'hazard:wrong_type',
    'shifts:wrong_type',
    'start:wrong_type',
    'techniques:wrong_type',
  ]);
  const loose = { case: 'far too long text', shifts: 31, mode: 'orbit', techniques: ['xafs', 'xafs'], start: '2026-02-30' };
  assert.deepEqual(checkAnswers(Q, loose, 'draft'), []);
  assert.deepEqual(codes(checkAnswers(Q, loose, 'submission')), ['case:too_long', 'mode:not_an_option', 'shifts:too_large', 'start:wrong_type', 'techniques:not_an_option']);
  assert.deepEqual(codes(checkAnswers(Q, { case: 'x', shifts: 0 }, 'submission')), ['shifts:too_small']);
  assert.deepEqual(codes(checkAnswers(Q, { case: 'x', shifts: Number.NaN }, 'draft')), ['shifts:wrong_type']);
});

test('unknown questions are reported', () => {
  assert.deepEqual(codes(checkAnswers(Q, { nope: 1 }, 'draft')), ['nope:unknown_question']);
});

test('conditions: a hidden question is not required and its answer is ignored, even if malformed', () => {
  const base = { case: 'x', shifts: 2 };
  // Hidden: no 'why_remote' required, its wrong-typed answer ignored.
  assert.deepEqual(checkAnswers(Q, { ...base, mode: 'onsite', why_remote: 42 }, 'submission'), []);
  // Shown: now required.
  assert.deepEqual(codes(checkAnswers(Q, { ...base, mode: 'remote' }, 'submission')), ['why_remote:required']);
  // Chains: remote_tool depends on why_remote, which depends on mode.
  assert.deepEqual(codes(checkAnswers(Q, { ...base, mode: 'remote', why_remote: 'tool' }, 'submission')), ['remote_tool:required']);
  assert.deepEqual(checkAnswers(Q, { ...base, mode: 'onsite', why_remote: 'tool' }, 'submission'), []);
  // Multichoice: the condition holds when the list contains the value.
  assert.deepEqual(codes(checkAnswers(Q, { ...base, techniques: ['xafs', 'saxs'] }, 'submission')), ['saxs_q:required']);
  assert.ok(!askedKeys(Q, { techniques: ['xafs'] }).has('saxs_q'));
});

test('keptAnswers drops hidden, unknown and empty answers', () => {
  const kept = keptAnswers(Q, { case: 'x', mode: 'onsite', why_remote: 'leftover', nope: 1, start: '', techniques: [] });
  assert.deepEqual(kept, { case: 'x', mode: 'onsite' });
});

test('checkTemplate finds duplicate keys, missing options, bad conditions and bounds', () => {
  assert.deepEqual(checkTemplate(Q), []);
  const bad: FormQuestion[] = [
    { key: 'a', type: 'choice', label: 'a', labelEn: 'a' },
    { key: 'a', type: 'text', label: 'a', labelEn: 'a', options: [{ value: 'x', label: 'x', labelEn: 'x' }] },
    { key: 'n', type: 'number', label: 'n', labelEn: 'n', min: 5, max: 1 },
    { key: 'c', type: 'text', label: 'c', labelEn: 'c', when: { key: 'later', equals: 'x' } },
    { key: 'later', type: 'boolean', label: 'l', labelEn: 'l', maxLength: 3 },
    {
      key: 'ch',
      type: 'choice',
      label: 'c',
      labelEn: 'c',
      options: [
        { value: 'y', label: 'y', labelEn: 'y' },
        { value: 'y', label: 'y', labelEn: 'y' },
      ],
    },
    { key: 'd', type: 'text', label: 'd', labelEn: 'd', when: { key: 'ch', equals: 'z' } },
  ];
  assert.deepEqual(codes(checkTemplate(bad)), [
    'a:not_an_option',
    'a:not_an_option',
    'a:unknown_question',
    'c:unknown_question',
    'ch:not_an_option',
    'd:not_an_option',
    'later:wrong_type',
    'n:too_small',
  ]);
});

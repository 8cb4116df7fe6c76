// Pure checks of answers against a form template: which questions are asked (conditions), and
// what is wrong with the answers. Drafts are saved as typed, so a draft is checked for shape only
// (wrong JSON types, unknown questions); submission checks everything, including required answers.
import type { FormQuestion } from './calls.types.ts';

export type AnswerProblemCode = 'unknown_question' | 'wrong_type' | 'required' | 'not_an_option' | 'too_small' | 'too_large' | 'too_long';

export interface AnswerProblem {
  key: string;
  code: AnswerProblemCode;
  message: string;
}

/** Whether an answer counts as given: not undefined/null, not a blank string, not an empty list. */
export function isAnswered(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

function conditionHolds(answer: unknown, equals: string | number | boolean): boolean {
  if (Array.isArray(answer)) return answer.includes(equals);
  return answer === equals;
}

/**
 * The keys of the questions asked given these answers: a question with a `when` is asked only
 * when the question it depends on is itself asked and its answer equals (or, for a list, contains)
 * the value. A condition on an unknown question, or a cycle, hides the question.
 */
export function askedKeys(questions: readonly FormQuestion[], answers: Record<string, unknown>): Set<string> {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const asked = (key: string): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const q = byKey.get(key);
    if (!q || visiting.has(key)) return false;
    visiting.add(key);
    const result = !q.when || (asked(q.when.key) && conditionHolds(answers[q.when.key], q.when.equals));
    visiting.delete(key);
    memo.set(key, result);
    return result;
  };
  return new Set(questions.filter((q) => asked(q.key)).map((q) => q.key));
}

/** The answers without those of hidden or unknown questions and without empty values. */
export function keptAnswers(questions: readonly FormQuestion[], answers: Record<string, unknown>): Record<string, unknown> {
  const asked = askedKeys(questions, answers);
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    if (asked.has(q.key) && isAnswered(answers[q.key])) out[q.key] = answers[q.key];
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Shape of one answer: null when it has the question's JSON type. */
function typeProblem(q: FormQuestion, v: unknown): string | null {
  switch (q.type) {
    case 'text':
    case 'longtext':
    case 'choice':
      return typeof v === 'string' ? null : 'expected a string';
    case 'date':
      return typeof v === 'string' ? null : 'expected a date (YYYY-MM-DD)';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? null : 'expected a number';
    case 'boolean':
      return typeof v === 'boolean' ? null : 'expected true or false';
    case 'multichoice':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'expected a list of strings';
  }
}

/** What is wrong with a well-typed answer against the question's options and bounds. */
function valueProblems(q: FormQuestion, v: unknown): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  const values = new Set((q.options ?? []).map((o) => o.value));
  if (q.type === 'choice' && !values.has(v as string)) out.push({ key: q.key, code: 'not_an_option', message: `"${String(v)}" is not one of the options` });
  if (q.type === 'multichoice') {
    const list = v as string[];
    const bad = list.filter((x) => !values.has(x));
    if (bad.length) out.push({ key: q.key, code: 'not_an_option', message: `not options: ${bad.join(', ')}` });
    else if (new Set(list).size !== list.length) out.push({ key: q.key, code: 'not_an_option', message: 'an option is chosen twice' });
  }
  if (q.type === 'date' && !validDate(v as string)) out.push({ key: q.key, code: 'wrong_type', message: 'expected a date (YYYY-MM-DD)' });
  if (q.type === 'number') {
    const n = v as number;
    if (q.min !== undefined && n < q.min) out.push({ key: q.key, code: 'too_small', message: `at least ${q.min}` });
    if (q.max !== undefined && n > q.max) out.push({ key: q.key, code: 'too_large', message: `at most ${q.max}` });
  }
  if ((q.type === 'text' || q.type === 'longtext') && q.maxLength !== undefined && (v as string).length > q.maxLength) {
    out.push({ key: q.key, code: 'too_long', message: `at most ${q.maxLength} characters` });
  }
  return out;
}

/**
 * Checks answers against a template's questions. `draft`: only the shape (unknown questions,
 * wrong JSON types) of the questions asked; `submission`: also options, bounds, lengths and
 * required answers. Answers to hidden questions are ignored (never an error).
 */
export function checkAnswers(questions: readonly FormQuestion[], answers: Record<string, unknown>, mode: 'draft' | 'submission'): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push({ key, code: 'unknown_question', message: 'no such question in the form' });
  }
  const asked = askedKeys(questions, answers);
  for (const q of questions) {
    if (!asked.has(q.key)) continue;
    const v = answers[q.key];
    if (!isAnswered(v)) {
      if (mode === 'submission' && q.required) problems.push({ key: q.key, code: 'required', message: 'an answer is required' });
      continue;
    }
    const t = typeProblem(q, v);
    if (t) {
      problems.push({ key: q.key, code: 'wrong_type', message: t });
      continue;
    }
    if (mode === 'submission') problems.push(...valueProblems(q, v));
  }
  return problems;
}

/**
 * Problems of a template's own definition: duplicate keys, options on the wrong types, conditions
 * on unknown or later questions, bounds the wrong way round.
 */
export function checkTemplate(questions: readonly FormQuestion[]): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  const seen = new Map<string, FormQuestion>();
  for (const q of questions) {
    if (seen.has(q.key)) out.push({ key: q.key, code: 'unknown_question', message: 'duplicate question key' });
    const isChoice = q.type === 'choice' || q.type === 'multichoice';
    if (isChoice && !(q.options?.length)) out.push({ key: q.key, code: 'not_an_option', message: 'a choice question needs options' });
    if (!isChoice && q.options?.length) out.push({ key: q.key, code: 'not_an_option', message: 'only choice questions take options' });
    if (isChoice && q.options && new Set(q.options.map((o) => o.value)).size !== q.options.length) {
      out.push({ key: q.key, code: 'not_an_option', message: 'duplicate option value' });
    }
    if ((q.min !== undefined || q.max !== undefined) && q.type !== 'number') out.push({ key: q.key, code: 'wrong_type', message: 'min/max apply to number questions only' });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) out.push({ key: q.key, code: 'too_small', message: 'min is above max' });
    if (q.maxLength !== undefined && q.type !== 'text' && q.type !== 'longtext') out.push({ key: q.key, code: 'wrong_type', message: 'maxLength applies to text questions only' });
    if (q.when) {
      const dep = seen.get(q.when.key);
      if (!dep) out.push({ key: q.key, code: 'unknown_question', message: `the condition refers to "${q.when.key}", which is not an earlier question` });
      else if ((dep.type === 'choice' || dep.type === 'multichoice') && !(dep.options ?? []).some((o) => o.value === q.when!.equals)) {
        out.push({ key: q.key, code: 'not_an_option', message: `the condition's value is not an option of "${dep.key}"` });
      }
    }
    seen.set(q.key, q);
  }
  return out;
}

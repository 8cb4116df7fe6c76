// The vocabulary of the calls engine, shared by its tables, services and the desks that use it.

/** A call's lifecycle; 'open' calls take applications inside their window. */
export const CALL_STATUSES = ['draft', 'open', 'closed', 'archived'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const CALL_MODES = ['window', 'continuous'] as const;
export type CallMode = (typeof CALL_MODES)[number];

/**
 * An application's lifecycle: draft → submitted → in_review → decided, or withdrawn by its PI
 * before the decision.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'in_review', 'decided', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const MEMBER_STATUSES = ['invited', 'accepted', 'declined'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const REVIEW_STATUSES = ['assigned', 'submitted', 'declined'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const DECISION_OUTCOMES = ['awarded', 'partial', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * How a review stage is done:
 * - 'technical': a feasibility check by the desk's experts (for beamtime: station scientists);
 * - 'panel': graded 1–5 by panel members, conflicts of interest enforced;
 * - 'approval': one staff member approves or rejects (rapid access, proprietary).
 */
export const STAGE_KINDS = ['technical', 'panel', 'approval'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export interface ReviewStage {
  key: string;
  kind: StageKind;
  /** Panel stages: how many reviewers each application gets. */
  reviewersPerApplication?: number;
}

/** Who may apply. Empty means anyone signed in. */
export interface CallEligibility {
  /** Kinds of organization the applicant's organization must be. */
  orgKinds?: string[];
  /** The PI must have an ORCID iD recorded on the application. */
  requireOrcid?: boolean;
}

/** What a call awards: a unit (e.g. 'shift'), in multiples of `multiple`, at most `max` per application. */
export interface CallAward {
  unit: string;
  multiple?: number;
  max?: number;
  /** Price per unit in fen, for paid (proprietary) access; charged through the ledger. */
  pricePerUnitFen?: number;
}

/** Typed questions of a form template. */
export const QUESTION_TYPES = ['text', 'longtext', 'number', 'choice', 'multichoice', 'date', 'boolean'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface FormQuestion {
  key: string;
  type: QuestionType;
  label: string;
  labelEn: string;
  help?: string;
  helpEn?: string;
  /** Required at submission (a draft may leave it empty). */
  required?: boolean;
  /** 'choice' and 'multichoice': the allowed values with their labels. */
  options?: { value: string; label: string; labelEn: string }[];
  /** 'number': bounds; 'text'/'longtext': maxLength. */
  min?: number;
  max?: number;
  maxLength?: number;
  /** Asked only when another question's answer equals (or, for multichoice, contains) a value. */
  when?: { key: string; equals: string | number | boolean };
}

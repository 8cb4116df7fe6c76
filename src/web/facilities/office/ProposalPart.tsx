// The beamtime part of a proposal (stations and shifts, samples and hazards, dates, safety
// declaration) inside the calls screens. Built by the user-office slice of issue 4.
import type { DeskPartProps } from '../../calls/deskParts.tsx';

export default function ProposalPart(_props: DeskPartProps) {
  return null;
}

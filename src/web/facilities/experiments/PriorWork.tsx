// Earlier proposals of the team with their end-of-experiment reports and publications, shown to
// reviewers of the next proposal. Built by the experiments slice of issue 4.
export default function PriorWork(_props: { applicationId: string }) {
  return null;
}

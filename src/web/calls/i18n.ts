// Messages of the calls screens: calls, applications, co-applicants (keys start with 'calls.'); English typed against Chinese.
export const callsZh = {
  'calls.title': '征集',
};

export const callsEn: Record<keyof typeof callsZh, string> = {
  'calls.title': 'Calls',
};

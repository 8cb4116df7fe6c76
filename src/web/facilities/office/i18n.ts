// Messages of the user office screens: beamtime proposals, feasibility, panel meeting, awards (keys start with 'office.'); English typed against Chinese.
export const officeZh = {
  'office.title': '用户办公室',
};

export const officeEn: Record<keyof typeof officeZh, string> = {
  'office.title': 'User office',
};

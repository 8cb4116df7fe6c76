// Messages of the scheduling screens: cycles, calendars, the schedule, ICS feeds (keys start with 'schedule.'); English typed against Chinese.
export const scheduleZh = {
  'schedule.title': '排程',
};

export const scheduleEn: Record<keyof typeof scheduleZh, string> = {
  'schedule.title': 'Schedule',
};

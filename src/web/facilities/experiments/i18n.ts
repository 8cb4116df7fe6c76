// Messages of the experiment screens: experiments, logbook, outcomes, statistics (keys start with 'experiments.'); English typed against Chinese.
export const experimentsZh = {
  'experiments.title': '实验',
};

export const experimentsEn: Record<keyof typeof experimentsZh, string> = {
  'experiments.title': 'Experiments',
};

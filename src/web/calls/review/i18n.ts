// Messages of the review screens: assignments, reviews, panels, decisions (keys start with 'review.'); English typed against Chinese.
export const reviewZh = {
  'review.title': '评审',
};

export const reviewEn: Record<keyof typeof reviewZh, string> = {
  'review.title': 'Review',
};

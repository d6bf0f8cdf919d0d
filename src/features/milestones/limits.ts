/** How far ahead a once-by-date step may be planned (about two years): further is likely a typo. */
export const MAX_DAYS_AHEAD = 730;

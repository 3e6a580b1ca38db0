/**
 * Performance marks the window sets for `npm run bench`: the overview's
 * first render with real data, measured from navigation start.
 */
export const OVERVIEW_RENDERED_MARK = 'status-doctor:overview-rendered';

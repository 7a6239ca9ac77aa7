/** Where a programme's matching page lives in /admin: /<id> for one programme's round. */
export const programMatchingPath = '/program-matching'

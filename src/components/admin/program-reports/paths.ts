/** Where the programme reports live in /admin: the list of programmes, and /<id> for one programme's report. */
export const programReportsPath = '/program-reports'

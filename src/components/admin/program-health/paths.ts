/** Where the mentorships' health view lives in /admin: the list of programmes, and /<id> for one programme. */
export const programHealthPath = '/program-health'

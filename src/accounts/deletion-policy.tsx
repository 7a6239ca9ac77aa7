/** What deleting an account removes and keeps: shown on the page and mirrored in the README. */
export function DeletionPolicy() {
  return (
    <>
      <h2>What is deleted</h2>
      <ul>
        <li>Your account: email address, chosen name, pronouns, roles and password.</li>
        <li>Your mentorship requests and the conversations on them, for both people in each one.</li>
        <li>Your résumé file and the record of which companies downloaded it.</li>
        <li>Everything else linked to your account that identifies you.</li>
      </ul>
      <h2>What is kept</h2>
      <ul>
        <li>
          An anonymous record that someone accepted each policy version, with the date: it no longer says who. It lets the platform show how many members
          accepted each version.
        </li>
        <li>
          Conduct reports you filed stay with the admins handling them, without your name, account or email address. Reports about you stay too: they concern
          other people’s safety.
        </li>
      </ul>
    </>
  )
}

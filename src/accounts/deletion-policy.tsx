/** What deleting an account removes and keeps: shown on the page and mirrored in the README. */
export function DeletionPolicy() {
  return (
    <>
      <h2>What is deleted</h2>
      <ul>
        <li>Your account: email address, chosen name, pronouns, roles and password.</li>
        <li>Everything linked to your account that identifies you.</li>
      </ul>
      <h2>What is kept</h2>
      <ul>
        <li>
          An anonymous record that someone accepted each policy version, with the date: it no longer says who. It lets the
          platform show how many members accepted each version.
        </li>
      </ul>
    </>
  )
}

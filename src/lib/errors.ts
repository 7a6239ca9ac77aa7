import { APIError } from 'payload'

/**
 * A refusal whose message is written for the person who caused it (a 4xx): Payload passes it to
 * the API answer and the admin's toast as it is.
 */
export class UserFacingError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
    // Production bundles drop class names, and Payload answers "An unknown error occurred."
    // for an error without one: name it here, in a string the bundler keeps.
    this.name = 'UserFacingError'
  }
}

/** A problem the user can fix, with a message written for them (Norwegian). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

import { AppError } from "../shared/app-error.js";

/**
 * The command line's one error type for bad input and refusals: main prints its message (no stack trace)
 * and exits 1. It is an AppError, so an operation that runs on the server (cli/ops.ts) answers it as a
 * 400 problem+json whose detail the command prints the same way.
 */
export class InputError extends AppError {
  constructor(message: string) {
    super("bad_request", message);
    this.name = "InputError";
  }
}

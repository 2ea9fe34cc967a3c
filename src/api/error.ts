/**
 * An answer of the API other than success: its HTTP status, a stable code for programs and a
 * sentence for people. The server throws it from endpoints; the Mini App builds it from responses
 * (status 0: the network failed), so both sides speak of errors the same way.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a handler answers: a JSON body, or raw bytes (downloads), with extra headers. */
export interface Reply {
  status: number;
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

/** An error answered as GitHub does: `{ message, documentation_url, status, errors? }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { resource: string; field: string; code: string; message?: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const DOCS = 'https://docs.github.com/rest';

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

export function validation(
  resource: string,
  field: string,
  code: string,
  message?: string,
): HttpError {
  return new HttpError(422, 'Validation Failed', [
    { resource, field, code, ...(message ? { message } : {}) },
  ]);
}

export function errorReply(error: unknown): Reply {
  if (error instanceof HttpError) {
    const body: Record<string, unknown> = {
      message: error.message,
      documentation_url: DOCS,
      status: String(error.status),
    };
    if (error.errors) body.errors = error.errors;
    return { status: error.status, body, headers: error.headers };
  }
  return {
    status: 500,
    body: {
      message: `stand-in internal error: ${(error as Error).message}`,
      documentation_url: DOCS,
      status: '500',
    },
  };
}

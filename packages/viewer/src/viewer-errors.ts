// Typed errors of the viewer server; HttpError carries the status the API answers with.
export class ViewerSettingsError extends Error {
  override name = 'ViewerSettingsError';
}

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

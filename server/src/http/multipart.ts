// GraphQL file uploads, as the GraphQL multipart request spec has them: a multipart form
// with `operations` (the JSON request with null where files go), `map` (file field → the
// variable paths it fills) and the files. Each file becomes an Upload value in place.
// Our API authenticates by header, never by cookie, so a cross-site form cannot use it.
import type http from "node:http";
import busboy from "busboy";
import { FileUpload } from "../graphql/scalars";
import { HttpError } from "./server";

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const MAX_FILES = 5;

export const isMultipart = (req: http.IncomingMessage) =>
  /^multipart\/form-data/i.test(req.headers["content-type"] ?? "");

function place(target: unknown, path: string, value: FileUpload) {
  const keys = path.split(".");
  let at = target as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) {
    if (typeof at?.[k] !== "object" || at[k] === null)
      throw new HttpError(400, `The map names "${path}", which is not a null in operations.`);
    at = at[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (!at || !(last in at) || at[last] !== null)
    throw new HttpError(400, `The map names "${path}", which is not a null in operations.`);
  at[last] = value;
}

/** The multipart request as the JSON body Apollo takes, files in place. */
export function readMultipart(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    const files = new Map<string, FileUpload>();
    let failed: HttpError | null = null;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_FILES, fields: 10, fieldSize: 1_000_000 },
      });
    } catch (err) {
      return reject(
        new HttpError(400, `The multipart request cannot be read: ${(err as Error).message}`),
      );
    }
    parser.on("field", (name, value) => fields.set(name, value));
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("limit", () => {
        failed = new HttpError(
          413,
          `${info.filename} is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it or use a Google Sheet source.`,
        );
      });
      stream.on("close", () =>
        files.set(
          name,
          new FileUpload(info.filename || name, info.mimeType, Buffer.concat(chunks)),
        ),
      );
    });
    parser.on("filesLimit", () => {
      failed = new HttpError(413, `At most ${MAX_FILES} files per request.`);
    });
    parser.on("error", (err: Error) =>
      reject(new HttpError(400, `The multipart request cannot be read: ${err.message}`)),
    );
    parser.on("close", () => {
      if (failed) return reject(failed);
      try {
        const operations = JSON.parse(fields.get("operations") ?? "null");
        const map = JSON.parse(fields.get("map") ?? "{}") as Record<string, string[]>;
        if (!operations || typeof operations !== "object")
          throw new HttpError(
            400,
            'A multipart GraphQL request needs an "operations" field with the JSON request.',
          );
        for (const [field, paths] of Object.entries(map)) {
          const file = files.get(field);
          if (!file)
            throw new HttpError(
              400,
              `The map names the file field "${field}", which the request does not carry.`,
            );
          for (const p of Array.isArray(paths) ? paths : []) place(operations, p, file);
        }
        resolve(operations);
      } catch (err) {
        reject(
          err instanceof HttpError
            ? err
            : new HttpError(
                400,
                `"operations" and "map" must be JSON (${(err as Error).message}).`,
              ),
        );
      }
    });
    req.pipe(parser);
  });
}

// Scalars: DateTime (ISO 8601 instant), Date (calendar day "YYYY-MM-DD", stored as midnight
// UTC), Decimal (exact numbers such as money, as strings), JSON.
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { Prisma } from "../generated/prisma/client";

export const DateTimeScalar = DateTimeResolver;
export const JSONScalar = JSONResolver;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: unknown): Date {
  if (typeof value !== "string" || !DAY.test(value))
    throw new GraphQLError(
      `Date must be a string like "2026-11-23" (got ${JSON.stringify(value)}).`,
    );
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw new GraphQLError(`"${value}" is not a real calendar date.`);
  return d;
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: "Date",
  description: 'A calendar day, "YYYY-MM-DD" (e.g. "2026-11-23").',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === "string" && DAY.test(value.slice(0, 10))) return value.slice(0, 10);
    throw new GraphQLError("Date cannot represent this value.");
  },
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDecimal(value: unknown): Prisma.Decimal {
  if (
    (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) ||
    (typeof value === "number" && Number.isFinite(value))
  ) {
    return new Prisma.Decimal(value);
  }
  throw new GraphQLError(
    `Decimal must be a number or a numeric string such as "1200.50" (got ${JSON.stringify(value)}).`,
  );
}

export const DecimalScalar = new GraphQLScalarType<Prisma.Decimal, string>({
  name: "Decimal",
  description:
    'An exact decimal number, serialized as a string to keep its precision (e.g. "1200.50", "0.0300"). Inputs accept numbers or strings.',
  serialize: (value) => {
    if (Prisma.Decimal.isDecimal(value)) return (value as Prisma.Decimal).toString();
    if (typeof value === "number" || typeof value === "string") return String(value);
    throw new GraphQLError("Decimal cannot represent this value.");
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) =>
    parseDecimal(
      ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT
        ? ast.kind === Kind.STRING
          ? ast.value
          : Number(ast.value)
        : undefined,
    ),
});

/** A file sent with the request (GraphQL multipart request spec), held in memory. */
export class FileUpload {
  constructor(
    readonly name: string,
    readonly mimeType: string,
    readonly content: Buffer,
  ) {}
}

export const UploadScalar = new GraphQLScalarType<FileUpload, never>({
  name: "Upload",
  description:
    "A file sent as a multipart request (the GraphQL multipart request spec): operations, map, then the file.",
  serialize: () => {
    throw new GraphQLError("Upload is an input only.");
  },
  parseValue: (value) => {
    if (value instanceof FileUpload) return value;
    throw new GraphQLError(
      "Upload takes a file sent as multipart/form-data (operations, map and the file), not JSON.",
    );
  },
  parseLiteral: () => {
    throw new GraphQLError("Upload takes a file sent as multipart/form-data, in a variable.");
  },
});

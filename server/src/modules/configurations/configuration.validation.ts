// Checking a configuration value: its data type, then its validation rules (JSON Schema),
// with errors that say where in the value and what was expected.
import Ajv, { type ValidateFunction } from "ajv";
import { badInput } from "../../lib/errors";
import type { DataType } from "./configuration.registry";

export type JsonSchema = Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ValidateFunction>();

/** The schema compiled once; a schema that is not valid JSON Schema is a BAD_USER_INPUT on `field`. */
export function compileRules(field: string, rules: JsonSchema): ValidateFunction {
  const key = JSON.stringify(rules);
  let fn = compiled.get(key);
  if (!fn) {
    try {
      fn = ajv.compile(rules);
    } catch (err) {
      throw badInput(
        field,
        `validationRules is not a valid JSON Schema: ${(err as Error).message}`,
      );
    }
    compiled.set(key, fn);
  }
  return fn;
}

const typeOf = (v: unknown): string =>
  Array.isArray(v) ? "array" : v === null ? "null" : typeof v;

/** Refuses a value of the wrong type or against the rules, naming the place in the value. */
export function checkValue(
  field: string,
  dataType: DataType,
  rules: JsonSchema | null,
  value: unknown,
  extra?: (v: never) => string | null,
): void {
  if (typeOf(value) !== dataType)
    throw badInput(field, `This configuration holds a ${dataType}; got ${typeOf(value)}.`);
  if (rules) {
    const validate = compileRules("validationRules", rules);
    if (!validate(value)) {
      const problems = (validate.errors ?? [])
        .slice(0, 5)
        .map(
          (e) =>
            `${e.instancePath ? `value${e.instancePath.replace(/\//g, ".")}` : "value"} ${e.message}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).join(", ")})` : ""}`,
        );
      throw badInput(field, `The value breaks the configuration's rules: ${problems.join("; ")}.`);
    }
  }
  const reason = extra?.(value as never);
  if (reason) throw badInput(field, reason);
}

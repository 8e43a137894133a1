import type { z } from 'zod';
import {
  CONDITION_IDS,
  type Condition,
  ConditionSchema,
  type Content,
  ContentSchema,
  type Localized,
  type Overview,
  OverviewSchema,
  type Structure,
  StructureSchema,
  TourSchema,
  type TourStep,
  UiStringsSchema,
} from './schema.ts';

/** A content record failed validation. `record` and `field` say where, for the person editing the data. */
export class ContentError extends Error {
  constructor(
    /** The record, e.g. `condition "herniated-disc"`. */
    readonly record: string,
    /** The field path inside it, e.g. `name.es`; empty for the record as a whole. */
    readonly field: string,
    /** What is wrong, e.g. `is required`. */
    readonly problem: string,
  ) {
    super(`Content error in ${record}: ${field ? `field "${field}" ` : ''}${problem}`);
    this.name = 'ContentError';
  }
}

type Path = readonly PropertyKey[];

/** How the records of one kind are laid out, so an issue path can be turned into a record name. */
interface ListLayout {
  kind: 'list';
  label: string;
  plural: string;
}
type Layout = ListLayout | { kind: 'single'; label: string } | { kind: 'map'; label: string; plural: string };

const CONDITIONS: ListLayout = { kind: 'list', label: 'condition', plural: 'conditions' };
const STRUCTURES: ListLayout = { kind: 'list', label: 'structure', plural: 'structures' };
const TOUR: ListLayout = { kind: 'list', label: 'tour step', plural: 'tour' };
const OVERVIEW: Layout = { kind: 'single', label: 'overview' };
const UI: Layout = { kind: 'map', label: 'ui string', plural: 'ui strings' };

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

/** `['symptoms', 'es', 2]` -> `symptoms.es[2]`. */
function fieldName(path: Path): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function recordName(layout: Layout, raw: unknown, path: Path): { record: string; rest: Path } {
  if (layout.kind === 'single') return { record: layout.label, rest: path };
  if (path.length === 0) return { record: layout.plural, rest: path };
  const [key, ...rest] = path;
  if (layout.kind === 'map') return { record: `${layout.label} "${String(key)}"`, rest };
  const id = valueAt(raw, [key, 'id']);
  const record =
    typeof id === 'string' && id.trim() ? `${layout.label} "${id}"` : `${layout.label} #${Number(key) + 1}`;
  return { record, rest };
}

const EXPECTED: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  number: 'a number',
  boolean: 'true or false',
  string: 'text',
};

function problemOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && issue.code !== 'custom') return 'is required';
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
  }
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/** Turns a zod error into a ContentError naming the record and field of its first issue. */
function toContentError(
  error: z.ZodError,
  raw: unknown,
  layoutFor: (path: Path) => [Layout, Path],
): ContentError {
  const issue = error.issues[0];
  if (!issue) return new ContentError('content', '', 'is invalid');
  const [layout, inner] = layoutFor(issue.path);
  const base =
    raw === undefined ? undefined : valueAt(raw, issue.path.slice(0, issue.path.length - inner.length));
  const { record, rest } = recordName(layout, base, inner);
  if (issue.code === 'unrecognized_keys') {
    return new ContentError(record, fieldName([...rest, issue.keys[0] ?? '']), 'is not a known field');
  }
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return new ContentError(record, fieldName(rest), problemOf(issue, valueAt(raw, issue.path)) + more);
}

function parseWith<S extends z.ZodType>(schema: S, raw: unknown, layout: Layout): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw toContentError(result.error, raw, (path) => [layout, path]);
  return result.data;
}

function assertUniqueIds(records: readonly { id: string }[], layout: ListLayout): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id))
      throw new ContentError(`${layout.label} "${id}"`, 'id', 'is used by more than one record');
    seen.add(id);
  }
}

function checkConditions(conditions: readonly Condition[]): void {
  assertUniqueIds(conditions, CONDITIONS);
  for (const id of CONDITION_IDS) {
    if (!conditions.some((c) => c.id === id)) {
      throw new ContentError(CONDITIONS.plural, '', `condition "${id}" is missing`);
    }
  }
}

/** Parses the conditions list; throws a ContentError naming the condition and field. */
export function validateConditions(raw: unknown): Condition[] {
  const conditions = parseWith(ConditionSchema.array(), raw, CONDITIONS);
  checkConditions(conditions);
  return conditions;
}

/** Parses the structures list; throws a ContentError naming the structure and field. */
export function validateStructures(raw: unknown): Structure[] {
  const structures = parseWith(StructureSchema.array(), raw, STRUCTURES);
  assertUniqueIds(structures, STRUCTURES);
  return structures;
}

/** Parses the overview text; throws a ContentError naming the field. */
export function validateOverview(raw: unknown): Overview {
  return parseWith(OverviewSchema, raw, OVERVIEW);
}

/** Parses the interface strings; throws a ContentError naming the key and language. */
export function validateUi<K extends string>(raw: Record<K, Localized>): Record<K, Localized> {
  return parseWith(UiStringsSchema, raw, UI) as Record<K, Localized>;
}

/** Parses the tour; throws a ContentError naming the step (by id) and field. */
export function validateTour(raw: unknown): TourStep[] {
  const steps = parseWith(TourSchema, raw, TOUR);
  assertUniqueIds(steps, TOUR);
  return steps;
}

const SECTIONS: Record<string, Layout> = {
  conditions: CONDITIONS,
  structures: STRUCTURES,
  overview: OVERVIEW,
};

/**
 * Parses a whole content bundle `{ conditions, structures, overview }`.
 * Throws a ContentError such as `Content error in condition "herniated-disc": field "name.es" is required`.
 */
export function validateContent(raw: unknown): Content {
  const result = ContentSchema.safeParse(raw);
  if (!result.success) {
    throw toContentError(result.error, raw, (path) => {
      const section = SECTIONS[String(path[0])];
      return section ? [section, path.slice(1)] : [{ kind: 'single', label: 'content' }, path];
    });
  }
  checkConditions(result.data.conditions);
  assertUniqueIds(result.data.structures, STRUCTURES);
  return result.data;
}

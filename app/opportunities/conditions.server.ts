// Conditions on a posting's own columns, described once and read two ways: as
// a Prisma `where` (lists without keywords, detail pages, the closing job) and
// as a SQL fragment (keyword search over FTS5 and the insight queries, which
// Prisma cannot express). So the two can never drift apart.
import { Prisma } from "~/generated/prisma/client";

type ApprenticeshipColumn = keyof Prisma.ApprenticeshipScalarWhereInput & string;
type PlacementColumn = keyof Prisma.PlacementScalarWhereInput & string;
export type PostingColumn = ApprenticeshipColumn | PlacementColumn;

export type Condition<Column extends string = PostingColumn> =
  | {
      column: Column;
      op: "equals" | "notEquals" | "gt" | "gte" | "lt" | "lte";
      value: string | number | boolean | Date;
    }
  /** A comma-separated list column ("10,11") holds the value; ids that never contain one another only. */
  | { column: Column; op: "listHas"; value: string }
  /** The organisation the posting belongs to (its `organisationId`) has been checked by staff. */
  | { column: "organisationId"; op: "organisationVerified" }
  /** At least one of these holds (the area filter: in this area, or online). */
  | { op: "anyOf"; conditions: readonly Condition<Column>[] };

export type ApprenticeshipCondition = Condition<ApprenticeshipColumn>;
export type PlacementCondition = Condition<PlacementColumn>;

export type Order<Column extends string = PostingColumn> = {
  column: Column;
  direction: "asc" | "desc";
};

/** Dates are stored as ISO text with "+00:00" (the driver adapter): compare like with like. */
export function sqlDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function prismaCondition(condition: Condition<string>): Record<string, unknown> {
  switch (condition.op) {
    case "anyOf":
      return { OR: condition.conditions.map(prismaCondition) };
    case "equals":
      return { [condition.column]: condition.value };
    case "listHas":
      return { [condition.column]: { contains: condition.value } };
    case "organisationVerified":
      return { organisation: { verificationStatus: "verified" } };
    case "notEquals":
      return { [condition.column]: { not: condition.value } };
    default:
      return { [condition.column]: { [condition.op]: condition.value } };
  }
}

/** The conditions as a Prisma `where`: all must hold. Spread it into a `where` that has no `AND` of its own. */
export function whereOf<Where>(conditions: readonly Condition<string>[]): Where {
  // Each condition names a real column of the model (the Condition type) with
  // a value of its type, so the object is a valid `where` for it.
  return { AND: conditions.map(prismaCondition) } as Where;
}

const sqlOperators = {
  equals: "=",
  notEquals: "<>",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
} as const;

function column(alias: string, name: string): Prisma.Sql {
  // Aliases and column names come from this module's callers' literals (the
  // Condition type allows only the model's columns), never from a request.
  return Prisma.raw(`${alias}."${name}"`);
}

function sqlCondition(condition: Condition<string>, alias: string): Prisma.Sql {
  if (condition.op === "anyOf") {
    if (condition.conditions.length === 0) return Prisma.sql`1 = 0`;
    const any = condition.conditions.map((c) => sqlCondition(c, alias));
    return Prisma.sql`(${Prisma.join(any, " OR ")})`;
  }
  const col = column(alias, condition.column);
  if (condition.op === "listHas") return Prisma.sql`instr(${col}, ${condition.value}) > 0`;
  // A row-value IN is answered from Organisation_id_verificationStatus_idx alone;
  // SQLite serves the same test written as EXISTS from the primary key and reads
  // each organisation's row (twice the time on a search that checks thousands).
  if (condition.op === "organisationVerified")
    return Prisma.sql`(${col}, 'verified') IN (SELECT vo."id", vo."verificationStatus" FROM "Organisation" vo)`;
  // SQLite stores booleans as 1 and 0 (as Prisma writes them).
  const value =
    condition.value instanceof Date
      ? sqlDate(condition.value)
      : typeof condition.value === "boolean"
        ? Number(condition.value)
        : condition.value;
  return Prisma.sql`${col} ${Prisma.raw(sqlOperators[condition.op])} ${value}`;
}

/** The conditions as SQL over the posting table aliased `alias`, values bound as parameters. Never empty. */
export function sqlOf(conditions: readonly Condition<string>[], alias: string): Prisma.Sql {
  if (conditions.length === 0) return Prisma.sql`1 = 1`;
  // The employer check goes last: SQLite tests the terms in the order written,
  // and the posting's own columns rule out most rows before an index probe.
  const ordered = [
    ...conditions.filter((c) => c.op !== "organisationVerified"),
    ...conditions.filter((c) => c.op === "organisationVerified"),
  ];
  return Prisma.join(
    ordered.map((condition) => sqlCondition(condition, alias)),
    " AND ",
  );
}

/** An order as Prisma's `orderBy`. */
export function orderByOf<OrderBy>(order: readonly Order<string>[]): OrderBy[] {
  return order.map(({ column: name, direction }) => ({ [name]: direction }) as OrderBy);
}

/** An order as SQL over the table aliased `alias`. */
export function sqlOrderOf(order: readonly Order<string>[], alias: string): Prisma.Sql {
  return Prisma.join(
    order.map(
      ({ column: name, direction }) =>
        Prisma.sql`${column(alias, name)} ${Prisma.raw(direction === "asc" ? "ASC" : "DESC")}`,
    ),
    ", ",
  );
}

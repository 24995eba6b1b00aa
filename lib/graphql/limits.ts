import { Kind, type ASTVisitor, type FieldNode, type GraphQLField, type GraphQLNamedType, type GraphQLOutputType, type SelectionSetNode, type ValidationContext } from "graphql";
import { createGraphQLError } from "graphql-yoga";

// Refusals before execution: a query nested too deep, or one that could fetch too many objects.

export const graphqlLimits = {
  /** Fields nested inside one another, introspection aside. */
  maxDepth: 8,
  /** Objects a query could return at most: list fields multiply their selection by their `limit`. */
  maxCost: 10_000,
  /** A `limit` given as a variable is not known at validation: its REST maximum is assumed. */
  limitWhenVariable: 100,
  /** A list field without a `limit` (a job's sources, an application's history) is assumed this long. */
  unboundedListLength: 10,
};

type Measure = { depth: number; cost: number };

// Types are looked at by shape, not instanceof: the schema may come from another copy of graphql
// (ESM and CommonJS builds side by side), where instanceof checks fail.
function namedTypeOf(type: GraphQLOutputType): GraphQLNamedType {
  let current: unknown = type;
  while (current && typeof current === "object" && "ofType" in current) current = current.ofType;
  return current as GraphQLNamedType;
}
const isList = (type: GraphQLOutputType) => String(type).startsWith("[");
const fieldsOf = (type: GraphQLNamedType) => ("getFields" in type && typeof type.getFields === "function" ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {});
const hasSelections = (type: GraphQLNamedType) => "getFields" in type || "getTypes" in type;

/** The `limit` a field is asked for: a literal, else the argument's default, else (a variable) the assumed maximum. */
function limitOf(node: FieldNode, field: GraphQLField<unknown, unknown>): number | null {
  const definition = field.args.find((arg) => arg.name === "limit");
  if (!definition) return null;
  const given = node.arguments?.find((arg) => arg.name.value === "limit")?.value;
  if (!given) return typeof definition.defaultValue === "number" ? definition.defaultValue : graphqlLimits.limitWhenVariable;
  if (given.kind === Kind.INT) return Number(given.value);
  return graphqlLimits.limitWhenVariable;
}

function measure(context: ValidationContext, selections: SelectionSetNode, parent: GraphQLNamedType, pendingLimit: number | null, seen: Set<string>): Measure {
  let depth = 0;
  let cost = 0;
  const add = (m: Measure) => {
    depth = Math.max(depth, m.depth);
    cost += m.cost;
  };
  for (const selection of selections.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (context.getSchema().getType(selection.typeCondition.name.value) ?? parent) : parent;
      add(measure(context, selection.selectionSet, type, pendingLimit, seen));
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A cycle is NoFragmentCyclesRule's to report; here it only must not loop.
      if (!fragment || seen.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
      add(measure(context, fragment.selectionSet, type, pendingLimit, new Set([...seen, name])));
      continue;
    }
    if (selection.name.value.startsWith("__")) continue;
    const field = fieldsOf(parent)[selection.name.value];
    if (!field) continue;
    const type = namedTypeOf(field.type);
    if (!selection.selectionSet || !hasSelections(type)) {
      add({ depth: 1, cost: 0 });
      continue;
    }
    const limit = limitOf(selection, field);
    const list = isList(field.type);
    // A page's `limit` sizes the page's `data` list below it; a list field's own `limit` sizes itself.
    const length = list ? (limit ?? pendingLimit ?? graphqlLimits.unboundedListLength) : 1;
    const inner = measure(context, selection.selectionSet, type, list ? null : limit, seen);
    add({ depth: inner.depth + 1, cost: length * (1 + inner.cost) });
  }
  return { depth, cost };
}

/** Measures each operation once and reports the depth or cost over the limits, naming both numbers. */
export function queryLimitsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const { depth, cost } = measure(context, operation.selectionSet, root, null, new Set());
      if (depth > graphqlLimits.maxDepth) {
        context.reportError(
          createGraphQLError(`The query is nested ${depth} fields deep; the limit is ${graphqlLimits.maxDepth}.`, {
            nodes: [operation],
            extensions: { code: "query_too_deep", details: { depth, max_depth: graphqlLimits.maxDepth } },
          }),
        );
      }
      if (cost > graphqlLimits.maxCost) {
        context.reportError(
          createGraphQLError(`The query could return ${cost} objects; the limit is ${graphqlLimits.maxCost}. Ask for smaller pages (limit) or fewer nested lists.`, {
            nodes: [operation],
            extensions: { code: "query_too_costly", details: { cost, max_cost: graphqlLimits.maxCost } },
          }),
        );
      }
    },
  };
}

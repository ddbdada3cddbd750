// `npm run check:routes`: every /api route declares the body of its success answer as a Zod schema, and
// that schema says what is inside (no z.unknown(), z.any(), record of unknown values or loose object
// anywhere in it). Builds the real application, as the tests do, on a throw-away SQLite database and
// collects each route as Fastify declares it; exits 1 listing the routes that break the rule.
import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { z } from 'zod';
import { createTestApp } from '../server/test/test-app.ts';

/** Routes that answer no JSON document of their own, on purpose. */
const exempt = new Map([
  ['/api/*', 'answers unknown API paths with a 404 problem, never a success'],
  ['/api/openapi.json', 'serves the OpenAPI document itself'],
]);

type Schema = z.core.$ZodType;

function isZodSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Where a schema lets anything through, as paths into the body ("body.polls[]"). */
function openParts(schema: Schema, path: string, seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  // Zod 4 describes every schema by its `def`; the fields read here are those of the kinds named.
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (child: unknown, childPath: string) =>
    isZodSchema(child) ? openParts(child, childPath, seen) : [];
  const isOpen = (child: unknown) =>
    isZodSchema(child) && (child._zod.def.type === 'unknown' || child._zod.def.type === 'any');
  switch (def.type) {
    case 'any':
    case 'unknown':
      return [`${path} (${def.type})`];
    case 'record':
      return isOpen(def.valueType)
        ? [`${path} (a record of unknown values)`]
        : walk(def.valueType, `${path}.*`);
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const parts = isOpen(def.catchall) ? [`${path} (an object that lets any other key through)`] : [];
      for (const [key, child] of Object.entries(shape)) parts.push(...walk(child, `${path}.${key}`));
      return parts;
    }
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'set':
      return walk(def.valueType, `${path}[]`);
    case 'map':
      return [...walk(def.keyType, `${path}.<key>`), ...walk(def.valueType, `${path}.*`)];
    case 'tuple':
      return [
        ...(def.items as unknown[]).flatMap((item, index) => walk(item, `${path}[${index}]`)),
        ...walk(def.rest, `${path}[]`),
      ];
    case 'union':
      return (def.options as unknown[]).flatMap((option) => walk(option, path));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'promise':
      return walk(def.innerType, path);
    default:
      return [];
  }
}

/** What is wrong with a route's success answers, or nothing. */
function problemsOf(route: RouteOptions): string[] {
  const responses = (route.schema?.response ?? {}) as Record<string, unknown>;
  const successes = Object.entries(responses).filter(([status]) => status.startsWith('2'));
  if (successes.length === 0) return ['no response schema for its success status'];
  return successes.flatMap(([status, schema]) => {
    // A response may be declared per content type: { content: { 'text/csv': { schema } } }.
    const content = (schema as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
    const schemas = isZodSchema(schema)
      ? [schema]
      : content
        ? Object.values(content).map((entry) => entry?.schema)
        : [schema];
    return schemas.flatMap((each) =>
      isZodSchema(each)
        ? openParts(each, 'body').map((part) => `${status} is open at ${part}`)
        : [`${status} is not a Zod schema`],
    );
  });
}

const routes: RouteOptions[] = [];
// Fastify announces each instance as it is created, before any route is declared on it.
diagnostics.subscribe('fastify.initialization', (message) => {
  (message as { fastify: FastifyInstance }).fastify.addHook('onRoute', (route) => {
    routes.push(route);
  });
});

const testApp = await createTestApp('sqlite');
await testApp.close();

const failures: string[] = [];
let checked = 0;
for (const route of routes) {
  if (!route.url.startsWith('/api') || exempt.has(route.url)) continue;
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter(
    (method) => method !== 'HEAD',
  );
  const problems = problemsOf(route);
  for (const method of methods) {
    checked += 1;
    const name = `${method} ${route.url}`;
    if (problems.length === 0) continue;
    failures.push(`${name}: ${problems.join('; ')}`);
  }
}

if (failures.length > 0) {
  console.error(
    `check-routes: ${failures.length} API route(s) without a closed Zod response schema for their success status ` +
      '(declare one in common/, as every other route does):',
  );
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`check-routes: ${checked} API routes, each with a closed response schema`);

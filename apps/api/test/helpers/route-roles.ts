import type { FastifyInstance } from 'fastify';
import type { StaffRole } from '@ssc/domain/staff-roles';

// The staff roles each route declares (`config: { staffRoles }`, plugins/app/staff-auth.ts), as
// the app registered them, keyed as openapi.json names operations ("PATCH /api/v1/staff/users/{id}").
const declared = new WeakMap<FastifyInstance, Map<string, readonly StaffRole[]>>();

/** An `onRoute` hook, added before the routes, that notes every route's declared roles. */
export function collectRouteRoles(app: FastifyInstance): void {
  const roles = new Map<string, readonly StaffRole[]>();
  declared.set(app, roles);
  app.addHook('onRoute', (route) => {
    const staffRoles = route.config?.staffRoles;
    if (!staffRoles) return;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    for (const method of [route.method].flat()) roles.set(`${method} ${path}`, staffRoles);
  });
}

/** The roles the routes of `app` declare, by operation; only routes that declare any. */
export function routeRoles(app: FastifyInstance): ReadonlyMap<string, readonly StaffRole[]> {
  const roles = declared.get(app);
  if (!roles) throw new Error('the app was not built with collectRouteRoles');
  return roles;
}

import semver from 'semver';
import apiPackage from '../../package.json' with { type: 'json' };

/** The Node.js versions the service supports, as its package declares them. */
export const supportedNodeRange = apiPackage.engines.node;

/**
 * Why the service must not start on this Node.js, or null when it may. A pure function of
 * the version so that every edge of the range is tested without another runtime at hand.
 */
export function unsupportedRuntimeReason(
  version: string,
  range: string = supportedNodeRange,
): string | null {
  if (semver.satisfies(version, range, { includePrerelease: true })) return null;
  return (
    `This service needs Node.js ${range}, but it is running on ${version}. ` +
    'Start it with `npm start` (or `pnpm run serve`), which runs the Node.js pinned in ' +
    "package.json's devDependencies, or install Node.js 24 LTS."
  );
}

// The tool's name and version, from package.json (inlined by the bundler).
import pkg from '../package.json' with { type: 'json' };

export const TOOL_VERSION: string = pkg.version;
export const TOOL = { name: 'clsm', version: TOOL_VERSION } as const;

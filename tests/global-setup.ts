import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
	if (process.env['ATLAS_SKIP_BUILD'] === '1' && existsSync('dist/index.html')) return;
	const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
	if (result.status !== 0)
		throw new Error('npm run build failed: the post-build tests cannot run.');
}

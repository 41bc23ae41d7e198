/** Every test file removes the temporary folders its tests made (see temp-dirs.ts). */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.ts';

afterAll(removeTempDirs);

import { readFileSync } from 'node:fs';
import path from 'node:path';

export const fixture = (name: string): string => readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8');

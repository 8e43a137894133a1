import type { Browser } from 'playwright-core';

export function chromePath(): string;
export const CHROMIUM_FLAGS: readonly string[];
export function launchChromium(extraFlags?: string[]): Promise<Browser>;

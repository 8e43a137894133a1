import type { Browser, BrowserServer, Page } from 'playwright-core';

export function chromePath(): string;
export const CHROMIUM_FLAGS: readonly string[];
export function launchChromium(extraFlags?: string[]): Promise<Browser>;
export function launchChromiumServer(): Promise<BrowserServer>;
export function heapUsedAfterGc(page: Page): Promise<number>;

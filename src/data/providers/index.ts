// Every provider and filter file. Adding a provider means adding one file here and one import line.
import type { ProviderFile } from '../schema';
import { google } from './google';
import { microsoft365 } from './microsoft-365';

export const providers: ProviderFile[] = [google, microsoft365];

// The whole reference dataset, as the engine's default. Callers that need less can build their own Dataset.
import type { Dataset } from './schema';
import { replyCodes } from './reply-codes';
import { statusCodes } from './enhanced-status-codes';
import { providers } from './providers';

export const dataset: Dataset = { replies: replyCodes, statuses: statusCodes, providers };

// Registry of receiving systems with their own reason codes. Adding one means one file and one line.
import { amazonses } from './amazonses';
import { franceptt } from './franceptt';
import { godaddy } from './godaddy';
import { kddi } from './kddi';
import { mimecast } from './mimecast';
import { nttdocomo } from './nttdocomo';
import { spectrum } from './spectrum';
import type { ReceivingSystem } from './types';

export type { ReceivingSystem, RefusalContext } from './types';

export const receivers: ReceivingSystem[] = [amazonses, franceptt, godaddy, kddi, mimecast, nttdocomo, spectrum];

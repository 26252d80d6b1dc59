// Every provider and filter file. Adding a provider means adding one file here and one import line.
import type { ProviderFile } from '../schema';
import { google } from './google';
import { microsoft365 } from './microsoft-365';
import { exchangeServer } from './exchange-server';
import { outlookCom } from './outlook-com';
import { yahoo } from './yahoo';
import { appleIcloud } from './apple-icloud';
import { zoho } from './zoho';
import { godaddy } from './godaddy';
import { cox } from './cox';
import { spectrum } from './spectrum';
import { orange } from './orange';
import { comcast } from './comcast';
import { mimecast } from './mimecast';
import { proofpoint } from './proofpoint';
import { barracuda } from './barracuda';
import { cisco } from './cisco';
import { spamhaus } from './spamhaus';
import { spamcop } from './spamcop';
import { uceprotect } from './uceprotect';
import { sorbs } from './sorbs';
import { psbl } from './psbl';
import { mailspike } from './mailspike';
import { cloudmark } from './cloudmark';
import { trendMicro } from './trend-micro';
import { invaluement } from './invaluement';
import { surbl } from './surbl';
import { uribl } from './uribl';
import { unitedInternet } from './united-internet';
import { qq } from './qq';
import { free } from './free';
import { yandex } from './yandex';
import { improvmx } from './improvmx';
import { mailru } from './mailru';
import { rambler } from './rambler';
import { att } from './att';
import { rackspace } from './rackspace';
import { hey } from './hey';
import { hostpoint } from './hostpoint';
import { netease } from './netease';
import { tOnline } from './t-online';

export const providers: ProviderFile[] = [
  google,
  microsoft365,
  exchangeServer,
  outlookCom,
  yahoo,
  appleIcloud,
  zoho,
  godaddy,
  cox,
  spectrum,
  orange,
  comcast,
  mimecast,
  proofpoint,
  barracuda,
  cisco,
  spamhaus,
  spamcop,
  uceprotect,
  sorbs,
  psbl,
  mailspike,
  cloudmark,
  trendMicro,
  invaluement,
  surbl,
  uribl,
  unitedInternet,
  qq,
  free,
  yandex,
  improvmx,
  mailru,
  rambler,
  att,
  rackspace,
  hey,
  hostpoint,
  netease,
  tOnline,
];

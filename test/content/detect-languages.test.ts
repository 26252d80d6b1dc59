// The content script's bounce detector in the languages webmails localise bounces into: subjects, Gmail's
// headings and sentences, Exchange's sentences and the localised sender names; and, per language,
// ordinary mail that must not trigger it (it mentions 550, a parcel that could not be delivered, a meeting).
// Texts are our own, in the shape of each family; addresses are example.* ones.
import { describe, expect, it } from 'vitest';
import { looksLikeBounce, type BounceSignals } from '../../src/core/detect';

interface LanguageCases {
  positives: BounceSignals[];
  negatives: BounceSignals[];
}

const GMAIL_DAEMON = 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>';
const EXCHANGE = 'Microsoft Outlook <postmaster@example.com>';
const PERSON = 'Robin Example <robin@example.com>';

const CASES: Record<string, LanguageCases> = {
  en: {
    positives: [
      { subject: 'Undeliverable: Quarterly report', from: EXCHANGE, text: '' },
      { subject: 'Delivery Status Notification (Failure)', from: GMAIL_DAEMON, text: '' },
      { subject: 'Re: hello', from: PERSON, text: 'Address not found\n\nYour message to x@example.net bounced.\n550 5.1.1 no such user' },
    ],
    negatives: [
      { subject: 'Invoice 550', from: PERSON, text: 'The total is 550 EUR, due on 5.1.2025.' },
      { subject: 'Message blocked?', from: PERSON, text: 'Message blocked\nIs that what your screen says?' },
    ],
  },
  de: {
    positives: [
      { subject: 'Unzustellbar: Termin am Dienstag', from: EXCHANGE, text: '' },
      { subject: 'Nicht zustellbar: Angebot', from: 'postmaster@example.de', text: 'Remote-Server hat 550 5.1.1 zurückgegeben' },
      { subject: 'Unzustellbare Nachricht', from: 'Mail-Zustellsystem <mailer-daemon@googlemail.com>', text: '' },
      { subject: 'Angebot', from: '', text: 'Ihre Nachricht an kunde@example.de konnte nicht übermittelt werden.\n\nStatuscode: 550 5.1.10' },
      { subject: 'Angebot', from: PERSON, text: 'Adresse nicht gefunden\n\nIhre Nachricht wurde nicht an kunde@example.de zugestellt, weil die Adresse nicht gefunden wurde.' },
      { subject: 'Angebot', from: PERSON, text: 'Nachricht nicht zugestellt\n550-5.7.26 Unauthenticated email' },
      { subject: 'x', from: '', text: 'Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\nkunde@example.de' },
    ],
    negatives: [
      { subject: 'Rechnung März', from: PERSON, text: 'Hallo, die Rechnung über 550 Euro ist angehängt. Viele Grüße' },
      { subject: 'Ihre Sendung', from: 'Paketdienst <info@example.de>', text: 'Ihr Paket konnte nicht zugestellt werden. Sendungsnummer 550 123.' },
      { subject: 'Besprechung', from: PERSON, text: 'Raum 450 ist belegt, wir treffen uns in Raum 550.' },
    ],
  },
  fr: {
    positives: [
      { subject: 'Non remis : Réunion de lundi', from: EXCHANGE, text: '' },
      { subject: 'Non distribuable : Devis', from: 'postmaster@example.fr', text: '550 5.1.1 utilisateur inconnu' },
      { subject: "Notification d'état de remise (échec)", from: GMAIL_DAEMON, text: '' },
      { subject: 'Notification d’état de remise (retard)', from: GMAIL_DAEMON, text: '' },
      { subject: 'Devis', from: PERSON, text: "Adresse introuvable\n\nVotre message n'a pas été distribué à client@example.fr, car l'adresse est introuvable." },
      { subject: 'Devis', from: '', text: 'Votre message à client@example.fr n’a pas pu être remis.\nCode d’état : 550 5.1.10' },
    ],
    negatives: [
      { subject: 'Facture', from: PERSON, text: 'Bonjour, la facture de 550 euros est jointe. Cordialement' },
      { subject: 'Votre colis', from: 'Livraison <info@example.fr>', text: "Votre colis n'a pas pu être livré. Référence 550." },
    ],
  },
  es: {
    positives: [
      { subject: 'No se puede entregar: Presupuesto', from: EXCHANGE, text: '' },
      { subject: 'No entregado: Reunión', from: 'postmaster@example.es', text: '550 5.1.1 usuario desconocido' },
      { subject: 'Notificación de estado de entrega (error)', from: GMAIL_DAEMON, text: '' },
      { subject: 'Presupuesto', from: PERSON, text: 'Dirección no encontrada\n\nTu mensaje no se ha entregado a cliente@example.es porque no se ha encontrado la dirección.' },
      { subject: 'Presupuesto', from: '', text: 'Su mensaje para cliente@example.es no se pudo entregar.' },
    ],
    negatives: [
      { subject: 'Factura', from: PERSON, text: 'Hola, la factura de 550 euros está adjunta. Saludos' },
      { subject: 'Tu pedido', from: 'Tienda <info@example.es>', text: 'Tu paquete no se pudo entregar hoy. Referencia 550.' },
    ],
  },
  pt: {
    positives: [
      { subject: 'Não é possível entregar: Orçamento', from: EXCHANGE, text: '' },
      { subject: 'Não entregue: Reunião', from: 'postmaster@example.pt', text: '550 5.1.1 usuário desconhecido' },
      { subject: 'Notificação de status de entrega (falha)', from: GMAIL_DAEMON, text: '' },
      { subject: 'Orçamento', from: PERSON, text: 'Endereço não encontrado\n\nSua mensagem não foi entregue a cliente@example.pt porque o endereço não foi encontrado.' },
      { subject: 'Orçamento', from: '', text: 'Não foi possível entregar sua mensagem para cliente@example.pt.' },
    ],
    negatives: [
      { subject: 'Fatura', from: PERSON, text: 'Olá, a fatura de 550 reais está em anexo. Abraços' },
      { subject: 'Sua encomenda', from: 'Loja <info@example.pt>', text: 'Não foi possível entregar a encomenda 550 hoje.' },
    ],
  },
  it: {
    positives: [
      { subject: 'Non recapitabile: Preventivo', from: EXCHANGE, text: '' },
      { subject: 'Preventivo', from: EXCHANGE, text: 'Impossibile recapitare il messaggio a cliente@example.it.\nCodice di stato: 550 5.1.10' },
      { subject: 'Notifica sullo stato della consegna (errore)', from: GMAIL_DAEMON, text: '' },
      { subject: 'Preventivo', from: PERSON, text: 'Indirizzo non trovato\n\nIl tuo messaggio non è stato recapitato a cliente@example.it perché non è stato trovato l’indirizzo.' },
    ],
    negatives: [
      { subject: 'Fattura', from: PERSON, text: 'Ciao, la fattura di 550 euro è allegata. Saluti' },
      { subject: 'Il tuo pacco', from: 'Corriere <info@example.it>', text: 'Impossibile recapitare il pacco 550 oggi.' },
    ],
  },
  nl: {
    positives: [
      { subject: 'Onbestelbaar: Offerte', from: EXCHANGE, text: '' },
      { subject: 'Offerte', from: '', text: 'Uw bericht aan klant@example.nl kan niet worden bezorgd.\nStatuscode: 550 5.1.10' },
      { subject: 'Offerte', from: PERSON, text: 'Adres niet gevonden\n\nJe bericht is niet bezorgd bij klant@example.nl omdat het adres niet is gevonden.' },
      { subject: 'Kan niet worden bezorgd: Offerte', from: 'postmaster@example.nl', text: '' },
    ],
    negatives: [
      { subject: 'Factuur', from: PERSON, text: 'Hoi, de factuur van 550 euro zit in de bijlage. Groet' },
      { subject: 'Je pakket', from: 'Bezorger <info@example.nl>', text: 'Je pakket 550 kon vandaag niet worden bezorgd.' },
    ],
  },
  ja: {
    positives: [
      { subject: '配信不能: 見積書', from: EXCHANGE, text: '' },
      { subject: '配信不能：会議の件', from: 'postmaster@example.jp', text: '550 5.1.1 ユーザー不明' },
      { subject: '見積書', from: GMAIL_DAEMON, text: 'アドレスが見つかりません\n\nメッセージは customer@example.jp に配信されませんでした。' },
      { subject: '配送エラー', from: 'MAILER-DAEMON@example.jp', text: '' },
      { subject: '見積書', from: '', text: 'customer@example.jp へのメッセージを配信できませんでした。' },
    ],
    negatives: [
      { subject: '請求書', from: PERSON, text: 'お世話になっております。請求書の金額は550円です。よろしくお願いします。' },
      { subject: '会議', from: PERSON, text: '会議室550で14時からです。' },
    ],
  },
};

describe.each(Object.entries(CASES))('looksLikeBounce in %s', (_language, cases) => {
  it.each(cases.positives.map((signals) => [signals.subject, signals]))('recognises %s', (_subject, signals) => {
    expect(looksLikeBounce(signals)).toBe(true);
  });
  it.each(cases.negatives.map((signals) => [signals.subject, signals]))('ignores ordinary mail: %s', (_subject, signals) => {
    expect(looksLikeBounce(signals)).toBe(false);
  });
});

describe('looksLikeBounce: localised senders', () => {
  it.each(['Mail Delivery Subsystem', 'Mail-Zustellsystem', 'MAILER-DAEMON'])('takes %s with a reply line as a bounce', (name) => {
    expect(looksLikeBounce({ from: `${name} <mailer-daemon@googlemail.com>`, subject: 'Re: x', text: '550 5.1.1 user unknown' })).toBe(true);
  });
  it('does not take a person writing about a 550 as a bounce', () => {
    expect(looksLikeBounce({ from: PERSON, subject: 'Re: x', text: '550 5.1.1 user unknown, is that our server?' })).toBe(false);
  });
});
